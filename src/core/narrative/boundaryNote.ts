/**
 * The sentence that tells the report's reader the cùng kỳ figures were carried over to
 * today's administrative units (1/7/2025), and from how many former ones.
 */
import type { Summary } from "../consolidate/types";

export function boundaryNoteText(summary: Summary): string | null {
  const conv = summary.boundary;
  if (!conv) return null;
  const formers = new Set(conv.targets.flatMap((t) => t.unit.formers.map((f) => f.code)));
  const used = [...formers].filter((code) => conv.figures.has(code)).length;
  const kind = conv.scope.level === 1 ? "tỉnh, thành phố" : "đơn vị hành chính cấp xã";
  return (
    `Các số liệu so với cùng kỳ (quy đổi theo địa giới hành chính mới) được tính từ số liệu năm trước của ` +
    `${used} ${kind} trước sắp xếp, quy về ${conv.targets.length} ${kind} hiện nay theo phương án sắp xếp ` +
    `đơn vị hành chính từ ngày 01/7/2025 (chi tiết tại trang “Quy đổi địa giới”).`
  );
}
