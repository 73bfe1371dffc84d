/**
 * Cùng kỳ across the 1/7/2025 boundary changes: the province, today's units, the former units
 * they were made from, and the planner's Bảng quy đổi.
 */
import { formatViNumber } from "../text/vnNumber";
import { kind, unitWithCode, type NamedUnit } from "./kind";

/** A unit of the share table that could not be told: none fits (no candidates), or several. */
interface Unresolved {
  written: string;
  candidates: NamedUnit[];
}

function unresolved({ written, candidates }: Unresolved, what: string): string {
  if (candidates.length > 0)
    return (
      `“${written}” ứng với nhiều ${what}: ${candidates.map(unitWithCode).join("; ")}. ` +
      `Hãy ghi mã đơn vị vào cột mã của bảng quy đổi.`
    );
  return `Không tìm thấy ${what} “${written}” trong phương án sắp xếp của tỉnh; dòng này không dùng được.`;
}

/** A row of the share table: which former unit's share goes into which unit of today. */
interface SharePair {
  former: string;
  into: string;
}

export const BOUNDARY_KINDS = {
  "boundary-previous-differs": kind(
    "warning",
    "Số cùng kỳ đơn vị ghi khác số quy đổi từ đơn vị cũ.",
    ({
      unit,
      indicator,
      measureUnit,
      written,
      converted,
    }: {
      unit: string;
      indicator: string;
      measureUnit: string;
      written: number;
      converted: number;
    }) =>
      `${unit} ghi số cùng kỳ của “${indicator}” là ${formatViNumber(written)} ${measureUnit}, khác số quy đổi từ biểu năm trước của các đơn vị cũ (${formatViNumber(converted)} ${measureUnit}); bảng tổng hợp dùng số quy đổi. Hãy kiểm tra lại một trong hai.`,
  ),
  "boundary-province-unknown": kind(
    "error",
    "Không rõ tỉnh để quy đổi địa giới.",
    ({ reason }: { reason: string }) =>
      `Không xác định được tỉnh, thành phố để quy đổi số cùng kỳ theo địa giới mới: ${reason}. ` +
      `Hãy ghi tên tỉnh vào “Cơ quan chủ quản” trong thiết lập báo cáo (ví dụ “ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ”).`,
  ),
  "boundary-unit-ambiguous": kind(
    "error",
    "Tên đơn vị ứng với nhiều đơn vị khi quy đổi.",
    ({ name, candidates }: { name: string; candidates: NamedUnit[] }) =>
      `Đơn vị năm nay “${name}” ứng với nhiều đơn vị sau sắp xếp: ${candidates.map(unitWithCode).join("; ")}. ` +
      `Hãy ghi mã đơn vị sau tên, ví dụ “${name} (mã ${candidates[0]?.code})”.`,
  ),
  "boundary-no-target": kind(
    "warning",
    "Đơn vị cũ không có đơn vị mới tương ứng.",
    (f: { level: 1 | 2; province: string; issuingBody: string }) =>
      `Các đơn vị năm nay không phải ${f.level === 1 ? "tỉnh, thành phố" : `xã, phường của ${f.province}`} sau sắp xếp, ` +
      `và cơ quan ban hành “${f.issuingBody}” cũng không; không quy đổi được số cùng kỳ của các đơn vị cũ.`,
  ),
  "boundary-former-missing": kind(
    "warning",
    "Thiếu số của một đơn vị cũ hợp thành.",
    ({ unit, formers, missing }: { unit: string; formers: number; missing: NamedUnit[] }) =>
      `${unit} được hợp thành từ ${formers} đơn vị cũ, nhưng thiếu biểu năm trước của ` +
      `${missing.map(unitWithCode).join(", ")}; ${unit} không có số so sánh cùng kỳ.`,
  ),
  "boundary-share-missing": kind(
    "warning",
    "Thiếu tỷ lệ chia cho đơn vị cũ bị tách.",
    ({ unit, unshared }: { unit: string; unshared: NamedUnit[] }) =>
      `${unshared.map(unitWithCode).join(", ")} chỉ nhập một phần vào ${unit}; ` +
      `cần tỷ lệ (%) trong “Bảng quy đổi” (cột đơn vị cũ, đơn vị mới, tỷ lệ %) để so sánh cùng kỳ của ${unit}. ` +
      `Số cùng kỳ của cả tỉnh vẫn được so sánh khi mọi phần của đơn vị cũ đều nằm trong các đơn vị báo cáo.`,
  ),
  "share-table-unused": kind(
    "warning",
    "Có bảng quy đổi nhưng không có biểu đơn vị cũ nào.",
    ({ sheet }: { sheet: string }) =>
      `Có bảng quy đổi “${sheet}” nhưng không có biểu năm trước nào của đơn vị hành chính cũ; bảng này không được dùng.`,
  ),
  "share-table-total": kind(
    "error",
    "Tỷ lệ chia trong bảng quy đổi không cộng đủ.",
    ({ former, total, everyPiece }: { former: string; total: number; everyPiece: boolean }) =>
      `Các tỷ lệ của ${former} trong bảng quy đổi cộng lại ${formatViNumber(total)}%` +
      `${everyPiece ? ", phải đúng 100%" : ", vượt 100%"}; không dùng các tỷ lệ này.` +
      // 0,6 and 0,4 typed for 60 % and 40 %: the commonest slip, and the sum says so.
      (Math.abs(total - 1) < 1e-9
        ? " Có vẻ các tỷ lệ được ghi dạng phần (0,6 cho 60%): hãy ghi 60 hoặc 60%."
        : ""),
  ),
  "share-table-no-header": kind(
    "error",
    "Trang quy đổi thiếu dòng tiêu đề.",
    ({ sheet }: { sheet: string }) =>
      `Trang “${sheet}” không có dòng tiêu đề của bảng quy đổi (cột đơn vị cũ, đơn vị mới, tỷ lệ %); không dùng được.`,
  ),
  "share-table-former": kind(
    "error",
    "Đơn vị cũ trong bảng quy đổi không nhận ra.",
    (f: Unresolved) => unresolved(f, "đơn vị cũ"),
  ),
  "share-table-new": kind(
    "error",
    "Đơn vị mới trong bảng quy đổi không nhận ra.",
    (f: Unresolved) => unresolved(f, "đơn vị mới"),
  ),
  "share-table-not-merged": kind(
    "error",
    "Đơn vị cũ không sáp nhập vào đơn vị mới đã ghi.",
    ({ former, into }: { former: NamedUnit; into: string }) =>
      `Theo phương án sắp xếp, ${unitWithCode(former)} không nhập vào ${into}; dòng này không dùng được.`,
  ),
  "share-table-share": kind(
    "error",
    "Tỷ lệ quy đổi không phải số phần trăm hợp lệ.",
    ({ former, into, written }: SharePair & { written: string }) =>
      `Tỷ lệ của ${former} vào ${into} phải là số phần trăm lớn hơn 0 và không quá 100 (ô ghi “${written}”).`,
  ),
  "share-table-full": kind(
    "warning",
    "Đơn vị nhập toàn bộ nhưng tỷ lệ khác 100%.",
    ({ former, into, share }: SharePair & { share: number }) =>
      `${former} nhập toàn bộ vào ${into}, nên tỷ lệ là 100%, không phải ${formatViNumber(share)}%; dùng 100%.`,
  ),
  "share-table-duplicate": kind(
    "warning",
    "Hai dòng quy đổi cho cùng một cặp đơn vị.",
    ({ former, into }: SharePair) => `${former} → ${into} có hai dòng; dùng dòng thứ nhất.`,
  ),
};
