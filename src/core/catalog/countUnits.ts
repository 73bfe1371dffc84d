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

/** Whether `unit` counts things: "người", "Hộ", "lượt người", "nghìn con", "1000 hộ" … */
export function isCountUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  const canonical = foldKey(normalizeUnit(unit));
  if (COUNT_UNITS.has(canonical)) return true;
  const bare = canonical.replace(/^(?:nghin|ngan|1\.?000)\s*/, "");
  return bare !== canonical && COUNT_UNITS.has(bare);
}
