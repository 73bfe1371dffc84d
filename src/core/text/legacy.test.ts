import fc from "fast-check";
import {
  TCVN3_TO_UNICODE,
  convertLegacy,
  detectLegacyEncoding,
  isTcvn3Font,
  isTcvn3UpperFont,
  isVietnameseSyllable,
  isVniFont,
  toUnicode,
} from "./legacy";

// Real words and phrases from indicator sheets, typed by hand in each legacy encoding.
// "\u00AD" is TCVN3's ư (byte 0xAD), which reaches us as a soft hyphen.
const TCVN3_WORDS: Array<[string, string]> = [
  ["§µn tr©u", "Đàn trâu"],
  ["Thùc hiÖn", "Thực hiện"],
  ["Tæng", "Tổng"],
  ["n¨m", "năm"],
  ["§¬n vÞ", "Đơn vị"],
  ["ChØ tiªu", "Chỉ tiêu"],
  ["Kú b¸o c¸o", "Kỳ báo cáo"],
  ["Tæng s¶n phÈm", "Tổng sản phẩm"],
  ["DiÖn tÝch gieo trång", "Diện tích gieo trồng"],
  ["S¶n l\u00ADîng l\u00AD¬ng thùc", "Sản lượng lương thực"],
  ["Tæng ®µn bß", "Tổng đàn bò"],
  ["Thu ng©n s¸ch nhµ n\u00ADíc", "Thu ngân sách nhà nước"],
  ["Gi¸ trÞ s¶n xuÊt c«ng nghiÖp", "Giá trị sản xuất công nghiệp"],
  ["Uû ban nh©n d©n x·", "Uỷ ban nhân dân xã"],
  ["Sè hé nghÌo", "Số hộ nghèo"],
  ["Tû lÖ", "Tỷ lệ"],
  ["KÕ ho¹ch n¨m", "Kế hoạch năm"],
  ["¦íc thùc hiÖn", "Ước thực hiện"],
  ["Tr\u00ADêng häc", "Trường học"],
  ["BÖnh viÖn", "Bệnh viện"],
  ["§\u00ADêng giao th«ng n«ng th«n", "Đường giao thông nông thôn"],
  ["Vèn ®Çu t\u00AD", "Vốn đầu tư"],
  ["Lòy kÕ", "Lũy kế"],
  ["Cïng kú", "Cùng kỳ"],
  ["Ghi chó", "Ghi chú"],
  ["Ch¨n nu«i lîn, gia cÇm", "Chăn nuôi lợn, gia cầm"],
  ["Thñy s¶n", "Thủy sản"],
  ["Rõng", "Rừng"],
  ["Lao ®éng n÷", "Lao động nữ"],
  ["Sö dông", "Sử dụng"],
  ["Kü thuËt", "Kỹ thuật"],
  ["Hç trî", "Hỗ trợ"],
  ["Më réng", "Mở rộng"],
  ["Lì", "Lỡ"],
  ["H»ng n¨m", "Hằng năm"],
  ["§¼ng", "Đẳng"],
  ["VÉn", "Vẫn"],
  ["LÆn", "Lặn"],
  ["MÑ", "Mẹ"],
  ["KÎ", "Kẻ"],
  ["VÏ", "Vẽ"],
  ["KÐm", "Kém"],
  ["VÒ", "Về"],
  ["ThÓ", "Thể"],
  ["TiÔn", "Tiễn"],
  ["K×", "Kì"],
  ["NghÜa", "Nghĩa"],
  ["Kþ", "Kỵ"],
  ["L½ng", "Lẵng"],
  ["B¾c", "Bắc"],
  ["Bá", "Bỏ"],
  ["Lâi", "Lõi"],
  ["Cã", "Có"],
  ["Cñ", "Củ"],
  ["Ngò", "Ngũ"],
  ["Cô", "Cụ"],
  ["Hµ", "Hà"],
  ["C¶", "Cả"],
  ["Ng·", "Ngã"],
  ["L¹c", "Lạc"],
  ["¥n", "Ơn"],
  ["¡n", "Ăn"],
  ["¢n", "Ân"],
  ["£m", "Êm"],
  ["¤ng", "Ông"],
  ["Ýt", "ít"],
  ["b¶o ®¶m 12,5%", "bảo đảm 12,5%"],
];

const VNI_WORDS: Array<[string, string]> = [
  ["Ñaøn traâu", "Đàn trâu"],
  ["Thöïc hieän", "Thực hiện"],
  ["Toång saûn phaåm", "Tổng sản phẩm"],
  ["Dieän tích gieo troàng", "Diện tích gieo trồng"],
  ["Saûn löôïng löông thöïc", "Sản lượng lương thực"],
  ["Ñôn vò", "Đơn vị"],
  ["Chæ tieâu", "Chỉ tiêu"],
  ["Kyø baùo caùo", "Kỳ báo cáo"],
  ["Naêm", "Năm"],
  ["Haèng naêm", "Hằng năm"],
  ["Baéc", "Bắc"],
  ["Laën", "Lặn"],
  ["Ñaúng", "Đẳng"],
  ["Laüng", "Lẵng"],
  ["Nghóa", "Nghĩa"],
  ["Kî", "Kỵ"],
  ["Öôùc thöïc hieän", "Ước thực hiện"],
  ["Ngöôøi", "Người"],
  ["Lao ñoäng nöõ", "Lao động nữ"],
  ["Söû duïng", "Sử dụng"],
  ["Myõ", "Mỹ"],
  ["Cuøng kyø", "Cùng kỳ"],
  ["Voán ñaàu tö", "Vốn đầu tư"],
  ["Hoã trôï", "Hỗ trợ"],
  ["Môû roäng", "Mở rộng"],
  ["Keá hoaïch", "Kế hoạch"],
  ["Veà", "Về"],
  ["Theå", "Thể"],
  ["Tieãn", "Tiễn"],
  ["Meï", "Mẹ"],
  ["Keû", "Kẻ"],
  ["Veõ", "Vẽ"],
  ["Keùm", "Kém"],
  ["UÛy ban nhaân daân xaõ", "Ủy ban nhân dân xã"],
  ["ÑÖÔØNG", "ĐƯỜNG"],
  ["HÖÔÙNG DAÃN", "HƯỚNG DẪN"],
  ["COÄNG HOØA", "CỘNG HÒA"],
  ["BAÙO CAÙO", "BÁO CÁO"],
  ["Ñaëc ñieåm", "Đặc điểm"],
  ["Ghi chuù", "Ghi chú"],
];

// Ordinary text that must never be taken for legacy encodings.
const NOT_LEGACY = [
  "Đàn trâu",
  "Tổng",
  "Thực hiện",
  "Tôi là người Việt Nam",
  "Hoà",
  "Thanh Hoá",
  "Tôi có",
  "Cà phê",
  "Bò",
  "Văn hoá",
  "Bà Rịa - Vũng Tàu",
  "Cà Mau",
  "CÀ MAU",
  "BÁO CÁO",
  "HÒA BÌNH",
  "Khoá, Thuý, Quý",
  "Ô tô",
  "Hello world",
  "Total area (ha)",
  "§ 5",
  "§ 5 Điều 3",
  "© 2024 Microsoft®",
  "50 µm",
  "½ ha",
  "5 × 3 m",
  "Müller",
  "Straße",
  "Noël",
  "café",
  "naïve",
  "résumé",
  "Ñandú",
  "São Paulo",
  "Ångström",
  "«Tổng»",
  "1.820",
  "",
];

describe("TCVN3 table", () => {
  it("covers every Vietnamese lowercase letter once, plus the seven TCVN3 capitals", () => {
    const lower: string[] = [];
    for (const v of ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]) {
      for (const t of ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"])
        lower.push((v + t).normalize("NFC"));
    }
    lower.push("ă", "â", "ê", "ô", "ơ", "ư", "đ");
    expect(lower).toHaveLength(67);
    const values = [...TCVN3_TO_UNICODE.values()];
    for (const letter of lower) expect(values.filter((v) => v === letter)).toHaveLength(1);
    for (const cap of ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]) expect(values).toContain(cap);
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    // Every code is a single Latin-1 character: that is what Excel gives for an 8-bit font.
    for (const code of TCVN3_TO_UNICODE.keys()) expect(code.charCodeAt(0)).toBeGreaterThan(0xa0);
  });
});

describe("convertLegacy", () => {
  it.each(TCVN3_WORDS)("TCVN3 %j → %j", (legacy, unicode) => {
    expect(convertLegacy(legacy, "tcvn3", ".VnTime")).toBe(unicode);
  });

  it.each(VNI_WORDS)("VNI %j → %j", (legacy, unicode) => {
    expect(convertLegacy(legacy, "vni", "VNI-Times")).toBe(unicode);
  });

  it("shows .VnTimeH / .VnArialH text in capitals, as the font draws it", () => {
    expect(convertLegacy("Céng hoµ x· héi chñ nghÜa viÖt nam", "tcvn3", ".VnTimeH")).toBe(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
    expect(convertLegacy("§éc lËp - Tù do - H¹nh phóc", "tcvn3", ".VnArialH")).toBe(
      "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    );
    expect(convertLegacy("¦íc thùc hiÖn", "tcvn3", ".VnTimeH")).toBe("ƯỚC THỰC HIỆN");
    expect(convertLegacy("Tæng", "tcvn3", ".VnTime")).toBe("Tổng");
  });

  it("leaves digits, punctuation and ASCII untouched", () => {
    expect(convertLegacy("Tæng sè (ha): 1.820,5", "tcvn3")).toBe("Tổng số (ha): 1.820,5");
    expect(convertLegacy("Toång soá (ha): 1.820,5", "vni")).toBe("Tổng số (ha): 1.820,5");
  });

  it("gives NFC output", () => {
    for (const [legacy] of VNI_WORDS) {
      const out = convertLegacy(legacy, "vni");
      expect(out).toBe(out.normalize("NFC"));
    }
  });
});

describe("font names", () => {
  it("recognises TCVN3, TCVN3 capitals and VNI fonts", () => {
    for (const f of [
      ".VnTime",
      ".VnArial",
      ".VnTimeH",
      ".VnArial NarrowH",
      ".VnCentury Schoolbook",
    ]) {
      expect(isTcvn3Font(f)).toBe(true);
      expect(isVniFont(f)).toBe(false);
    }
    expect(isTcvn3UpperFont(".VnTimeH")).toBe(true);
    expect(isTcvn3UpperFont(".VnArial NarrowH")).toBe(true);
    expect(isTcvn3UpperFont(".VnTimeH Bold")).toBe(true);
    expect(isTcvn3UpperFont(".VnTime")).toBe(false);
    expect(isTcvn3UpperFont("Times New Roman")).toBe(false);
    for (const f of ["VNI-Times", "VNI-Helve", "VNI-Helve-Condense"]) {
      expect(isVniFont(f)).toBe(true);
      expect(isTcvn3Font(f)).toBe(false);
    }
    for (const f of ["Times New Roman", "Arial", "Calibri", null, undefined, ""]) {
      expect(isTcvn3Font(f)).toBe(false);
      expect(isVniFont(f)).toBe(false);
    }
  });
});

describe("detectLegacyEncoding", () => {
  it("lets a known font decide", () => {
    expect(detectLegacyEncoding("Tæng", ".VnTime")).toBe("tcvn3");
    expect(detectLegacyEncoding("Ghi chó", ".VnArial")).toBe("tcvn3");
    expect(detectLegacyEncoding("Naêm", "VNI-Times")).toBe("vni");
  });

  it("does not convert Unicode text that sits in an old-font cell", () => {
    expect(detectLegacyEncoding("Đàn trâu", ".VnTime")).toBeNull();
    expect(detectLegacyEncoding("Thực hiện", "VNI-Times")).toBeNull();
  });

  // "Ghi chó" is also good Unicode Vietnamese ("chó"): without the font it must stay as it is.
  const AMBIGUOUS = new Set(["Ghi chó"]);

  it("leaves text that reads as Unicode Vietnamese too, unless the font says otherwise", () => {
    for (const w of AMBIGUOUS) {
      expect(detectLegacyEncoding(w)).toBeNull();
      expect(detectLegacyEncoding(w, ".VnTime")).toBe("tcvn3");
    }
  });

  it.each(TCVN3_WORDS.filter(([w]) => w.includes(" ") && !AMBIGUOUS.has(w)))(
    "finds TCVN3 without a font: %j",
    (legacy) => {
      expect(detectLegacyEncoding(legacy)).toBe("tcvn3");
    },
  );

  it.each(VNI_WORDS.filter(([w]) => w.includes(" ")))("finds VNI without a font: %j", (legacy) => {
    expect(detectLegacyEncoding(legacy)).toBe("vni");
  });

  it("finds single legacy words that only one encoding can read", () => {
    expect(detectLegacyEncoding("Tæng")).toBe("tcvn3");
    expect(detectLegacyEncoding("n¨m")).toBe("tcvn3");
    expect(detectLegacyEncoding("Ngöôøi")).toBe("vni");
  });

  it("never picks the wrong encoding, even for one short word", () => {
    for (const [legacy] of TCVN3_WORDS)
      expect([null, "tcvn3"]).toContain(detectLegacyEncoding(legacy));
    for (const [legacy] of VNI_WORDS) expect([null, "vni"]).toContain(detectLegacyEncoding(legacy));
  });

  it("never flags the Unicode spelling of any test word", () => {
    for (const [, unicode] of [...TCVN3_WORDS, ...VNI_WORDS]) {
      expect(detectLegacyEncoding(unicode)).toBeNull();
      expect(toUnicode(unicode)).toEqual({ text: unicode, encoding: null });
    }
  });

  it.each(NOT_LEGACY)("never takes ordinary text for legacy: %j", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("never flags ASCII or Unicode Vietnamese sentences", () => {
    const words = [
      "Tổng",
      "số",
      "hộ",
      "nghèo",
      "Đàn",
      "trâu",
      "bò",
      "là",
      "có",
      "và",
      "Hoà",
      "Thanh",
      "Hoá",
      "Tôi",
      "Cà",
      "phê",
      "ước",
      "thực",
      "hiện",
      "năm",
      "đơn",
      "vị",
      "chỉ",
      "tiêu",
      "ha",
      "tấn",
      "GDP",
      "%",
      "1.820",
      "§",
      "(",
      ")",
      "-",
      "Việt",
      "Nam",
      "kỳ",
      "báo",
      "cáo",
      "BÁO",
      "CÁO",
      "HÒA",
      "BÌNH",
      "Cà",
      "Mau",
      "Khoá",
      "Thuý",
      "Quý",
      "Ô",
      "tô",
      "Bán",
      "ÍT",
      "Hè",
      "Sơn",
      "Tây",
      "Ninh",
      "Kiên",
      "Giang",
      "Phú",
      "Yên",
      "Thái",
      "Bình",
      "Lào",
      "Cai",
      "Gò",
      "Vấp",
      "Hóc",
      "Môn",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (ws) => {
        expect(detectLegacyEncoding(ws.join(" "))).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (s) => {
        expect(detectLegacyEncoding(s)).toBeNull();
      }),
    );
  });
});

describe("toUnicode", () => {
  it("converts and reports legacy text", () => {
    expect(toUnicode("§µn tr©u")).toEqual({ text: "Đàn trâu", encoding: "tcvn3" });
    expect(toUnicode("Ñaøn traâu")).toEqual({ text: "Đàn trâu", encoding: "vni" });
    expect(toUnicode("tæng sè", ".VnTimeH")).toEqual({ text: "TỔNG SỐ", encoding: "tcvn3" });
    expect(toUnicode("Cã", ".VnTime")).toEqual({ text: "Có", encoding: "tcvn3" });
  });

  it("composes decomposed Unicode and says so", () => {
    const decomposed = "Đàn trâu".normalize("NFD");
    expect(toUnicode(decomposed)).toEqual({ text: "Đàn trâu", encoding: "decomposed" });
    expect(toUnicode("Tổng".normalize("NFD"), ".VnTime")).toEqual({
      text: "Tổng",
      encoding: "decomposed",
    });
  });

  it("leaves clean text alone", () => {
    expect(toUnicode("Đàn trâu")).toEqual({ text: "Đàn trâu", encoding: null });
    expect(toUnicode("1.820", ".VnTime")).toEqual({ text: "1.820", encoding: null });
    expect(toUnicode("§ 5")).toEqual({ text: "§ 5", encoding: null });
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts real syllables and refuses non-Vietnamese shapes", () => {
    for (const w of [
      "tổng",
      "nghiệp",
      "người",
      "khuyến",
      "giếng",
      "quốc",
      "thích",
      "oanh",
      "ăn",
      "uỷ",
    ]) {
      expect(isVietnameseSyllable(w)).toBe(true);
    }
    for (const w of ["tỉng", "thùc", "hieọn", "straòe", "mỹller", "đ", "ônh"]) {
      expect(isVietnameseSyllable(w)).toBe(false);
    }
    expect(isVietnameseSyllable("àm", true)).toBe(false);
  });
});
