/**
 * Office.js failures turned into what a planner can act on: one Error subclass whose
 * `userMessage` is Vietnamese and names what failed (which sheet, which step). The original
 * error stays attached as `cause` for whoever debugs.
 */

export class ExcelHostError extends Error {
  /** Vietnamese, shown to the planner as is. */
  readonly userMessage: string;
  /** Office's error code when there was one (e.g. "ItemNotFound"), else null. */
  readonly officeCode: string | null;
  override readonly cause: unknown;

  constructor(userMessage: string, cause?: unknown) {
    super(userMessage);
    this.name = "ExcelHostError";
    this.userMessage = userMessage;
    this.cause = cause;
    this.officeCode = officeCodeOf(cause);
  }
}

export function officeCodeOf(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Office's error codes in the planner's words. */
const REASONS: Record<string, string> = {
  RequestPayloadSizeLimitExceeded:
    "vượt giới hạn dung lượng của Excel trên web (5 MB mỗi lần gửi); hãy thử với ít dữ liệu hơn hoặc dùng Excel trên máy tính",
  ResponsePayloadSizeLimitExceeded:
    "vượt giới hạn dung lượng của Excel trên web (5 MB mỗi lần đọc); hãy thử với ít dữ liệu hơn hoặc dùng Excel trên máy tính",
  ItemNotFound: "không tìm thấy trang tính (có thể vừa bị xóa hoặc đổi tên)",
  ItemAlreadyExists: "đã có một trang tính trùng tên",
  InvalidArgument: "Excel từ chối dữ liệu ghi vào (giá trị hoặc định dạng không hợp lệ)",
  InvalidOperation: "Excel không cho phép thao tác này (trang tính có thể đang bị khóa hoặc ẩn)",
  ApiNotFound: "phiên bản Excel này không hỗ trợ chức năng cần dùng; hãy cập nhật Excel",
  AccessDenied: "không có quyền sửa sổ làm việc (sổ đang ở chế độ chỉ đọc hoặc được bảo vệ)",
  InsertDeleteConflict: "xung đột khi chèn/xóa ô",
  GeneralException: "Excel gặp lỗi nội bộ; hãy thử lại",
  InvalidObjectPath: "đối tượng Excel không còn hợp lệ; hãy thử lại",
  Unauthenticated: "phiên làm việc đã hết hạn; hãy đăng nhập lại",
  ActivityLimitReached: "Excel đang quá tải; hãy thử lại sau ít phút",
  RequestAborted: "yêu cầu bị hủy giữa chừng; hãy thử lại",
};

/** The reason part of a message: Office's code in Vietnamese, else the error's own text. */
export function officeReason(e: unknown): string {
  if (e instanceof ExcelHostError) return e.userMessage;
  const code = officeCodeOf(e);
  if (code && REASONS[code]) return REASONS[code];
  const message = e instanceof Error ? e.message : String(e);
  return code ? `lỗi Excel ${code}: ${message}` : message;
}

export function isPayloadLimit(e: unknown): boolean {
  const code = officeCodeOf(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

export function readFailure(sheets: readonly string[], e: unknown): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const what = sheets.length === 1 ? `trang ${quoted(sheets)}` : `các trang ${quoted(sheets)}`;
  return new ExcelHostError(`Không đọc được ${what}: ${officeReason(e)}.`, e);
}

export function writeFailure(sheets: readonly string[], e: unknown): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const what = sheets.length === 1 ? `trang ${quoted(sheets)}` : `các trang ${quoted(sheets)}`;
  return new ExcelHostError(
    `Không ghi được ${what}: ${officeReason(e)}. Các trang kết quả cũ vẫn được giữ nguyên.`,
    e,
  );
}

/** Wraps a whole step: any failure becomes an ExcelHostError saying which step failed. */
export async function failingAs<T>(
  describe: (e: unknown) => ExcelHostError,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw describe(e);
  }
}
