import type { Catalog } from "../types";
import { defaultCatalog } from "./defaultCatalog";
import { createMatcher, indicatorNameKey } from "./matcher";

const match = createMatcher(defaultCatalog());
const codeOf = (name: string, code: string | null = null): string | null =>
  match({ code, name })?.indicator.code ?? null;

describe("matching by code", () => {
  test("codes match in any case and with stray spaces", () => {
    for (const code of ["NN07", "nn07", " Nn07 ", "NN 07"]) {
      const m = match({ code, name: "Đàn bò" });
      expect(m).toMatchObject({ by: "code", nameMismatch: false });
      expect(m?.indicator.name).toBe("Đàn bò");
    }
  });

  test("the code wins over the name, and a name that is another indicator is flagged", () => {
    const m = match({ code: "NN07", name: "Đàn trâu" });
    expect(m?.indicator.code).toBe("NN07");
    expect(m?.by).toBe("code");
    expect(m?.nameMismatch).toBe(true);
  });

  test("a name variant of the same indicator, or a name the catalog does not know, is no mismatch", () => {
    expect(match({ code: "NS01", name: "Tổng thu NSNN trên địa bàn" })?.nameMismatch).toBe(false);
    expect(
      match({ code: "NS01", name: "Thu ngân sách (bao gồm ghi thu ghi chi)" })?.nameMismatch,
    ).toBe(false);
    expect(match({ code: "NS01", name: "" })?.nameMismatch).toBe(false);
  });

  test("a component's code with its total's name is a mismatch (NN02 written as the whole area)", () => {
    expect(
      match({ code: "NN02", name: "Tổng diện tích gieo trồng cây hằng năm" })?.nameMismatch,
    ).toBe(true);
  });

  test("an unknown code falls back to the name", () => {
    expect(match({ code: "XX99", name: "Đàn bò" })).toMatchObject({
      by: "name",
      nameMismatch: false,
    });
    expect(codeOf("Đàn bò", "XX99")).toBe("NN07");
  });
});

describe("matching by name", () => {
  test.each([
    ["Đàn bò", "NN07"],
    ["ĐÀN BÒ", "NN07"],
    ["Đàn bò (con)", "NN07"],
    ["Đàn bò:", "NN07"],
    ["1. Đàn bò", "NN07"],
    ["a) Đàn bò", "NN07"],
    ["- Đàn bò", "NN07"],
    ["+ Diện tích lúa", "NN02"],
    ["Trong đó: Diện tích lúa", "NN02"],
    ["- Trong đó: Diện tích lúa (ha)", "NN02"],
    ["1.2. Tổng vốn đầu tư phát triển toàn xã hội", "DT01"],
    ["II. Tổng số trường học", "GD01"],
    ["Tổng diện tích gieo trồng cây hàng năm", "NN01"],
    ["Tỉ lệ hộ nghèo", "LD05"],
    ["Tỷ lệ hộ nghèo (%)", "LD05"],
  ])("%s → %s", (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  test("decomposed Unicode (NFD) matches the composed name", () => {
    expect(codeOf("Đàn bò".normalize("NFD"))).toBe("NN07");
    expect(codeOf("Tổng thu ngân sách nhà nước trên địa bàn".normalize("NFD"))).toBe("NS01");
  });

  test("old tone placement (thuỷ, hoá) matches the modern spelling", () => {
    expect(codeOf("Tổng sản lượng thuỷ sản")).toBe("NN15");
    expect(codeOf("Sản lượng thuỷ sản nuôi trồng")).toBe("NN16");
    expect(codeOf("Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hoá")).toBe("VH01");
  });

  test("a name typed without diacritics still matches", () => {
    expect(codeOf("Dan bo")).toBe("NN07");
    expect(codeOf("Tong thu ngan sach nha nuoc tren dia ban")).toBe("NS01");
    expect(match({ code: null, name: "dan trau" })?.by).toBe("name");
  });

  test("the catalog's own name is 'name', another name departments write is 'synonym'", () => {
    expect(match({ code: null, name: "Tổng thu ngân sách nhà nước trên địa bàn" })?.by).toBe(
      "name",
    );
    for (const [name, code] of [
      ["Tổng đàn bò", "NN07"],
      ["Số lượng đàn bò", "NN07"],
      ["Tổng thu ngân sách", "NS01"],
      ["Thu ngân sách nhà nước trên địa bàn", "NS01"],
      ["Tổng thu NSNN trên địa bàn", "NS01"],
      ["Tổng vốn đầu tư toàn xã hội", "DT01"],
      ["Diện tích gieo trồng lúa", "NN02"],
      ["Số người tham gia BHXH", "LD09"],
      ["Thu tiền thuế", "NS07"],
    ]) {
      expect(match({ code: null, name })).toMatchObject({ by: "synonym", indicator: { code } });
    }
  });

  test("unknown names give null, so they are reported rather than guessed", () => {
    expect(
      match({ code: null, name: "Số km đường giao thông nông thôn được cứng hóa" }),
    ).toBeNull();
    expect(match({ code: null, name: "" })).toBeNull();
    expect(match({ code: null, name: "Trong đó:" })).toBeNull();
    expect(match({ code: null, name: "Đàn" })).toBeNull();
  });
});

describe("ambiguity", () => {
  test("a synonym two indicators share matches neither", () => {
    const catalog: Catalog = {
      sections: [{ id: "s", name: "S", order: 1 }],
      indicators: [
        {
          code: "A1",
          name: "Chỉ tiêu A",
          synonyms: ["Tên chung"],
          unit: "ha",
          section: "s",
          parent: null,
          componentRule: "notExceed",
          aggregation: "sum",
          isShare: false,
          nonNegative: true,
        },
        {
          code: "B1",
          name: "Chỉ tiêu B",
          synonyms: ["Tên chung"],
          unit: "ha",
          section: "s",
          parent: null,
          componentRule: "notExceed",
          aggregation: "sum",
          isShare: false,
          nonNegative: true,
        },
      ],
    };
    const m = createMatcher(catalog);
    expect(m({ code: null, name: "Tên chung" })).toBeNull();
    expect(m({ code: null, name: "Chỉ tiêu B" })?.indicator.code).toBe("B1");
  });

  test("an indicator's own name wins over another's synonym", () => {
    const catalog = defaultCatalog();
    catalog.indicators.find((i) => i.code === "NN06")!.synonyms.push("Đàn bò");
    expect(createMatcher(catalog)({ code: null, name: "Đàn bò" })?.indicator.code).toBe("NN07");
  });
});

test("indicatorNameKey ignores decorations departments add", () => {
  expect(indicatorNameKey("- Trong đó: Diện tích lúa:")).toBe(indicatorNameKey("diện tích lúa"));
  expect(indicatorNameKey("2.1. Chi thường xuyên.")).toBe(indicatorNameKey("Chi thường xuyên"));
});

test("matching is fast enough for thousands of rows", () => {
  const catalog = defaultCatalog();
  const names = catalog.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  const m = createMatcher(catalog);
  const start = Date.now();
  let found = 0;
  for (let k = 0; k < 20000; k++)
    if (m({ code: null, name: "- " + names[k % names.length] })) found++;
  expect(found).toBe(20000);
  expect(Date.now() - start).toBeLessThan(3000);
});

describe("names with a place suffix", () => {
  it("matches a name followed by “trên địa bàn …” to the catalog indicator", () => {
    const match = createMatcher(defaultCatalog());
    expect(
      match({ code: null, name: "Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn" })?.indicator
        .code,
    ).toBe("DT01");
    expect(
      match({
        code: null,
        name: "Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn xã (triệu đồng)",
      })?.indicator.code,
    ).toBe("DT01");
    expect(match({ code: null, name: "Số hộ kinh doanh trên địa bàn" })).toBeNull();
  });
});
