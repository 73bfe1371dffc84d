/** How each kind of indicator reads in the report, as a planner would write it. */
import { draftReport, reportLines } from "../../src/core/narrative";
import { checkFigures, plan, row, sentenceOf, SETTINGS, summary } from "./helpers";
import { cellPlace } from "../../src/core/text/cellPlace";

describe("sentences per indicator", () => {
  it("a decrease reads with both the percentage and the absolute change", () => {
    const s = summary([
      row({
        key: "NN07",
        name: "Đàn bò",
        measureUnit: "con",
        current: 12480,
        previous: 12899,
        decimals: 0,
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "NN07");
    expect(text).toContain("Đàn bò 12.480 con, giảm 3,25% (giảm 419 con) so với cùng kỳ");
  });

  it("a rise says tăng, no change says bằng cùng kỳ", () => {
    const s = summary([
      row({ key: "A", name: "Diện tích lúa", measureUnit: "ha", current: 1820, previous: 1790 }),
      row({ key: "B", name: "Tổng số trường học", measureUnit: "trường", current: 6, previous: 6 }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(sentenceOf(report, "A")).toContain(
      "Diện tích lúa 1.820 ha, tăng 1,68% (tăng 30 ha) so với cùng kỳ",
    );
    expect(sentenceOf(report, "B")).toContain("Tổng số trường học 6 trường, bằng cùng kỳ");
    expect(sentenceOf(report, "B").split("Tổng số trường học")[1]).not.toMatch(/tăng|giảm/);
  });

  it("a figure with no last-year value makes no comparison", () => {
    const s = summary([
      row({
        key: "A",
        name: "Số doanh nghiệp thành lập mới",
        measureUnit: "doanh nghiệp",
        current: 11,
        previous: null,
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "A");
    expect(text).toContain("Số doanh nghiệp thành lập mới 11 doanh nghiệp.");
    expect(text).not.toContain("cùng kỳ");
  });

  it("a numeric plan reads as a share of it, under the plan column's own title", () => {
    const s = summary([
      row({
        key: "NS01",
        name: "Tổng thu ngân sách",
        measureUnit: "triệu đồng",
        current: 512340,
        decimals: 0,
        plans: [
          plan("Dự toán tỉnh giao", { kind: "number", value: 472203 }, 512340),
          plan("KH năm 2026", { kind: "number", value: 600000 }, 512340),
        ],
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "NS01");
    expect(text).toContain(
      "Tổng thu ngân sách 512.340 triệu đồng, bằng 108,5% dự toán tỉnh giao, bằng 85,4% kế hoạch năm 2026",
    );
  });

  it("plans written as text or ranges read with their judgement", () => {
    const s = summary([
      row({
        key: "A",
        name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
        measureUnit: "%",
        current: 98.2,
        decimals: 1,
        plans: [
          plan(
            "Kế hoạch năm",
            { kind: "bound", op: "above", value: 95, text: "Trên 95" },
            98.2,
            "Đạt",
          ),
        ],
      }),
      row({
        key: "B",
        name: "Tỷ lệ giải ngân vốn đầu tư công",
        measureUnit: "%",
        current: 47.5,
        decimals: 1,
        plans: [
          plan(
            "Kế hoạch năm",
            { kind: "bound", op: "above", value: 95, text: "Trên 95" },
            47.5,
            "Không đạt",
          ),
        ],
      }),
      row({
        key: "C",
        name: "Năng suất lúa",
        measureUnit: "tạ/ha",
        current: 64.1,
        decimals: 1,
        plans: [
          plan(
            "Kế hoạch năm",
            { kind: "range", low: 63.5, high: 64, text: "63,5-64" },
            64.1,
            "Vượt",
          ),
        ],
      }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(sentenceOf(report, "A")).toContain(
      "Tỷ lệ trẻ em được tiêm chủng đầy đủ 98,2%, đạt kế hoạch năm (trên 95%)",
    );
    expect(sentenceOf(report, "B")).toContain(
      "Tỷ lệ giải ngân vốn đầu tư công 47,5%, chưa đạt kế hoạch năm (trên 95%)",
    );
    expect(sentenceOf(report, "C")).toContain(
      "Năng suất lúa 64,1 tạ/ha, vượt kế hoạch năm (63,5-64 tạ/ha)",
    );
    // What misses its plan is listed under "Tồn tại, hạn chế", with its figure.
    const lines = reportLines(report);
    const shortcomings = lines.slice(lines.indexOf("II. TỒN TẠI, HẠN CHẾ"));
    expect(shortcomings.join("\n")).toContain(
      "tỷ lệ giải ngân vốn đầu tư công 47,5%, chưa đạt kế hoạch năm (trên 95%)",
    );
    expect(shortcomings.join("\n")).not.toContain("tiêm chủng");
  });

  it("rates change in điểm phần trăm, small rates keep two decimals", () => {
    const s = summary([
      row({
        key: "LD05",
        name: "Tỷ lệ hộ nghèo",
        measureUnit: "%",
        current: 0.4692,
        previous: 0.67,
        decimals: 2,
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "LD05");
    expect(text).toContain("Tỷ lệ hộ nghèo 0,47%, giảm 0,2 điểm phần trăm so với cùng kỳ");
  });

  it("components read after “trong đó”, with their names in lower case", () => {
    const s = summary([
      row({
        key: "NS01",
        name: "Tổng thu ngân sách",
        measureUnit: "triệu đồng",
        current: 24860,
        previous: 21450,
      }),
      row({
        key: "NS02",
        name: "Thu nội địa",
        measureUnit: "triệu đồng",
        current: 10140,
        isComponent: true,
        parentKey: "NS01",
        stt: "1.1",
      }),
      row({
        key: "NS03",
        name: "Thu tiền sử dụng đất",
        measureUnit: "triệu đồng",
        current: 12500,
        isComponent: true,
        parentKey: "NS01",
        stt: "1.2",
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "NS01");
    expect(text).toContain(
      "tăng 15,9% (tăng 3.410 triệu đồng) so với cùng kỳ; trong đó: thu nội địa 10.140 triệu đồng; thu tiền sử dụng đất 12.500 triệu đồng.",
    );
  });

  it("a count against its total reads x/y", () => {
    const s = summary([
      row({ key: "GD01", name: "Tổng số trường học", measureUnit: "trường", current: 6 }),
      row({
        key: "GD02",
        name: "Số trường đạt chuẩn quốc gia",
        measureUnit: "trường",
        current: 5,
        previous: 4,
        ofTotal: "GD01",
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "GD02");
    expect(text).toContain(
      "Số trường đạt chuẩn quốc gia 5/6 trường, tăng 25% (tăng 1 trường) so với cùng kỳ",
    );
  });

  it("incomplete figures carry a visible note naming what is missing, without file paths", () => {
    const s = summary([
      row({
        key: "NN06",
        name: "Đàn trâu",
        measureUnit: "con",
        current: 463,
        previous: 612,
        incomplete: [
          `Số thực hiện của Thôn Nam (${cellPlace({ file: "/data/Cac thon (2026).xlsx", sheet: "Thôn Nam", cell: "E9" })}) bị loại vì giá trị âm`,
        ],
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "NN06");
    expect(text).toContain(
      "Đàn trâu 463 con, giảm 24,35% (giảm 149 con) so với cùng kỳ (số liệu chưa đầy đủ: số thực hiện của Thôn Nam bị loại vì giá trị âm)",
    );
    expect(text).not.toContain(".xlsx");
  });

  it("a plan left apart is a note for the planner, not “số liệu chưa đầy đủ” in the text", () => {
    const s = summary([
      row({
        key: "NN01",
        name: "Tổng diện tích gieo trồng cây hằng năm",
        measureUnit: "ha",
        current: 6685.1,
        previous: 6497,
        planNotes: [
          "Kế hoạch các đơn vị ghi theo cột khác nhau: “KH năm 2026” (UBND xã Đạo Tú, UBND xã Hoàng Đan); “Kế hoạch tỉnh giao” (UBND xã Hợp Hòa); tên cột không cho biết là cùng một kế hoạch, nên được giữ thành cột riêng, không cộng chung.",
        ],
      }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    const text = sentenceOf(report, "NN01");
    expect(text).toBe(
      "Tổng diện tích gieo trồng cây hằng năm 6.685,1 ha, tăng 2,9% (tăng 188,1 ha) so với cùng kỳ.",
    );
    expect(report.draftNotes).toEqual([
      "Lưu ý khi hoàn thiện (không đưa vào văn bản): chưa so sánh đủ với kế hoạch ở các chỉ tiêu Tổng diện tích gieo trồng cây hằng năm (lý do ở cột Ghi chú của trang “Tổng hợp”).",
    ]);
  });

  it("an indicator that could not be consolidated says so, with no figure", () => {
    const s = summary([
      row({
        key: "NN05",
        name: "Năng suất lúa",
        measureUnit: "tạ/ha",
        current: null,
        notConsolidable: "Chỉ tiêu “Năng suất lúa” không cộng được …",
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "NN05");
    expect(text).toBe(
      "Năng suất lúa: không tổng hợp được do các đơn vị báo cáo số liệu không thống nhất.",
    );
  });

  it("money is shown in tỷ đồng where the catalog says so", () => {
    const s = summary([
      row({
        key: "CN01",
        name: "Giá trị sản xuất công nghiệp",
        measureUnit: "triệu đồng",
        displayUnit: "tỷ đồng",
        current: 295600,
        previous: 268400,
        decimals: 0,
      }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(sentenceOf(report, "CN01")).toContain(
      "Giá trị sản xuất công nghiệp 295,6 tỷ đồng, tăng 10,13% (tăng 27,2 tỷ đồng) so với cùng kỳ",
    );
    expect(checkFigures(report, s)).toBeGreaterThan(0);
  });
});

describe("templates from the catalog", () => {
  it("a planner's template is used, its optional parts dropped when there is no value", () => {
    const template =
      "{ten} ước đạt {gia_tri} {dvt}[, {xu_huong} {ty_le_cung_ky} so với cùng kỳ][ ({ty_le_ke_hoach} {ten_ke_hoach})]";
    const s = summary([
      row({
        key: "A",
        name: "Đàn bò",
        measureUnit: "con",
        current: 12480,
        previous: 12899,
        template,
      }),
      row({ key: "B", name: "Đàn trâu", measureUnit: "con", current: 463, template }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(sentenceOf(report, "A")).toContain(
      "Đàn bò ước đạt 12.480 con, giảm 3,25% so với cùng kỳ. Đàn trâu ước đạt 463 con.",
    );
    expect(report.issues).toEqual([]);
  });

  it("an unknown placeholder is reported, naming the indicator, and the default phrasing is used", () => {
    const s = summary([
      row({
        key: "NN07",
        name: "Đàn bò",
        measureUnit: "con",
        current: 12480,
        previous: 12899,
        template: "{ten} đạt {so_lieu} {dvt}",
      }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      severity: "warning",
      rule: "template-unknown-placeholder",
    });
    expect(report.issues[0].message).toContain("Đàn bò");
    expect(report.issues[0].message).toContain("{so_lieu}");
    expect(sentenceOf(report, "NN07")).toContain(
      "Đàn bò 12.480 con, giảm 3,25% (giảm 419 con) so với cùng kỳ",
    );
    expect(sentenceOf(report, "NN07")).not.toContain("{");
  });

  it("a template with unbalanced brackets is reported and not rendered", () => {
    const s = summary([
      row({
        key: "A",
        name: "Đàn bò",
        measureUnit: "con",
        current: 10,
        template: "{ten} [{gia_tri} {dvt}",
      }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(report.issues.map((i) => i.rule)).toEqual(["template-malformed"]);
    expect(sentenceOf(report, "A")).toContain("Đàn bò 10 con");
  });
});

describe("the report around the figures", () => {
  it("carries the Nghị định 30 header, subject, numbered headings, recipients and signature from settings", () => {
    const s = summary([row({ key: "A", name: "Đàn bò", measureUnit: "con", current: 10 })]);
    const report = draftReport(s, [], {
      ...SETTINGS,
      reportDate: "2026-06-05",
      signerName: "Nguyễn Văn An",
      recipients: ["UBND tỉnh", "- Lưu: VT."],
    });
    const lines = reportLines(report);
    expect(lines.slice(0, 8)).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
      "ỦY BAN NHÂN DÂN XÃ HỢP HÒA",
      "Số: …/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Hợp Hòa, ngày 05 tháng 6 năm 2026",
      "BÁO CÁO",
      "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026",
    ]);
    expect(lines).toContain("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI");
    expect(lines).toContain("1. Nông nghiệp");
    expect(lines).toContain("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026");
    expect(lines.slice(-7)).toEqual([
      "Nơi nhận:",
      "- UBND tỉnh",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Văn An",
    ]);
  });

  it("the appendix table writes figures as Vietnamese text", () => {
    const s = summary([
      row({
        key: "A",
        name: "Đàn bò",
        measureUnit: "con",
        current: 12480,
        previous: 12899,
        plans: [plan("Kế hoạch năm", { kind: "number", value: 13000 }, 12480)],
      }),
    ]);
    const t = draftReport(s, [], SETTINGS).table;
    const cells = t.rows[1].cells;
    expect(cells.slice(0, 5)).toEqual(["1", "Đàn bò", "con", "12.899", "13.000"]);
    expect(cells).toContain("12.480");
    expect(cells).toContain("96,75"); // 12.480 / 12.899
    expect(cells).toContain("96,00"); // 12.480 / 13.000
  });

  it("a change finer than the figures' decimals reads bằng cùng kỳ", () => {
    const s = summary([
      row({
        key: "LD05",
        name: "Tỷ lệ hộ nghèo",
        measureUnit: "%",
        current: 3.78,
        previous: 3.7757,
        decimals: 2,
      }),
    ]);
    const text = sentenceOf(draftReport(s, [], SETTINGS), "LD05");
    expect(text).toContain("Tỷ lệ hộ nghèo 3,78%, bằng cùng kỳ");
    expect(text).not.toContain("0,0043");
    // A small area at 0 decimals: 9,6 → 10 ha shows as 10 both years, but is 4,17 % more.
    const area = summary([
      row({
        key: "A",
        name: "Diện tích nuôi tôm",
        measureUnit: "ha",
        current: 10,
        previous: 9.6,
        decimals: 0,
      }),
    ]);
    expect(sentenceOf(draftReport(area, [], SETTINGS), "A")).toContain("tăng 4,17%");
  });

  it("a change below 1 % drops its trailing zeros: 0,4%, and 1% rather than 1,00%", () => {
    const s = summary([
      row({ key: "A", name: "Số hộ dân cư", measureUnit: "hộ", current: 1004, previous: 1000 }),
      row({ key: "B", name: "Đàn bò", measureUnit: "con", current: 1009999, previous: 1000000 }),
    ]);
    const report = draftReport(s, [], SETTINGS);
    expect(sentenceOf(report, "A")).toContain("tăng 0,4% (tăng 4 hộ)");
    expect(sentenceOf(report, "B")).toContain("tăng 1% (tăng 9.999 con)");
  });

  it("the appendix writes a row's figures with one number of decimals", () => {
    const s = summary([
      row({
        key: "NN01",
        name: "Tổng diện tích gieo trồng cây hằng năm",
        measureUnit: "ha",
        current: 29364.68,
        previous: 29238.6,
        decimals: 2,
      }),
    ]);
    const cells = draftReport(s, [], SETTINGS).table.rows[1].cells;
    expect(cells.slice(3, 5)).toEqual(["29.238,60", "29.364,68"]);
    // The catalog's one decimal, as the Tổng hợp sheet's #,##0.0 shows it: 29.364,0, not 29.364.
    const one = summary([
      row({
        key: "NN01",
        name: "Diện tích",
        measureUnit: "ha",
        current: 29364.04,
        previous: 29238.6,
        decimals: 1,
      }),
    ]);
    expect(draftReport(one, [], SETTINGS).table.rows[1].cells.slice(3, 5)).toEqual([
      "29.238,6",
      "29.364,0",
    ]);
    // A figure too small for the catalog's decimals is not written as zero.
    const tiny = summary([
      row({
        key: "X",
        name: "Diện tích",
        measureUnit: "ha",
        current: 0.004,
        previous: 0.5,
        decimals: 2,
      }),
    ]);
    expect(draftReport(tiny, [], SETTINGS).table.rows[1].cells[4]).toBe("0,004");
  });
});
