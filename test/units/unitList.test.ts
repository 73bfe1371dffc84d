/**
 * Reading the planner's Danh sách đơn vị: titles as tolerant as a biểu's, only Tên đơn vị
 * required, and what cannot be read refused with the file, sheet and cell named.
 */
import { parseSheet } from "../../src/core/parse";
import { loadBoundaryMap } from "../../src/core/boundaries";
import { findProvince, readUnitList, type UnitListRead } from "../../src/core/units";
import { communeGrid, listGrid } from "./helpers";

function units(read: UnitListRead) {
  if (read.kind !== "list") throw new Error(read.message);
  return read.list;
}

function refusal(read: UnitListRead): string {
  if (read.kind !== "refused") throw new Error("expected a refusal");
  return read.message;
}

describe("readUnitList", () => {
  it("reads every column of the agreed header, deadlines as ISO", () => {
    const list = units(
      readUnitList("DanhSach.xlsx", [
        listGrid([
          ["08869", "Xã Tam Dương", "Xã", "Nguyễn Văn An", "0912345678", "15/07/2026"],
          [8872, "Xã Hợp Hòa", "Xã", null, null, new Date(Date.UTC(2026, 6, 20))],
          [null, "Phòng Kinh tế", null, null, null, null],
        ]),
      ]),
    );
    expect(list.sheet).toBe("Danh sách đơn vị");
    expect(list.units).toEqual([
      {
        code: "08869",
        name: "Xã Tam Dương",
        type: "Xã",
        contact: "Nguyễn Văn An",
        phone: "0912345678",
        deadline: "2026-07-15",
        cell: "B2",
      },
      {
        code: "8872",
        name: "Xã Hợp Hòa",
        type: "Xã",
        contact: null,
        phone: null,
        deadline: "2026-07-20",
        cell: "B3",
      },
      {
        code: null,
        name: "Phòng Kinh tế",
        type: null,
        contact: null,
        phone: null,
        deadline: null,
        cell: "B4",
      },
    ]);
  });

  it("matches titles ignoring case, spacing, line breaks and decomposed Unicode, below a title", () => {
    const decomposed = (s: string) => s.normalize("NFD");
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid(
          [["Hợp Hòa", "30/6/2026"]].map(([n, d]) => [d, null, decomposed(n)]),
          {
            sheet: "Sheet1",
            above: [["DANH SÁCH CÁC ĐƠN VỊ GỬI BÁO CÁO"], []],
            header: [decomposed("HẠN\nNỘP"), "  ghi   chú ", decomposed("tên  ĐƠN\r\nvị (*)")],
          },
        ),
      ]),
    );
    expect(list.units.map((u) => [u.name, u.deadline, u.cell])).toEqual([
      ["Hợp Hòa", "2026-06-30", "C4"],
    ]);
    // The name itself is read composed, as every other text is.
    expect(list.units[0].name).toBe("Hợp Hòa".normalize("NFC"));
  });

  it("needs only Tên đơn vị; blank rows and a closing total line are not units", () => {
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid([["Xã A"], [], [null], ["Xã B"], ["Tổng cộng: 2 đơn vị"]], {
          header: ["Tên đơn vị"],
        }),
      ]),
    );
    expect(list.units.map((u) => u.name)).toEqual(["Xã A", "Xã B"]);
  });

  it("takes the sheet named Danh sách đơn vị before the first sheet", () => {
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid([["Xã Sai"]], { sheet: "Hướng dẫn", header: ["Tên đơn vị"] }),
        listGrid([["Xã Đúng"]], { sheet: "DANH SÁCH ĐƠN VỊ", header: ["Tên đơn vị"] }),
      ]),
    );
    expect([list.sheet, list.units.map((u) => u.name)]).toEqual(["DANH SÁCH ĐƠN VỊ", ["Xã Đúng"]]);
  });

  it("refuses a sheet without a Tên đơn vị column, naming the file and sheet", () => {
    expect(
      refusal(
        readUnitList("D:/BaoCao/ds.xlsx", [
          listGrid([["08869", "Nguyễn Văn An"]], {
            sheet: "Liên hệ",
            header: ["Mã đơn vị", "Người liên hệ"],
          }),
        ]),
      ),
    ).toBe(
      "Tệp danh sách đơn vị “D:/BaoCao/ds.xlsx”, trang “Liên hệ”: không tìm thấy cột “Tên đơn vị” trong 20 dòng đầu. " +
        "Dòng tiêu đề cần có các cột “Mã đơn vị | Tên đơn vị | Loại | Người liên hệ | Điện thoại | Hạn nộp” (chỉ “Tên đơn vị” là bắt buộc).",
    );
  });

  it("refuses an unreadable deadline, a missing name and a repeated code at their cells", () => {
    expect(
      refusal(readUnitList("ds.xlsx", [listGrid([["1", "Xã A", null, null, null, "cuối tháng"]])])),
    ).toBe(
      "Tệp danh sách đơn vị “ds.xlsx”, trang “Danh sách đơn vị”, ô F2: “Hạn nộp” của Xã A không phải một ngày đọc được; hãy ghi dạng dd/mm/yyyy (ví dụ 15/07/2026).",
    );
    expect(
      refusal(
        readUnitList("ds.xlsx", [
          listGrid([
            ["1", "Xã A"],
            ["2", null, "Xã"],
          ]),
        ]),
      ),
    ).toBe(
      "Tệp danh sách đơn vị “ds.xlsx”, trang “Danh sách đơn vị”, ô B3: dòng 3 có nội dung nhưng thiếu “Tên đơn vị” (cột bắt buộc).",
    );
    expect(
      refusal(
        readUnitList("ds.xlsx", [
          listGrid([
            ["08869", "Xã A"],
            [8869, "Xã B"],
          ]),
        ]),
      ),
    ).toBe(
      "Tệp danh sách đơn vị “ds.xlsx”, trang “Danh sách đơn vị”, ô A3: mã đơn vị “8869” đã dùng ở ô A2; mỗi đơn vị một mã riêng.",
    );
    expect(refusal(readUnitList("ds.xlsx", []))).toBe(
      "Tệp danh sách đơn vị “ds.xlsx” không có trang tính nào đọc được.",
    );
  });
});

describe("IndicatorSheet.unitCode", () => {
  it("is read from a Mã đơn vị row, a number cell kept as its digits", () => {
    const read = (code: string | number | undefined) => {
      const p = parseSheet(communeGrid({ file: "a.xlsx", unit: "Xã A", code, cows: 1 }));
      if (p.kind !== "sheet") throw new Error("not a sheet");
      return p.sheet.unitCode;
    };
    expect(read("08869")).toEqual({ value: "08869", cell: "B2" });
    expect(read(8869)).toEqual({ value: "8869", cell: "B2" });
    expect(read(undefined)).toBeUndefined();
  });
});

describe("readUnitList: lists as offices keep them", () => {
  it("stops at the signature block and skips a total whatever its column", () => {
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid([
          ["08869", "Xã A"],
          [null, "Cộng đồng dân cư thôn Đông"],
          ["Tổng cộng", "2 đơn vị"],
          [],
          [null, null, null, "Phú Thọ, ngày 10 tháng 7 năm 2026"],
          [null, null, null, "Người lập biểu"],
          [null, null, null, "Trần Thị Lan"],
        ]),
      ]),
    );
    expect(list.units.map((u) => u.name)).toEqual(["Xã A", "Cộng đồng dân cư thôn Đông"]);
    // A footer title in the name column ends the list too.
    const signed = units(
      readUnitList("ds.xlsx", [
        listGrid([
          ["1", "Xã A"],
          [null, "Người lập biểu"],
          [null, "Trần Thị Lan"],
        ]),
      ]),
    );
    expect(signed.units.map((u) => u.name)).toEqual(["Xã A"]);
  });

  it("finds the list on a later sheet, by a name typed without diacritics or by its header", () => {
    const note = listGrid([["Danh sách gửi kèm công văn"]], { sheet: "Ghi chú", header: [] });
    const bare = listGrid([["1", "Xã A"]], { sheet: "Danh sach don vi" });
    expect(units(readUnitList("ds.xlsx", [note, bare])).sheet).toBe("Danh sach don vi");
    const other = listGrid([["1", "Xã B"]], { sheet: "DS xa phuong" });
    expect(units(readUnitList("ds.xlsx", [note, other])).units[0].name).toBe("Xã B");
  });

  it("reads the titles administrative lists use", () => {
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid([["08869", "Xã A", "10/07/2026"]], {
          header: ["Mã số ĐVHC", "Tên xã, phường", "Thời hạn gửi"],
        }),
      ]),
    );
    expect(list.units[0]).toMatchObject({ code: "08869", name: "Xã A", deadline: "2026-07-10" });
    for (const [code, name, due] of [
      ["Mã hành chính", "Tên ĐVHC", "Hạn báo cáo"],
      ["Mã xã, phường", "Đơn vị hành chính", "Ngày hết hạn"],
    ]) {
      const read = units(
        readUnitList("ds.xlsx", [
          listGrid([["1", "Xã A", "10/07/2026"]], { header: [code, name, due] }),
        ]),
      );
      expect(read.units[0]).toMatchObject({ code: "1", name: "Xã A", deadline: "2026-07-10" });
    }
  });
});

describe("findProvince", () => {
  it("finds a province however it is typed: without diacritics, with TP, the city's short name", async () => {
    const map = await loadBoundaryMap();
    const name = (typed: string) => findProvince(map, typed)?.name ?? null;
    expect(name("Phu Tho")).toBe(name("Tỉnh Phú Thọ"));
    expect(name("Phu Tho")).not.toBeNull();
    for (const typed of ["Ho Chi Minh", "tp.hcm", "TP HCM", "Thành phố Hồ Chí Minh"])
      expect([typed, name(typed)]).toEqual([typed, "Thành phố Hồ Chí Minh"]);
    expect(name("Tỉnh Không Có")).toBeNull();
  });
});

describe("readUnitList: headings and notes inside the table", () => {
  it("skips Roman-numbered group headings and a note between units", () => {
    const list = units(
      readUnitList("ds.xlsx", [
        listGrid(
          [
            ["I", null, "CÁC PHƯỜNG"],
            ["1", "08869", "Phường A"],
            ["II", null, "CÁC XÃ"],
            ["2", "08870", "Xã B"],
            ["Lưu ý: xã C nộp qua email"],
            ["3", "08871", "Xã C"],
          ],
          { header: ["STT", "Mã đơn vị", "Tên đơn vị"] },
        ),
      ]),
    );
    expect(list.units.map((u) => u.name)).toEqual(["Phường A", "Xã B", "Xã C"]);
  });
});
