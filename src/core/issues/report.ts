/** The report: a catalog's sentence templates that cannot be used. */
import { kind } from "./kind";

interface TemplateOf {
  indicator: string;
  code: string | null;
  /** The placeholders a template may use, without braces. */
  allowed: string[];
}

function templateMessage({ indicator, code, allowed }: TemplateOf, what: string): string {
  return (
    `Mẫu câu của chỉ tiêu “${indicator}”${code ? ` (mã ${code})` : ""} trong danh mục có ${what}; ` +
    `báo cáo dùng mẫu câu mặc định. Các chỗ điền dùng được: ${allowed.map((k) => `{${k}}`).join(", ")}.`
  );
}

export const REPORT_KINDS = {
  "template-unknown-placeholder": kind(
    "warning",
    "Mẫu câu có chỗ điền không có.",
    (f: TemplateOf & { unknown: string[] }) =>
      templateMessage(
        f,
        `chỗ điền không có trong danh sách: ${f.unknown.map((u) => `{${u}}`).join(", ")}`,
      ),
  ),
  "template-malformed": kind(
    "warning",
    "Mẫu câu viết sai; dùng mẫu mặc định.",
    (f: TemplateOf & { problem: string }) => templateMessage(f, f.problem),
  ),
};
