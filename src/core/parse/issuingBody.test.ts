import type { CellValue, SheetGrid } from "../types";
import { bodyName, unitFromAttachmentLine, unitFromIssuingBlock } from "./issuingBody";
import { TextReader } from "./gridText";

function grid(values: CellValue[][], merges?: string[]): SheetGrid {
  return { file: "f.xlsx", sheet: "S", values, merges };
}

function block(values: CellValue[][], merges?: string[]) {
  const g = grid(values, merges);
  return unitFromIssuingBlock(g, values.length, new TextReader(g));
}

describe("bodyName: a name in capitals as running text writes it", () => {
  test.each([
    ["PHÒNG KINH TẾ", "Phòng Kinh tế"],
    ["PHÒNG VĂN HÓA - XÃ HỘI", "Phòng Văn hóa - Xã hội"],
    ["PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG VĨNH PHÚC", "UBND phường Vĩnh Phúc"],
    ["UBND XÃ HỢP HÒA", "UBND xã Hợp Hòa"],
    ["TRẠM Y TẾ XÃ HỢP HÒA", "Trạm Y tế xã Hợp Hòa"],
    ["CÔNG AN XÃ HỢP HÒA", "Công an xã Hợp Hòa"],
    ["BAN CHỈ HUY QUÂN SỰ XÃ", "Ban Chỉ huy quân sự xã"],
    ["VĂN PHÒNG HĐND VÀ UBND XÃ", "Văn phòng HĐND và UBND xã"],
    ["TRƯỜNG THCS HỢP HÒA", "Trường THCS Hợp Hòa"],
    ["UBND THỊ TRẤN TAM ĐẢO", "UBND thị trấn Tam Đảo"],
    ["THÔN ĐÔNG", "Thôn Đông"],
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"],
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"],
    ["PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"],
    ["Phòng Kinh tế", "Phòng Kinh tế"],
    ["Ủy ban nhân dân xã Hợp Hòa", "UBND xã Hợp Hòa"],
  ])("%p → %p", (text, name) => {
    expect(bodyName(text)).toBe(name);
  });
});

describe("unitFromIssuingBlock", () => {
  test("the lowest body of the block, left of the national name", () => {
    const u = block([
      ["UBND XÃ HỢP HÒA", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["PHÒNG KINH TẾ", null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 12/BC-KT", null, null, "Hợp Hòa, ngày 3 tháng 7 năm 2026"],
    ]);
    expect(u).toEqual({ value: "Phòng Kinh tế", cell: "A2", from: "issuing-body" });
  });

  test("the short rule under the body and a parent body over it", () => {
    const u = block([
      ["UBND HUYỆN TAM DƯƠNG"],
      ["UBND XÃ HỢP HÒA"],
      ["_________"],
      ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026"],
    ]);
    expect(u?.value).toBe("UBND xã Hợp Hòa");
  });

  test("a bare “ỦY BAN NHÂN DÂN” names no unit on its own", () => {
    expect(block([["ỦY BAN NHÂN DÂN"], ["BÁO CÁO"]])).toBeNull();
  });

  test("a title merged across the sheet is not a body, nor the national name", () => {
    expect(
      block(
        [["PHÒNG BAN TỔNG HỢP SỐ LIỆU", null, null, null], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
        ["A1:D1"],
      ),
    ).toBeNull();
  });
});

describe("unitFromAttachmentLine", () => {
  test.each([
    ["(Kèm theo Báo cáo số 45/BC-UBND ngày 15/6/2026 của UBND xã Hợp Hòa)", "UBND xã Hợp Hòa"],
    ["(Kèm theo Công văn số 7/PKT của Phòng Kinh tế về việc báo cáo số liệu)", "Phòng Kinh tế"],
    ["Kèm theo Báo cáo của UBND xã Hợp Thịnh ngày 20/9/2026", "UBND xã Hợp Thịnh"],
  ])("%p → %p", (line, unit) => {
    const g = grid([["BIỂU SỐ LIỆU"], [line]]);
    expect(unitFromAttachmentLine(g, 2, new TextReader(g))).toEqual({
      value: unit,
      cell: "A2",
      from: "attachment-line",
    });
  });
});
