/**
 * Units that count things (người, lượt, hộ, con, trường, vụ, đơn, hồ sơ …): a figure in one of
 * them is a number of things and can never be negative, whether the catalog knows the
 * indicator or not. A village that writes "-3" for its buffalo means "three fewer", not a herd.
 */
import { foldKey } from "../text/normalize";
import { normalizeUnit } from "./units";

const COUNT_UNITS = new Set(
  [
    "người",
    "lượt",
    "lượt người",
    "người/lượt",
    "hộ",
    "con",
    "trường",
    "lớp",
    "học sinh",
    "vụ",
    "vụ việc",
    "việc",
    "đơn",
    "đơn thư",
    "hồ sơ",
    "thủ tục",
    "xã",
    "thôn",
    "bản",
    "tổ",
    "sản phẩm",
    "giấy",
    "cơ sở",
    "doanh nghiệp",
    "hợp tác xã",
    "htx",
    "dự án",
    "công trình",
    "giường",
    "bác sĩ",
    "trạm",
    "cái",
    "chiếc",
    "căn",
    "nhà",
    "ca",
    "cuộc",
    "buổi",
    "lần",
    "tin",
    "bài",
    "đối tượng",
    "lao động",
    "thẻ",
    "phòng",
    "câu lạc bộ",
    "đội",
    "gia đình",
  ].map(foldKey),
);

const THOUSANDS_RE = /^(?:nghin|ngan|1\.?000)\s*/;

/** Whether `unit` counts things: "người", "Hộ", "lượt người", "nghìn con", "1000 hộ" … */
export function isCountUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  const canonical = foldKey(normalizeUnit(unit));
  if (COUNT_UNITS.has(canonical)) return true;
  const bare = canonical.replace(THOUSANDS_RE, "");
  return bare !== canonical && COUNT_UNITS.has(bare);
}

/** Whether `unit` counts single things ("người", "hộ"), not thousands of them ("nghìn người"). */
export function isSingleCountUnit(unit: string | null | undefined): boolean {
  return !!unit && COUNT_UNITS.has(foldKey(normalizeUnit(unit)));
}
