/**
 * The default indicator catalog (danh mục chỉ tiêu): what a commune or provincial report
 * carries, with the codes every example and test uses (brief CATALOG_CODES.md).
 *
 * The table below is DATA, kept one line per indicator so planners' representatives can review
 * it. A planner can extend or replace it with a workbook (see catalogWorkbook.ts).
 *
 * How to read a row:  [code, name, unit, kind, parent, decimals, other names departments write]
 *   kind   "sum"    counts, areas, money: added up across units; never negative
 *          "share"  a percentage 0–100 that cannot be added (taken as reported)
 *          "avg"    an average or per-capita figure (năng suất, bác sĩ/vạn dân): never added
 *          "growth" a growth rate: never added, may be negative
 *          "ratio A/B"  a percentage recomputed from the totals of A and B (× 100)
 *   parent the code of the total this row is a "trong đó" part of (parts may not exceed it)
 *   section comes from the code's prefix (NN = Nông nghiệp, …; see PREFIX_SECTION)
 */
import type { Catalog, CatalogIndicator, CatalogSection } from "../types";

export const DEFAULT_SECTIONS: readonly CatalogSection[] = [
  { id: "nong-nghiep", name: "Nông nghiệp", order: 1 },
  { id: "cong-nghiep-dich-vu", name: "Công nghiệp, thương mại, dịch vụ", order: 2 },
  { id: "dau-tu", name: "Đầu tư", order: 3 },
  { id: "tai-chinh", name: "Tài chính, ngân sách", order: 4 },
  { id: "quoc-phong-an-ninh", name: "Quốc phòng, an ninh", order: 5 },
  { id: "giao-duc", name: "Giáo dục", order: 6 },
  { id: "y-te", name: "Y tế", order: 7 },
  { id: "van-hoa", name: "Văn hóa, thông tin", order: 8 },
  { id: "lao-dong", name: "Lao động, an sinh xã hội", order: 9 },
  { id: "cai-cach-hanh-chinh", name: "Cải cách hành chính", order: 10 },
  { id: "tai-nguyen-moi-truong", name: "Tài nguyên, môi trường", order: 11 },
  { id: "tiep-dan", name: "Tiếp công dân, khiếu nại, tố cáo", order: 12 },
];

/** Code prefix → section id. New codes follow the same scheme (NN25, CN09 …). */
export const PREFIX_SECTION: Readonly<Record<string, string>> = {
  NN: "nong-nghiep",
  CN: "cong-nghiep-dich-vu",
  DT: "dau-tu",
  NS: "tai-chinh",
  QP: "quoc-phong-an-ninh",
  GD: "giao-duc",
  YT: "y-te",
  VH: "van-hoa",
  LD: "lao-dong",
  CC: "cai-cach-hanh-chinh",
  MT: "tai-nguyen-moi-truong",
  TD: "tiep-dan",
};

type Kind = "sum" | "share" | "avg" | "growth" | `ratio ${string}/${string}`;
type Row = [
  code: string,
  name: string,
  unit: string,
  kind: Kind,
  parent: string | null,
  decimals: number | null,
  synonyms: string[],
];

// prettier-ignore
const ROWS: Row[] = [
  // ───── Nông nghiệp ─────
  ["NN01", "Tổng diện tích gieo trồng cây hằng năm", "ha", "sum", null, 2, ["Tổng diện tích gieo trồng", "Diện tích gieo trồng cây hằng năm", "Tổng diện tích cây hằng năm", "Tổng DT gieo trồng cây hằng năm", "Tổng diện tích gieo trồng cây hằng năm các loại"]],
  ["NN02", "Diện tích lúa", "ha", "sum", "NN01", 2, ["Diện tích gieo trồng lúa", "Diện tích lúa cả năm", "Diện tích cây lúa", "Diện tích trồng lúa", "DT lúa", "Diện tích gieo cấy lúa", "Diện tích lúa gieo cấy"]],
  ["NN03", "Diện tích ngô", "ha", "sum", "NN01", 2, ["Diện tích gieo trồng ngô", "Diện tích trồng ngô", "Diện tích cây ngô", "DT ngô", "Diện tích ngô cả năm"]],
  ["NN04", "Sản lượng lương thực có hạt", "tấn", "sum", null, 1, ["Tổng sản lượng lương thực có hạt", "Sản lượng lương thực", "Tổng sản lượng lương thực", "SL lương thực có hạt"]],
  ["NN05", "Năng suất lúa", "tạ/ha", "avg", null, 1, ["Năng suất lúa bình quân", "Năng suất lúa cả năm", "Năng suất bình quân lúa", "Năng suất lúa bình quân cả năm"]],
  ["NN06", "Đàn trâu", "con", "sum", null, 0, ["Tổng đàn trâu", "Số lượng đàn trâu", "Số con trâu", "Đàn trâu hiện có", "Tổng đàn trâu hiện có"]],
  ["NN07", "Đàn bò", "con", "sum", null, 0, ["Tổng đàn bò", "Số lượng đàn bò", "Số con bò", "Đàn bò hiện có", "Tổng đàn bò hiện có"]],
  ["NN08", "Đàn lợn", "con", "sum", null, 0, ["Tổng đàn lợn", "Số lượng đàn lợn", "Đàn heo", "Tổng đàn heo", "Đàn lợn hiện có", "Tổng đàn lợn hiện có"]],
  ["NN09", "Đàn gia cầm", "nghìn con", "sum", null, 1, ["Tổng đàn gia cầm", "Số lượng đàn gia cầm", "Đàn gia cầm hiện có", "Tổng đàn gia cầm hiện có", "Đàn gia cầm các loại"]],
  ["NN10", "Tỷ lệ che phủ rừng", "%", "share", null, 1, ["Độ che phủ rừng", "Tỷ lệ che phủ của rừng", "Tỷ lệ độ che phủ rừng", "Che phủ rừng"]],
  ["NN11", "Số thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", "sum", null, 0, ["Số thôn đạt chuẩn NTM kiểu mẫu", "Thôn đạt chuẩn nông thôn mới kiểu mẫu", "Số thôn, bản đạt chuẩn nông thôn mới kiểu mẫu", "Số thôn nông thôn mới kiểu mẫu"]],
  ["NN12", "Sản lượng lúa", "tấn", "sum", "NN04", 1, ["Sản lượng lúa cả năm", "Tổng sản lượng lúa", "SL lúa", "Sản lượng thóc"]],
  ["NN13", "Sản lượng ngô", "tấn", "sum", "NN04", 1, ["Sản lượng ngô cả năm", "Tổng sản lượng ngô", "SL ngô"]],
  ["NN14", "Năng suất ngô", "tạ/ha", "avg", null, 1, ["Năng suất ngô bình quân", "Năng suất ngô cả năm"]],
  ["NN15", "Tổng sản lượng thủy sản", "tấn", "sum", null, 1, ["Sản lượng thủy sản", "Tổng sản lượng thủy sản nuôi trồng và khai thác", "SL thủy sản", "Sản lượng thủy sản các loại"]],
  ["NN16", "Sản lượng thủy sản nuôi trồng", "tấn", "sum", "NN15", 1, ["Sản lượng nuôi trồng thủy sản", "Sản lượng thủy sản nuôi", "Thủy sản nuôi trồng"]],
  ["NN17", "Sản lượng thủy sản khai thác", "tấn", "sum", "NN15", 1, ["Sản lượng khai thác thủy sản", "Thủy sản khai thác", "Sản lượng đánh bắt thủy sản"]],
  ["NN18", "Diện tích nuôi trồng thủy sản", "ha", "sum", null, 2, ["Diện tích nuôi thủy sản", "Diện tích mặt nước nuôi trồng thủy sản", "DT nuôi trồng thủy sản"]],
  ["NN19", "Diện tích trồng rừng mới", "ha", "sum", null, 2, ["Diện tích rừng trồng mới", "Trồng rừng mới", "Diện tích trồng rừng", "Diện tích rừng trồng mới tập trung", "Diện tích trồng rừng tập trung"]],
  ["NN20", "Số xã đạt chuẩn nông thôn mới", "xã", "sum", null, 0, ["Số xã đạt chuẩn NTM", "Số xã được công nhận đạt chuẩn nông thôn mới", "Xã đạt chuẩn nông thôn mới"]],
  ["NN21", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "sum", null, 0, ["Số xã đạt chuẩn NTM nâng cao", "Xã đạt chuẩn nông thôn mới nâng cao", "Số xã được công nhận đạt chuẩn nông thôn mới nâng cao"]],
  ["NN22", "Số sản phẩm OCOP được công nhận", "sản phẩm", "sum", null, 0, ["Số sản phẩm OCOP", "Sản phẩm OCOP được công nhận", "Số sản phẩm đạt chuẩn OCOP", "Số sản phẩm được công nhận OCOP"]],
  ["NN23", "Tốc độ tăng giá trị sản xuất nông, lâm nghiệp và thủy sản", "%", "growth", null, 2, ["Tốc độ tăng trưởng giá trị sản xuất nông, lâm, thủy sản", "Tốc độ tăng trưởng ngành nông, lâm nghiệp và thủy sản", "Tăng trưởng giá trị sản xuất nông nghiệp", "Tốc độ tăng trưởng nông nghiệp"]],
  ["NN24", "Sản lượng thịt hơi xuất chuồng", "tấn", "sum", null, 1, ["Sản lượng thịt hơi các loại", "Tổng sản lượng thịt hơi xuất chuồng", "Sản lượng thịt hơi", "Sản lượng thịt hơi xuất chuồng các loại"]],

  // ───── Công nghiệp, thương mại, dịch vụ ─────
  ["CN01", "Giá trị sản xuất công nghiệp", "triệu đồng", "sum", null, 0, ["Giá trị sản xuất ngành công nghiệp", "Giá trị SX công nghiệp", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp", "Giá trị sản xuất CN-TTCN"]],
  ["CN02", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "triệu đồng", "sum", null, 0, ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội"]],
  ["CN03", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "sum", null, 0, ["Doanh nghiệp thành lập mới", "Số doanh nghiệp đăng ký thành lập mới", "Số doanh nghiệp mới thành lập", "Số DN thành lập mới"]],
  ["CN04", "Tốc độ tăng giá trị sản xuất công nghiệp", "%", "growth", null, 2, ["Tốc độ tăng trưởng giá trị sản xuất công nghiệp", "Tăng trưởng giá trị sản xuất công nghiệp", "Tốc độ tăng trưởng công nghiệp"]],
  ["CN05", "Kim ngạch xuất khẩu", "triệu USD", "sum", null, 2, ["Tổng kim ngạch xuất khẩu", "Kim ngạch xuất khẩu hàng hóa", "Giá trị xuất khẩu", "Tổng giá trị xuất khẩu hàng hóa"]],
  ["CN06", "Tổng lượt khách du lịch", "lượt", "sum", null, 0, ["Lượt khách du lịch", "Số lượt khách du lịch", "Tổng số lượt khách du lịch", "Khách du lịch", "Tổng lượt khách tham quan, du lịch"]],
  ["CN07", "Doanh thu du lịch", "triệu đồng", "sum", null, 0, ["Tổng doanh thu du lịch", "Tổng thu từ khách du lịch", "Doanh thu từ hoạt động du lịch"]],
  ["CN08", "Số hợp tác xã thành lập mới", "hợp tác xã", "sum", null, 0, ["Hợp tác xã thành lập mới", "Số HTX thành lập mới", "Số hợp tác xã mới thành lập"]],

  // ───── Đầu tư ─────
  ["DT01", "Tổng vốn đầu tư phát triển toàn xã hội", "triệu đồng", "sum", null, 0, ["Tổng vốn đầu tư toàn xã hội", "Vốn đầu tư phát triển toàn xã hội", "Vốn đầu tư toàn xã hội", "Tổng vốn đầu tư phát triển trên địa bàn", "Tổng vốn đầu tư xã hội", "Tổng vốn đầu tư trên địa bàn"]],
  ["DT02", "Vốn đầu tư công", "triệu đồng", "sum", "DT01", 0, ["Vốn ngân sách nhà nước", "Vốn đầu tư từ ngân sách nhà nước", "Vốn khu vực nhà nước", "Vốn đầu tư thuộc ngân sách nhà nước", "Vốn đầu tư công trên địa bàn"]],
  ["DT03", "Tỷ lệ giải ngân vốn đầu tư công", "%", "share", null, 1, ["Tỷ lệ giải ngân kế hoạch vốn đầu tư công", "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch", "Tỷ lệ giải ngân"]],
  ["DT04", "Vốn đầu tư ngoài nhà nước", "triệu đồng", "sum", "DT01", 0, ["Vốn ngoài nhà nước", "Vốn khu vực ngoài nhà nước", "Vốn đầu tư của dân cư và doanh nghiệp", "Vốn đầu tư khu vực ngoài nhà nước"]],
  ["DT05", "Vốn đầu tư trực tiếp nước ngoài", "triệu đồng", "sum", "DT01", 0, ["Vốn FDI", "Vốn đầu tư nước ngoài", "Vốn khu vực có vốn đầu tư nước ngoài", "Vốn đầu tư FDI"]],
  ["DT06", "Số dự án đầu tư mới được chấp thuận chủ trương", "dự án", "sum", null, 0, ["Số dự án đầu tư mới", "Số dự án được cấp chủ trương đầu tư", "Số dự án thu hút đầu tư mới", "Dự án đầu tư mới"]],

  // ───── Tài chính, ngân sách ─────
  ["NS01", "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", "sum", null, 0, ["Tổng thu ngân sách", "Thu ngân sách nhà nước trên địa bàn", "Tổng thu NSNN trên địa bàn", "Tổng thu NSNN", "Thu NSNN trên địa bàn", "Tổng thu ngân sách nhà nước", "Thu ngân sách nhà nước", "Tổng thu ngân sách trên địa bàn"]],
  ["NS02", "Thu nội địa", "triệu đồng", "sum", "NS01", 0, ["Thu ngân sách nội địa", "Tổng thu nội địa", "Các khoản thu nội địa"]],
  ["NS03", "Thu tiền sử dụng đất", "triệu đồng", "sum", "NS01", 0, ["Thu từ tiền sử dụng đất", "Tiền sử dụng đất", "Thu tiền SDĐ", "Thu tiền cấp quyền sử dụng đất"]],
  ["NS04", "Tổng chi ngân sách địa phương", "triệu đồng", "sum", null, 0, ["Tổng chi ngân sách", "Chi ngân sách địa phương", "Tổng chi NSĐP", "Tổng chi ngân sách nhà nước địa phương", "Tổng chi ngân sách xã", "Tổng chi cân đối ngân sách địa phương"]],
  ["NS05", "Chi đầu tư phát triển", "triệu đồng", "sum", "NS04", 0, ["Chi đầu tư", "Chi cho đầu tư phát triển", "Chi ĐTPT", "Chi đầu tư xây dựng cơ bản", "Chi đầu tư XDCB"]],
  ["NS06", "Chi thường xuyên", "triệu đồng", "sum", "NS04", 0, ["Chi thường xuyên ngân sách", "Chi TX", "Chi hoạt động thường xuyên"]],
  ["NS07", "Thu thuế, phí và lệ phí", "triệu đồng", "sum", "NS02", 0, ["Thu từ thuế, phí, lệ phí", "Thu thuế, phí, lệ phí", "Thu tiền thuế", "Thu thuế", "Thuế, phí và lệ phí"]],
  ["NS08", "Thu bổ sung từ ngân sách cấp trên", "triệu đồng", "sum", null, 0, ["Thu bổ sung ngân sách cấp trên", "Ngân sách cấp trên bổ sung", "Thu bổ sung cân đối và có mục tiêu", "Thu trợ cấp từ ngân sách cấp trên"]],

  // ───── Quốc phòng, an ninh ─────
  ["QP01", "Số thanh niên nhập ngũ", "người", "sum", null, 0, ["Thanh niên nhập ngũ", "Số thanh niên lên đường nhập ngũ", "Số công dân nhập ngũ", "Giao quân", "Số tân binh giao quân"]],
  ["QP02", "Số vụ phạm pháp hình sự", "vụ", "sum", null, 0, ["Phạm pháp hình sự", "Số vụ phạm tội hình sự", "Tội phạm hình sự", "Số vụ án hình sự", "Số vụ phạm pháp hình sự xảy ra"]],
  ["QP03", "Số vụ tai nạn giao thông", "vụ", "sum", null, 0, ["Tai nạn giao thông", "Số vụ TNGT", "Số vụ tai nạn giao thông xảy ra"]],
  ["QP04", "Số người chết do tai nạn giao thông", "người", "sum", null, 0, ["Số người chết vì tai nạn giao thông", "Số người chết do TNGT", "Số người tử vong do tai nạn giao thông", "Người chết do tai nạn giao thông"]],
  ["QP05", "Số vụ cháy, nổ", "vụ", "sum", null, 0, ["Số vụ cháy", "Cháy, nổ", "Số vụ cháy nổ", "Số vụ hỏa hoạn"]],
  ["QP06", "Thiệt hại do cháy, nổ", "triệu đồng", "sum", null, 0, ["Giá trị thiệt hại do cháy, nổ", "Thiệt hại về tài sản do cháy, nổ", "Thiệt hại do cháy"]],
  ["QP07", "Số người bị thương do tai nạn giao thông", "người", "sum", null, 0, ["Số người bị thương vì tai nạn giao thông", "Số người bị thương do TNGT", "Người bị thương do tai nạn giao thông"]],
  ["QP08", "Số vụ phạm pháp hình sự được điều tra làm rõ", "vụ", "sum", "QP02", 0, ["Số vụ phạm pháp hình sự đã điều tra làm rõ", "Số vụ điều tra làm rõ", "Số vụ đã điều tra, làm rõ", "Số vụ án được điều tra làm rõ"]],
  ["QP09", "Tỷ lệ điều tra làm rõ các vụ phạm pháp hình sự", "%", "ratio QP08/QP02", null, 1, ["Tỷ lệ điều tra làm rõ", "Tỷ lệ điều tra, khám phá án hình sự", "Tỷ lệ điều tra khám phá các vụ án hình sự", "Tỷ lệ điều tra, làm rõ các vụ phạm pháp hình sự"]],

  // ───── Giáo dục ─────
  ["GD01", "Tổng số trường học", "trường", "sum", null, 0, ["Số trường học", "Tổng số trường", "Số trường", "Tổng số cơ sở giáo dục", "Số trường mầm non, phổ thông"]],
  ["GD02", "Số trường đạt chuẩn quốc gia", "trường", "sum", null, 0, ["Trường đạt chuẩn quốc gia", "Số trường học đạt chuẩn quốc gia", "Số trường đạt chuẩn", "Số trường chuẩn quốc gia"]],
  ["GD03", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "ratio GD02/GD01", null, 1, ["Tỷ lệ trường học đạt chuẩn quốc gia", "Tỷ lệ trường chuẩn quốc gia", "Tỷ lệ trường đạt chuẩn"]],
  ["GD04", "Số học sinh", "học sinh", "sum", null, 0, ["Tổng số học sinh", "Học sinh", "Số học sinh các cấp", "Tổng số học sinh các cấp", "Số lượng học sinh"]],
  ["GD05", "Tỷ lệ huy động trẻ em mẫu giáo đến trường", "%", "share", null, 1, ["Tỷ lệ huy động trẻ mẫu giáo", "Tỷ lệ trẻ mẫu giáo đến trường", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "Tỷ lệ trẻ em mẫu giáo ra lớp"]],
  ["GD06", "Số giáo viên", "người", "sum", null, 0, ["Tổng số giáo viên", "Giáo viên", "Số lượng giáo viên", "Tổng số giáo viên các cấp"]],
  ["GD07", "Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", "share", null, 1, ["Tỷ lệ tốt nghiệp THPT", "Tỷ lệ học sinh tốt nghiệp THPT", "Tỷ lệ đỗ tốt nghiệp trung học phổ thông", "Tỷ lệ tốt nghiệp trung học phổ thông"]],

  // ───── Y tế ─────
  ["YT01", "Dân số trung bình", "người", "sum", null, 0, ["Dân số", "Tổng dân số", "Dân số trung bình năm", "Quy mô dân số", "Tổng số dân", "Số dân"]],
  ["YT02", "Số người tham gia bảo hiểm y tế", "người", "sum", null, 0, ["Số người tham gia BHYT", "Số người có thẻ bảo hiểm y tế", "Số người có thẻ BHYT", "Người tham gia bảo hiểm y tế"]],
  ["YT03", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "ratio YT02/YT01", null, 1, ["Tỷ lệ tham gia bảo hiểm y tế", "Tỷ lệ bao phủ bảo hiểm y tế", "Tỷ lệ người dân tham gia bảo hiểm y tế", "Tỷ lệ dân số tham gia BHYT", "Tỷ lệ bao phủ BHYT"]],
  ["YT04", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "share", null, 1, ["Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ", "Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi", "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "Tỷ lệ trẻ em được tiêm chủng đầy đủ"]],
  ["YT05", "Số trạm y tế đạt chuẩn quốc gia", "trạm", "sum", null, 0, ["Trạm y tế đạt chuẩn quốc gia", "Số trạm y tế xã đạt chuẩn quốc gia", "Số trạm y tế đạt bộ tiêu chí quốc gia về y tế", "Số trạm y tế đạt chuẩn"]],
  ["YT06", "Số trẻ em dưới 5 tuổi", "trẻ", "sum", null, 0, ["Tổng số trẻ em dưới 5 tuổi", "Trẻ em dưới 5 tuổi", "Số trẻ dưới 5 tuổi"]],
  ["YT07", "Số trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "trẻ", "sum", "YT06", 0, ["Số trẻ em suy dinh dưỡng", "Số trẻ em dưới 5 tuổi bị suy dinh dưỡng", "Số trẻ suy dinh dưỡng thể nhẹ cân", "Trẻ em suy dinh dưỡng thể nhẹ cân"]],
  ["YT08", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "ratio YT07/YT06", null, 2, ["Tỷ lệ trẻ em suy dinh dưỡng", "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng", "Tỷ lệ suy dinh dưỡng thể nhẹ cân"]],
  ["YT09", "Số bác sĩ trên một vạn dân", "bác sĩ/vạn dân", "avg", null, 1, ["Số bác sĩ/vạn dân", "Bác sĩ trên vạn dân", "Số bác sĩ trên 1 vạn dân", "Số bác sĩ/1 vạn dân"]],
  ["YT10", "Số giường bệnh trên một vạn dân", "giường/vạn dân", "avg", null, 1, ["Số giường bệnh/vạn dân", "Giường bệnh trên vạn dân", "Số giường bệnh trên 1 vạn dân", "Số giường bệnh/1 vạn dân"]],
  ["YT11", "Tỷ lệ tăng dân số tự nhiên", "%", "growth", null, 2, ["Tốc độ tăng dân số tự nhiên", "Tỷ lệ tăng tự nhiên dân số"]],

  // ───── Văn hóa, thông tin ─────
  ["VH01", "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", "share", null, 1, ["Tỷ lệ gia đình văn hóa", "Tỷ lệ hộ gia đình văn hóa", "Tỷ lệ hộ đạt gia đình văn hóa", "Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa"]],
  ["VH02", "Số thôn, tổ dân phố đạt danh hiệu văn hóa", "thôn", "sum", null, 0, ["Số thôn, tổ dân phố văn hóa", "Số thôn, khu dân cư đạt danh hiệu văn hóa", "Thôn, tổ dân phố văn hóa", "Số thôn văn hóa", "Số khu dân cư văn hóa", "Số thôn, tổ dân phố được công nhận danh hiệu văn hóa"]],
  ["VH03", "Tổng số thôn, tổ dân phố", "thôn", "sum", null, 0, ["Số thôn, tổ dân phố", "Tổng số thôn", "Số thôn, khu phố", "Tổng số thôn, khu dân cư"]],
  ["VH04", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa", "%", "ratio VH02/VH03", null, 1, ["Tỷ lệ thôn, tổ dân phố văn hóa", "Tỷ lệ thôn văn hóa", "Tỷ lệ khu dân cư văn hóa", "Tỷ lệ thôn, khu dân cư đạt danh hiệu văn hóa"]],
  ["VH05", "Số hộ gia đình đạt danh hiệu gia đình văn hóa", "hộ", "sum", null, 0, ["Số gia đình văn hóa", "Số hộ gia đình văn hóa", "Số hộ đạt gia đình văn hóa", "Số gia đình đạt danh hiệu gia đình văn hóa"]],
  ["VH06", "Tỷ lệ thôn, tổ dân phố có nhà văn hóa", "%", "share", null, 1, ["Tỷ lệ thôn có nhà văn hóa", "Tỷ lệ khu dân cư có nhà văn hóa"]],

  // ───── Lao động, an sinh xã hội ─────
  ["LD01", "Số lao động được tạo việc làm mới", "người", "sum", null, 0, ["Giải quyết việc làm mới", "Số lao động được giải quyết việc làm", "Giải quyết việc làm", "Tạo việc làm mới", "Số người được tạo việc làm mới", "Số lao động được giải quyết việc làm mới", "Số lao động có việc làm mới", "Tạo việc làm cho người lao động"]],
  ["LD02", "Số người được đào tạo nghề", "người", "sum", null, 0, ["Đào tạo nghề", "Số lao động được đào tạo nghề", "Số lao động qua đào tạo nghề", "Đào tạo nghề cho lao động", "Số người học nghề"]],
  ["LD03", "Tổng số hộ dân cư", "hộ", "sum", null, 0, ["Tổng số hộ", "Số hộ dân cư", "Tổng số hộ gia đình", "Số hộ", "Tổng số hộ dân", "Số hộ dân"]],
  ["LD04", "Số hộ nghèo", "hộ", "sum", null, 0, ["Hộ nghèo", "Số hộ nghèo theo chuẩn đa chiều", "Tổng số hộ nghèo", "Số hộ nghèo cuối năm", "Số hộ nghèo đa chiều"]],
  ["LD05", "Tỷ lệ hộ nghèo", "%", "ratio LD04/LD03", null, 2, ["Tỷ lệ hộ nghèo đa chiều", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "Tỷ lệ hộ nghèo cuối năm", "Tỷ lệ hộ nghèo theo chuẩn mới"]],
  ["LD06", "Số hộ cận nghèo", "hộ", "sum", null, 0, ["Hộ cận nghèo", "Tổng số hộ cận nghèo", "Số hộ cận nghèo theo chuẩn đa chiều", "Số hộ cận nghèo cuối năm"]],
  ["LD07", "Tỷ lệ hộ cận nghèo", "%", "ratio LD06/LD03", null, 2, ["Tỷ lệ hộ cận nghèo đa chiều", "Tỷ lệ hộ cận nghèo theo chuẩn đa chiều", "Tỷ lệ hộ cận nghèo cuối năm"]],
  ["LD08", "Tỷ lệ lao động qua đào tạo", "%", "share", null, 1, ["Tỷ lệ lao động đã qua đào tạo", "Tỷ lệ lao động được đào tạo"]],
  ["LD09", "Số người tham gia bảo hiểm xã hội", "người", "sum", null, 0, ["Số người tham gia BHXH", "Người tham gia bảo hiểm xã hội", "Số người tham gia bảo hiểm xã hội bắt buộc và tự nguyện", "Số người tham gia BHXH bắt buộc và tự nguyện"]],
  ["LD10", "Số người tham gia bảo hiểm thất nghiệp", "người", "sum", null, 0, ["Số người tham gia BHTN", "Người tham gia bảo hiểm thất nghiệp"]],
  ["LD11", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", "sum", null, 0, ["Xuất khẩu lao động", "Số lao động đi làm việc ở nước ngoài", "Số người đi xuất khẩu lao động", "Số lao động xuất khẩu", "Số lao động đi làm việc ở nước ngoài theo hợp đồng"]],
  ["LD12", "Số đối tượng hưởng trợ cấp xã hội hằng tháng", "người", "sum", null, 0, ["Số người hưởng trợ cấp xã hội hằng tháng", "Số đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng"]],

  // ───── Cải cách hành chính ─────
  ["CC01", "Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", "sum", null, 0, ["Số hồ sơ TTHC tiếp nhận", "Tổng số hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận", "Số hồ sơ thủ tục hành chính đã tiếp nhận", "Số hồ sơ TTHC đã tiếp nhận", "Tổng số hồ sơ thủ tục hành chính tiếp nhận", "Hồ sơ tiếp nhận"]],
  ["CC02", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", "sum", "CC01", 0, ["Số hồ sơ đã giải quyết đúng hạn", "Hồ sơ giải quyết đúng hạn", "Số hồ sơ giải quyết đúng và trước hạn", "Số hồ sơ giải quyết trước và đúng hạn", "Số hồ sơ TTHC giải quyết đúng hạn"]],
  ["CC03", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "ratio CC02/CC01", null, 1, ["Tỷ lệ giải quyết hồ sơ đúng hạn", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "Tỷ lệ hồ sơ được giải quyết đúng hạn", "Tỷ lệ giải quyết TTHC đúng hạn"]],
  ["CC04", "Số hồ sơ tiếp nhận trực tuyến", "hồ sơ", "sum", null, 0, ["Số hồ sơ trực tuyến", "Số hồ sơ nộp trực tuyến", "Hồ sơ trực tuyến", "Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến", "Số hồ sơ nộp qua dịch vụ công trực tuyến"]],
  ["CC05", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "ratio CC04/CC01", null, 1, ["Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ hồ sơ nộp trực tuyến", "Tỷ lệ hồ sơ TTHC trực tuyến", "Tỷ lệ hồ sơ tiếp nhận qua dịch vụ công trực tuyến"]],
  ["CC06", "Số hồ sơ giải quyết quá hạn", "hồ sơ", "sum", "CC01", 0, ["Hồ sơ quá hạn", "Số hồ sơ quá hạn", "Số hồ sơ trễ hạn", "Số hồ sơ giải quyết trễ hạn"]],

  // ───── Tài nguyên, môi trường ─────
  ["MT01", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "share", null, 1, ["Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt", "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "Tỷ lệ thu gom và xử lý rác thải"]],
  ["MT02", "Tỷ lệ dân số sử dụng nước sạch", "%", "share", null, 1, ["Tỷ lệ dân số được sử dụng nước sạch", "Tỷ lệ người dân sử dụng nước sạch", "Tỷ lệ dân số sử dụng nước sạch theo quy chuẩn", "Tỷ lệ dân cư sử dụng nước sạch"]],
  ["MT03", "Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "%", "share", null, 1, ["Tỷ lệ dân số sử dụng nước hợp vệ sinh", "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", "Tỷ lệ người dân nông thôn sử dụng nước hợp vệ sinh"]],
  ["MT04", "Số giấy chứng nhận quyền sử dụng đất được cấp", "giấy", "sum", null, 0, ["Số giấy chứng nhận quyền sử dụng đất đã cấp", "Cấp giấy chứng nhận quyền sử dụng đất", "Số GCNQSDĐ được cấp", "Số giấy chứng nhận được cấp", "Số giấy CNQSD đất đã cấp"]],
  ["MT05", "Số vụ vi phạm pháp luật về tài nguyên, môi trường được phát hiện", "vụ", "sum", null, 0, ["Số vụ vi phạm về tài nguyên, môi trường", "Số vụ vi phạm pháp luật về đất đai, môi trường"]],
  ["MT06", "Diện tích đất thu hồi", "ha", "sum", null, 2, ["Diện tích thu hồi đất", "Diện tích đất đã thu hồi", "Diện tích đất thu hồi để thực hiện dự án"]],

  // ───── Tiếp công dân, khiếu nại, tố cáo ─────
  ["TD01", "Số lượt tiếp công dân", "lượt", "sum", null, 0, ["Tiếp công dân", "Số lượt công dân được tiếp", "Số lượt tiếp dân", "Số lượt người được tiếp"]],
  ["TD02", "Số đơn khiếu nại, tố cáo tiếp nhận", "đơn", "sum", null, 0, ["Số đơn khiếu nại, tố cáo", "Số đơn thư khiếu nại, tố cáo", "Tổng số đơn khiếu nại, tố cáo", "Số đơn khiếu nại, tố cáo đã tiếp nhận", "Đơn khiếu nại, tố cáo", "Số đơn thư khiếu nại, tố cáo tiếp nhận", "Số đơn khiếu nại tố cáo"]],
  ["TD03", "Số đơn đã giải quyết", "đơn", "sum", "TD02", 0, ["Số đơn khiếu nại, tố cáo đã giải quyết", "Số đơn giải quyết", "Số đơn thư đã giải quyết", "Số đơn đã được giải quyết"]],
  ["TD04", "Số đơn khiếu nại", "đơn", "sum", null, 0, ["Đơn khiếu nại", "Số đơn khiếu nại tiếp nhận", "Số đơn thư khiếu nại"]],
  ["TD05", "Số đơn tố cáo", "đơn", "sum", null, 0, ["Đơn tố cáo", "Số đơn tố cáo tiếp nhận", "Số đơn thư tố cáo"]],
  ["TD06", "Tỷ lệ giải quyết đơn khiếu nại, tố cáo", "%", "ratio TD03/TD02", null, 1, ["Tỷ lệ giải quyết đơn thư khiếu nại, tố cáo", "Tỷ lệ đơn đã giải quyết", "Tỷ lệ giải quyết khiếu nại, tố cáo", "Tỷ lệ giải quyết đơn khiếu nại tố cáo"]],
  ["TD07", "Số đơn kiến nghị, phản ánh", "đơn", "sum", null, 0, ["Đơn kiến nghị, phản ánh", "Số đơn kiến nghị, phản ánh tiếp nhận", "Số đơn thư kiến nghị, phản ánh"]],
];

/**
 * Counts the narrative reads against a total ("5/6 trường đạt chuẩn quốc gia"): code → code of
 * the total. Not "trong đó" parts (those are `parent`): the count is a subset, not a breakdown.
 */
const OF_TOTAL: Readonly<Record<string, string>> = {
  GD02: "GD01",
  VH02: "VH03",
};

/** Turns one reviewed row into the indicator the core works with. */
function toIndicator(row: Row): CatalogIndicator {
  const [code, name, unit, kind, parent, decimals, synonyms] = row;
  const section = PREFIX_SECTION[code.slice(0, 2)];
  if (!section) throw new Error(`defaultCatalog: code ${code} has no known section prefix`);
  const ind: CatalogIndicator = {
    code,
    name,
    synonyms: [...synonyms],
    unit,
    section,
    parent,
    // The parts departments list under a total (diện tích lúa, ngô … under cây hằng năm) rarely
    // cover every crop or every source, so parts may fall short of the total but never exceed
    // it. Kept on every row, so a planner's workbook that adds parts later needs no change.
    componentRule: "notExceed",
    aggregation: "sum",
    isShare: false,
    nonNegative: true,
  };
  if (decimals !== null) ind.decimals = decimals;
  if (OF_TOTAL[code]) ind.ofTotal = OF_TOTAL[code];
  if (kind === "share") {
    ind.aggregation = "none";
    ind.isShare = true;
  } else if (kind === "avg") {
    ind.aggregation = "none";
  } else if (kind === "growth") {
    ind.aggregation = "none";
    ind.nonNegative = false;
  } else if (kind.startsWith("ratio ")) {
    const [numerator, denominator] = kind.slice(6).split("/");
    ind.aggregation = "ratio";
    ind.ratio = { numerator, denominator, scale: 100 };
    ind.isShare = true;
  }
  return ind;
}

/** A fresh copy of the default catalog (callers may mutate it freely). */
export function defaultCatalog(): Catalog {
  return {
    sections: DEFAULT_SECTIONS.map((s) => ({ ...s })),
    indicators: ROWS.map(toIndicator),
  };
}
