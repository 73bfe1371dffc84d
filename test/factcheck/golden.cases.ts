/**
 * Golden sentences for the draft fact-check, written the ways real reports write figures:
 * each with the verdict a careful reader gives it. "ok" means no finding at all; otherwise the
 * one rule (and severity) that must fire, and the corrected figure where one can be computed.
 * Half of them are wrong, half right: a false alarm fails the set as surely as a miss.
 */
import type { CheckOptions } from "../../src/core/factcheck";

export interface GoldenCase {
  /** The draft: one paragraph per line. */
  text: string;
  expect: "ok" | { rule: string; severity: "error" | "warning"; suggestion?: string };
  options?: CheckOptions;
}

const ok = "ok" as const;
const error = (rule: string, suggestion?: string) => ({
  rule,
  severity: "error" as const,
  suggestion,
});
const warning = (rule: string, suggestion?: string) => ({
  rule,
  severity: "warning" as const,
  suggestion,
});

/** A probe's summary figures: the herd fell by 288 con (0,56 %). */
const COWS: CheckOptions = {
  summary: [{ name: "Đàn bò", unit: "con", current: 50829, previous: 51117 }],
};
/** Revenue of 323.293 triệu đồng against a plan of 543.300 (59,5 %), under the title given. */
const revenue = (title: string): CheckOptions => ({
  summary: [
    {
      name: "Tổng thu ngân sách nhà nước trên địa bàn",
      unit: "triệu đồng",
      current: 323293,
      previous: 320100,
      plans: [{ title, value: 543300 }],
    },
  ],
});
/** Spending of 1.078.206 triệu đồng against the plans given. */
const spending = (plans: Array<{ title: string; value: number }>): CheckOptions => ({
  summary: [
    {
      name: "Tổng chi ngân sách địa phương",
      unit: "triệu đồng",
      current: 1078206,
      previous: 1048100,
      plans,
    },
  ],
});

export const GOLDEN: GoldenCase[] = [
  // ── 1. year on year ──────────────────────────────────────────────────────────────────────
  { text: "Đàn bò: 2.389 con, so với cùng kỳ tăng 2,97 %, bằng 69 con.", expect: ok },
  {
    text: "Diện tích lúa 1.820 ha, so cùng kỳ tăng 0,66 % (1.808 ha), bằng 15 ha.",
    expect: error("yoy-inconsistent", "tăng 12 ha"),
  },
  { text: "Đàn bò 2.389 con, tăng 2,97% (tăng 69 con) so với cùng kỳ.", expect: ok },
  {
    text: "Đàn bò 2.389 con, tăng 2,97% (tăng 96 con) so với cùng kỳ.",
    expect: error("yoy-inconsistent", "tăng 69 con"),
  },
  {
    text: "Sản lượng lương thực có hạt ước đạt 12.740 tấn, bằng 101,9% so với cùng kỳ (12.500 tấn).",
    expect: ok,
  },
  {
    text: "Sản lượng lương thực có hạt ước đạt 12.740 tấn, bằng 103,2% so với cùng kỳ năm trước (12.500 tấn).",
    expect: error("yoy-inconsistent", "bằng 101,9%"),
  },
  {
    text: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 448.900 triệu đồng, tăng 8,9% so với cùng kỳ, bằng 108,9% so với cùng kỳ.",
    expect: ok,
  },
  {
    text: "Giá trị sản xuất công nghiệp ước đạt 295.600 triệu đồng, tăng 12,5% so với cùng kỳ, bằng 110,1% so với cùng kỳ.",
    expect: error("yoy-inconsistent", "tăng 10,1%"),
  },
  {
    text: "Số vụ phạm pháp hình sự xảy ra 5 vụ, giảm 2 vụ so với cùng kỳ (cùng kỳ năm trước xảy ra 7 vụ), giảm 28,6%.",
    expect: ok,
  },
  {
    text: "Số vụ tai nạn giao thông 3 vụ, tăng 25% (tăng 1 vụ) so với cùng kỳ.",
    expect: error("yoy-inconsistent"),
  },
  {
    text: "Tỷ lệ hộ nghèo còn 0,47%, giảm 0,2 điểm phần trăm so với cùng kỳ (0,67%).",
    expect: ok,
  },
  {
    text: "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 24,86 tỷ đồng, tăng 15,9% (tăng 3.410 triệu đồng) so với cùng kỳ.",
    expect: ok,
  },
  {
    text: "Tổng đàn lợn 11.440 con, tăng từ 10.900 con lên, tăng 4,95% so với cùng kỳ, tương ứng tăng 540 con.",
    expect: ok,
  },
  {
    text: "Số hộ nghèo 29 hộ, giảm 12 hộ so với cùng kỳ, tương ứng giảm 41,4%.",
    expect: error("yoy-inconsistent", "giảm 29,3%"),
  },

  {
    text: "Kim ngạch xuất khẩu đạt 12,5 triệu USD, tăng 8% so với cùng kỳ (11,6 triệu USD).",
    expect: ok,
  },
  {
    text: "Kim ngạch xuất khẩu đạt 12,5 triệu USD, tăng 18% so với cùng kỳ (11,6 triệu USD).",
    expect: error("yoy-inconsistent", "tăng 8%"),
  },
  {
    text: "- Chăn nuôi: tổng đàn trâu 463 con, giảm 24,3%; đàn bò 2.389 con, tăng 2,97%; đàn gia cầm 180,5 nghìn con, tăng 4,94% so với cùng kỳ.",
    expect: ok,
  },
  {
    text: "Tỷ lệ che phủ rừng đạt 8,6%, tăng 0,1% so với cùng kỳ (8,5%).",
    expect: ok,
  },
  { text: "Số hộ nghèo giảm từ 41 hộ xuống còn 29 hộ, giảm 29,27%.", expect: ok },
  {
    text: "Số hộ nghèo giảm từ 41 hộ xuống còn 29 hộ, giảm 19,27%.",
    expect: error("yoy-inconsistent", "giảm 29,27%"),
  },
  {
    text: "Số vụ tai nạn giao thông giảm còn 3 vụ (cùng kỳ 4 vụ), giảm 35%.",
    expect: error("yoy-inconsistent", "giảm 25%"),
  },

  // ── 2. shares and plan percentages ───────────────────────────────────────────────────────
  { text: "Thu ngân sách 25.310/180.450 triệu đồng, bằng 14,0% dự toán.", expect: ok },
  {
    text: "Thu ngân sách 25.310/180.450 triệu đồng, bằng 15,0% dự toán.",
    expect: error("share-inconsistent", "14,0%"),
  },
  { text: "Số trường đạt chuẩn quốc gia: đạt 5/36 trường, tỷ lệ 13,9%.", expect: ok },
  {
    text: "Số trường đạt chuẩn quốc gia: đạt 5/36 trường, tỷ lệ 19,3%.",
    expect: error("share-inconsistent", "13,9%"),
  },
  {
    text: "Thu ngân sách trên địa bàn ước đạt 41.580 triệu đồng, bằng 108% dự toán tỉnh giao (38.500 triệu đồng).",
    expect: ok,
  },
  {
    text: "Dự toán tỉnh giao 38.500 triệu đồng, ước thực hiện 41.580 triệu đồng, đạt 118%.",
    expect: error("share-inconsistent", "108%"),
  },
  { text: "Số trường đạt chuẩn quốc gia 5/6 trường, bằng 100% kế hoạch năm 2026.", expect: ok },
  {
    text: "Giải ngân vốn đầu tư công 45.800 triệu đồng, vượt 8% kế hoạch vốn giao (42.400 triệu đồng).",
    expect: ok,
  },

  { text: "Giải quyết 5.271/5.312 hồ sơ đúng hạn, đạt tỷ lệ 99,2%.", expect: ok },
  {
    text: "Giải quyết 5.271/5.312 hồ sơ đúng hạn, đạt tỷ lệ 95,2%.",
    expect: error("share-inconsistent", "99,2%"),
  },
  {
    text: "Tính đến ngày 15/6/2026, đã giải ngân 21.750 triệu đồng, đạt 57,5% kế hoạch vốn được giao (45.800 triệu đồng).",
    expect: error("share-inconsistent", "47,5%"),
  },

  // ── 3. parts and totals ──────────────────────────────────────────────────────────────────
  {
    text: "Tiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 36 kiến nghị, phản ánh.",
    expect: ok,
  },
  {
    text: "Tiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 30 kiến nghị, phản ánh.",
    expect: warning("parts-total"),
  },
  {
    text: "Toàn xã có 30/30 trường (gồm 10 mầm non, 11 tiểu học, 1 liên cấp, 8 THCS) đạt chuẩn.",
    expect: ok,
  },
  {
    text: "Toàn xã có 30/30 trường (gồm 10 mầm non, 12 tiểu học, 1 liên cấp, 8 THCS) đạt chuẩn.",
    expect: error("parts-total", "31 trường"),
  },
  {
    text: "Tổng thu ngân sách 24.860 triệu đồng; trong đó: thu nội địa 10.140 triệu đồng; thu tiền sử dụng đất 12.500 triệu đồng.",
    expect: ok,
  },
  {
    text: "Số đơn khiếu nại, tố cáo tiếp nhận 12 đơn; trong đó: số đơn đã giải quyết 14 đơn.",
    expect: error("parts-total"),
  },

  {
    text: "Số lao động được tạo việc làm mới 310 người (trong đó: lao động nữ 180 người, lao động qua đào tạo 150 người).",
    expect: ok,
  },

  // ── 4. words against numbers ─────────────────────────────────────────────────────────────
  { text: "Đàn lợn 11.440 con, giảm nhẹ 2,1% so với cùng kỳ.", expect: ok },
  {
    text: "Đàn lợn 11.440 con, giảm nhẹ so với cùng kỳ, tăng 2,1% (tăng 235 con).",
    expect: error("trend-word"),
  },
  {
    text: "Đàn gia cầm 180,5 nghìn con, tăng 4,94% so với cùng kỳ. Nhìn chung đàn gia cầm tăng mạnh do giá bán ổn định.",
    expect: ok,
  },
  {
    text: "Đàn trâu 463 con, giảm 24,3% so với cùng kỳ. Nhìn chung, đàn trâu giữ ổn định.",
    expect: warning("trend-word"),
  },
  {
    text: "Số lao động được tạo việc làm mới 310 người, tăng mạnh 0,8% so với cùng kỳ.",
    expect: warning("trend-word"),
  },
  { text: "Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định.", expect: ok },

  // ── 5. malformed numbers ─────────────────────────────────────────────────────────────────
  { text: "Tổng vốn đầu tư 1.23.456 triệu đồng.", expect: error("number-malformed") },
  { text: "Đàn lợn 2.7150.000 con.", expect: error("number-malformed") },
  {
    text: "Đàn bò 2.389 con. Diện tích lúa 1,820 ha.",
    expect: warning("number-comma-thousands", "1.820"),
  },
  { text: "Năng suất lúa 64,125 tạ/ha, diện tích 1820 ha.", expect: ok },
  { text: "4.1. Kết quả thực hiện các chỉ tiêu chủ yếu", expect: ok },
  { text: "Điện thoại: 0210.3856.123; di động 0912 345 678.", expect: ok },

  // ── 6. document references ───────────────────────────────────────────────────────────────
  {
    text: "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
    expect: ok,
  },
  {
    text: "Thực hiện Quyết định số 1234/QD-UBND ngày 15/01/2026 của UBND tỉnh.",
    expect: error("doc-type-unknown", "1234/QĐ-UBND"),
  },
  {
    text: "Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2026 và Công văn số 112/UBND-VP ngày 03/3/2026.",
    expect: ok,
  },
  {
    text: "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.",
    expect: error("doc-year-mismatch"),
  },
  {
    text: "Thực hiện Thông báo số 15/TB-UBND ngày 30/02/2026 của UBND xã.",
    expect: error("date-invalid"),
  },
  {
    text: "Hợp Hòa, ngày 25 tháng 6 năm 2026\nThực hiện Kế hoạch số 60/KH-UBND ngày 28/6/2026 của UBND xã.",
    expect: error("doc-date-after-report"),
  },
  {
    text: "Thực hiện Kế hoạch số 60/KH-UBND ngày 28/6/2026 của UBND xã.",
    expect: error("doc-date-future"),
    options: { today: "2026-06-20" },
  },
  {
    text: "Thực hiện Quyết định số 12/BC-UBND ngày 10/01/2026 của UBND xã.",
    expect: error("doc-type-mismatch", "12/QĐ-UBND"),
  },

  // ── 7. against the summary ───────────────────────────────────────────────────────────────
  {
    text: "Đàn bò 2.389 con, tăng 2,97% (tăng 69 con) so với cùng kỳ.",
    expect: ok,
    options: { summary: [{ name: "Đàn bò", unit: "con", current: 2389, previous: 2320 }] },
  },
  {
    text: "Đàn bò 2.398 con, tăng 3,36% (tăng 78 con) so với cùng kỳ.",
    expect: error("summary-mismatch", "2.389 con"),
    options: { summary: [{ name: "Đàn bò", unit: "con", current: 2389, previous: 2320 }] },
  },
  // With the summary's cùng kỳ and plans, a change or a share of plan is the summary's, not only
  // consistent with the sentence's own figures (a probe's draft passed each of these).
  {
    text: "Đàn bò 50.829 con, tăng 0,56% so với cùng kỳ.",
    expect: error("summary-mismatch", "giảm 0,56%"),
    options: COWS,
  },
  {
    text: "Đàn bò 50.829 con, giảm 0,56% (giảm 288 con) so với cùng kỳ.",
    expect: ok,
    options: COWS,
  },
  {
    // The rate is the wrong figure: the change of 288 con is the summary's.
    text: "Đàn bò 50.829 con, giảm 5,6% (giảm 288 con) so với cùng kỳ.",
    expect: error("summary-mismatch", "giảm 0,6%"),
    options: COWS,
  },
  {
    text: "Tỷ lệ hộ nghèo 8,94%, giảm 0,8 điểm phần trăm so với cùng kỳ.",
    expect: error("summary-mismatch", "giảm 0,1 điểm phần trăm"),
    options: { summary: [{ name: "Tỷ lệ hộ nghèo", unit: "%", current: 8.94, previous: 9.02 }] },
  },
  {
    text: "Tổng thu ngân sách nhà nước trên địa bàn 323.293 triệu đồng, bằng 95,5% kế hoạch năm 2026.",
    expect: error("summary-mismatch", "bằng 59,5%"),
    options: revenue("Kế hoạch năm 2026"),
  },
  {
    // Two plans: the one the sentence names is the one compared.
    text: "Tổng chi ngân sách địa phương 1.078.206 triệu đồng, đạt 25,1% dự toán HĐND tỉnh giao.",
    expect: ok,
    options: spending([
      { title: "Dự toán tỉnh giao", value: 4000000 },
      { title: "Dự toán HĐND tỉnh giao", value: 4295641 },
    ]),
  },
  {
    text: "Tổng chi ngân sách địa phương 1.078.206 triệu đồng, đạt 25,1% dự toán tỉnh giao.",
    expect: error("summary-mismatch", "bằng 27,0%"),
    options: spending([
      { title: "Dự toán tỉnh giao", value: 4000000 },
      { title: "Dự toán HĐND tỉnh giao", value: 4295641 },
    ]),
  },
  // Changes against another base than cùng kỳ are not the summary's to judge.
  {
    text: "Đàn bò 50.829 con, tăng 2% so với đầu năm.",
    expect: ok,
    options: COWS,
  },
  {
    text: "Đàn bò 50.829 con, tăng 150 con so với cuối năm 2025.",
    expect: ok,
    options: COWS,
  },
  {
    // The month-on-month rate is left alone; the cùng kỳ one is checked.
    text: "Đàn bò 50.829 con, tăng 0,3% so với tháng trước, tăng 0,56% so với cùng kỳ.",
    expect: error("summary-mismatch", "giảm 0,56%"),
    options: COWS,
  },
  // The base set off by brackets or a comma, or written before the subject.
  { text: "Đàn bò 50.829 con, tăng 2% (so với đầu năm).", expect: ok, options: COWS },
  {
    text: "Đàn bò 50.829 con, tăng 2% (so với tháng trước), giảm 0,56% (so với cùng kỳ).",
    expect: ok,
    options: COWS,
  },
  { text: "So với tháng trước, đàn bò 50.829 con, tăng 1,5%.", expect: ok, options: COWS },
  { text: "Đàn bò 50.829 con, so với tháng trước, tăng 1,5%.", expect: ok, options: COWS },
  {
    text: "Đàn bò 50.829 con, tăng 2% (so với tháng trước), tăng 0,56% (so với cùng kỳ).",
    expect: error("summary-mismatch", "giảm 0,56%"),
    options: COWS,
  },
  // Two bases in one sentence, its own figures only: the self-consistency check takes cùng kỳ's.
  {
    text: "Đàn bò 50.829 con, tăng 1,5% so với tháng trước, giảm 0,56% so với cùng kỳ (51.117 con).",
    expect: ok,
  },
  { text: "Đàn bò 50.829 con, tăng 2% so với đầu năm, giảm 288 con so với cùng kỳ.", expect: ok },
  {
    // The summary itself made no comparison (not the same units both years).
    text: "Diện tích lúa 300 ha, tăng 25% so với cùng kỳ.",
    expect: ok,
    options: {
      summary: [
        { name: "Diện tích lúa", unit: "ha", current: 300, previous: 80, yoyComparable: false },
      ],
    },
  },
  {
    // A plan of another period than the summary's only one.
    text: "Tổng thu ngân sách nhà nước trên địa bàn 323.293 triệu đồng, bằng 105% kế hoạch 6 tháng.",
    expect: ok,
    options: revenue("Dự toán năm 2026"),
  },
  {
    // Below the plan there is nothing to exceed: the fix is the share, never "vượt -40%".
    text: "Tổng thu ngân sách nhà nước trên địa bàn 323.293 triệu đồng, vượt 8% dự toán năm 2026.",
    expect: error("summary-mismatch", "bằng 60%"),
    options: revenue("Dự toán năm 2026"),
  },
  {
    // The summary holds another plan than the one the sentence names: nothing to compare with.
    text: "Tổng chi ngân sách địa phương 1.078.206 triệu đồng, đạt 25,1% dự toán HĐND tỉnh giao.",
    expect: ok,
    options: spending([{ title: "KH năm 2026", value: 2073000 }]),
  },
  {
    text: "Tổng chi ngân sách địa phương 1,078,206 triệu đồng, tăng 2,87% so với cùng kỳ.",
    expect: error("number-malformed", "1.078.206"),
  },
  {
    text: "Tổng thu ngân sách nhà nước trên địa bàn 24,86 tỷ đồng.",
    expect: ok,
    options: {
      summary: [
        {
          name: "Tổng thu ngân sách nhà nước trên địa bàn",
          unit: "triệu đồng",
          current: 24860,
          previous: 21450,
        },
      ],
    },
  },
];

/**
 * Correct sentences in more of the ways reports write them (lists, "lần lượt", "từ … xuống
 * còn", "chiếm", "gấp", money per household, phone numbers, heading numbers): none may raise
 * a finding.
 */
export const CLEAN_PHRASINGS: string[] = [
  "Số hộ nghèo giảm từ 41 hộ xuống còn 29 hộ, giảm 29,27%.",
  "Số vụ tai nạn giao thông giảm còn 3 vụ (cùng kỳ 4 vụ), giảm 25%.",
  "Thu nội địa 10.140 triệu đồng, chiếm 40,8% tổng thu ngân sách; thu tiền sử dụng đất 12.500 triệu đồng, chiếm 50,3%.",
  "Giá trị sản xuất đạt 105% kế hoạch, vượt 5% so với kế hoạch năm.",
  "Tổng đàn gia cầm tăng gấp 2 lần so với cùng kỳ, đạt 180,5 nghìn con.",
  "Năng suất lúa bình quân đạt 64,1 tạ/ha, tăng 0,9 tạ/ha; sản lượng đạt 11.666 tấn, tăng 2,1%.",
  "Đàn bò 2.389 con và đàn trâu 463 con, lần lượt tăng 2,97% và giảm 24,3% so với cùng kỳ.",
  "Tổng thu ngân sách 24,86 tỷ đồng (tăng 15,9%), tổng chi 21,94 tỷ đồng (tăng 10,4%) so với cùng kỳ.",
  "Trong kỳ, tiếp nhận 64 lượt công dân đến kiến nghị, phản ánh (tăng 6 lượt), tiếp nhận 12 đơn thư các loại.",
  "Số người tham gia bảo hiểm y tế 23.105 người, đạt tỷ lệ bao phủ 92,9% dân số.",
  "Tổng số 1.250 học sinh, trong đó mầm non 420 em, tiểu học 480 em, THCS 350 em.",
  "Có 15/15 thôn (100%) đạt danh hiệu văn hóa.",
  "Đã hỗ trợ 12 hộ xây nhà với tổng kinh phí 600 triệu đồng (50 triệu đồng/hộ).",
  "Kết quả điều tra có 98,2% trẻ được tiêm chủng đầy đủ, tăng 0,7 điểm % so với cùng kỳ.",
  "Ngày 12/3/2026, UBND xã ban hành Kế hoạch số 25/KH-UBND về tổ chức Tết trồng cây.",
  "Mức tăng trưởng kinh tế đạt 7,2%, cao hơn 0,5 điểm phần trăm so với cùng kỳ.",
];
