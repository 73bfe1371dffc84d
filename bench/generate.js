// @ts-check
"use strict";
/**
 * A seeded batch of department files for the benchmark: N reporting units × ~300 indicator
 * rows, laid out like the files communes really send (national heading, title, metadata block
 * label/value, header STT / Mã chỉ tiêu / Chỉ tiêu / ĐVT / cùng kỳ / kế hoạch / thực hiện /
 * Ghi chú, section headings, "trong đó" rows), with a small share of numbers typed as text
 * ("1.820") and of malformed values ("1.2.3"), so the parser and validator do their real work.
 *
 * Catalog codes come from the compiled default catalog (dist/core/catalog); the rest of the
 * 300 rows are plausible indicators the catalog does not know (no code), as departments add.
 *
 * Files are cached in os.tmpdir()/tonghop-bench/<seed>-<units>x<rows>/ and only written once:
 * file i depends only on (seed, i), so regenerating gives the same cells.
 */

const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const GENERATOR_VERSION = 3;
const ROOT = path.join(os.tmpdir(), "tonghop-bench");

/** mulberry32: tiny, fast, good enough for test data. */
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vietnamese thousands/decimal writing: 2715.4 → "2.715,4". */
function vnText(n, decimals) {
  const fixed = n.toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac ? `${grouped},${frac}` : grouped;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"];

const EXTRA_NAMES = [
  "Diện tích rau màu các loại",
  "Diện tích cây ăn quả",
  "Số hộ nuôi ong",
  "Số lồng bè nuôi cá",
  "Số máy cày, máy bừa",
  "Chiều dài kênh mương được kiên cố hóa",
  "Số cơ sở sản xuất tiểu thủ công nghiệp",
  "Số hộ kinh doanh cá thể mới",
  "Số chợ nông thôn",
  "Kinh phí hỗ trợ sản xuất",
  "Số buổi tập huấn kỹ thuật",
  "Số lượt người được tập huấn",
  "Số hộ được vay vốn ưu đãi",
  "Dư nợ cho vay ưu đãi",
  "Số công trình vệ sinh được xây mới",
  "Số thôn có nhà văn hóa đạt chuẩn",
  "Số câu lạc bộ văn nghệ",
  "Số buổi chiếu phim lưu động",
  "Số tin bài phát trên đài truyền thanh",
  "Số học sinh được hỗ trợ chi phí học tập",
  "Số giáo viên được bồi dưỡng",
  "Số lượt khám chữa bệnh tại trạm",
  "Số trẻ được uống vitamin A",
  "Số ca mắc sốt xuất huyết",
  "Số người được cấp thẻ bảo hiểm y tế",
  "Số hộ được hỗ trợ nhà ở",
  "Số suất quà tặng đối tượng chính sách",
  "Số hồ sơ đất đai được giải quyết",
  "Số vụ vi phạm đất đai được xử lý",
  "Khối lượng rác thải được thu gom",
  "Số đợt ra quân vệ sinh môi trường",
  "Số đơn thư được tiếp nhận",
  "Số cuộc hòa giải thành",
  "Số buổi tuyên truyền pháp luật",
  "Số tuyến đường được chiếu sáng",
  "Chiều dài đường giao thông nông thôn được cứng hóa",
  "Số cầu dân sinh được xây dựng",
  "Số hộ sử dụng nước sạch",
  "Số hộ dùng năng lượng mặt trời",
];
let PREFIX_BY_SECTION = {};
const EXTRA_UNITS = [
  "ha",
  "hộ",
  "con",
  "người",
  "lượt",
  "cơ sở",
  "km",
  "triệu đồng",
  "tấn",
  "buổi",
  "công trình",
  "thôn",
];

/**
 * The k-th indicator a province adds to a section beyond the default catalog: a code in the
 * catalog's scheme (section prefix + number from 51) and a name distinct within the batch.
 */
function extraIndicator(section, si, k) {
  const prefix =
    Object.keys(PREFIX_BY_SECTION).find((p) => PREFIX_BY_SECTION[p] === section.id) ?? "XX";
  const base = EXTRA_NAMES[(si * 7 + k) % EXTRA_NAMES.length];
  return {
    code: `${prefix}${51 + k}`,
    // Numbered so names stay distinct (the same base name recurs across sections).
    name: `${base} (mục ${prefix}.${k + 1})`,
    unit: EXTRA_UNITS[(si + k) % EXTRA_UNITS.length],
    section: section.id,
  };
}

/** The extra indicators of a batch, as the province's own catalog (Danh mục chỉ tiêu) lists them. */
function extraCatalog(catalog, targetRows) {
  const sections = [...catalog.sections].sort((a, b) => a.order - b.order);
  const extraCount = Math.max(0, targetRows - catalog.indicators.length - sections.length);
  const per = Math.ceil(extraCount / sections.length);
  const indicators = [];
  let left = extraCount;
  sections.forEach((section, si) => {
    for (let k = 0; k < per && left > 0; k++, left--) {
      const e = extraIndicator(section, si, k);
      indicators.push({
        ...e,
        synonyms: [],
        parent: null,
        componentRule: "notExceed",
        aggregation: "sum",
        isShare: false,
        nonNegative: true,
      });
    }
  });
  return { sections, indicators };
}

/**
 * The rows of one unit's sheet. Values are derived from a unit-specific scale so the totals
 * look like a real batch (large communes, small ones) and components stay under their totals.
 */
function sheetRows(catalog, rand, unitIndex, targetRows) {
  const sections = [...catalog.sections].sort((a, b) => a.order - b.order);
  const bySection = new Map(sections.map((s) => [s.id, []]));
  for (const ind of catalog.indicators) bySection.get(ind.section)?.push(ind);
  const extraCount = Math.max(0, targetRows - catalog.indicators.length - sections.length);
  const extraPerSection = Math.ceil(extraCount / sections.length);
  const scale = 0.5 + rand() * 1.5 + (unitIndex % 7) * 0.1;

  const rows = [];
  let extraLeft = extraCount;
  sections.forEach((section, si) => {
    rows.push({
      heading: true,
      stt: ROMAN[si] ?? String(si + 1),
      name: section.name.toUpperCase(),
    });
    const values = new Map();
    let n = 0;
    for (const ind of bySection.get(section.id) ?? []) {
      let cur;
      if (ind.isShare || ind.aggregation === "ratio") cur = 40 + rand() * 55;
      else if (ind.aggregation === "none") cur = 5 + rand() * 60;
      else if (ind.parent && values.has(ind.parent))
        cur = values.get(ind.parent) * (0.2 + rand() * 0.25);
      else cur = Math.round((50 + rand() * 2000) * scale);
      const decimals = ind.decimals ?? (ind.unit === "%" || ind.aggregation !== "sum" ? 1 : 0);
      cur = Number(cur.toFixed(decimals));
      values.set(ind.code, cur);
      const prev = Number((cur * (0.9 + rand() * 0.15)).toFixed(decimals));
      const plan =
        ind.aggregation === "sum" ? Number((cur * (1.6 + rand() * 0.6)).toFixed(decimals)) : null;
      rows.push({
        stt: ind.parent ? "-" : String(++n),
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        prev,
        plan,
        cur,
        decimals,
      });
    }
    for (let k = 0; k < extraPerSection && extraLeft > 0; k++, extraLeft--) {
      const extra = extraIndicator(section, si, k);
      // A few rows per sheet are indicators nobody catalogued (no code): "unknown-indicator".
      const unknown = k >= extraPerSection - 1 && si % 3 === 0;
      const cur = Math.round((10 + rand() * 500) * scale);
      rows.push({
        stt: String(++n),
        code: unknown ? null : extra.code,
        name: unknown ? `${extra.name} tự theo dõi` : extra.name,
        unit: extra.unit,
        prev: Math.round(cur * (0.85 + rand() * 0.2)),
        plan: Math.round(cur * 1.8),
        cur,
        decimals: 0,
      });
    }
  });
  return rows;
}

/** A figure as a department types it: mostly a number cell, sometimes text, rarely broken. */
function figure(v, decimals, rand) {
  if (v === null || v === undefined) return null;
  const r = rand();
  if (r < 0.004) return ["1.2.3", "12,5,0", "2.7150.000", "x"][Math.floor(rand() * 4)];
  if (r < 0.03) return vnText(v, decimals);
  return v;
}

async function writeUnitFile(file, catalog, seed, unitIndex, targetRows) {
  const rand = rng(seed * 100003 + unitIndex);
  const wb = new ExcelJS.Workbook();
  wb.creator = "tonghop-bench";
  const fixed = new Date(Date.UTC(2026, 5, 18));
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet("Biểu 01");
  const unitName = `UBND xã Số ${String(unitIndex + 1).padStart(3, "0")}`;
  const font = { name: "Times New Roman", size: 12 };
  ws.columns = [
    { width: 6 },
    { width: 10 },
    { width: 48 },
    { width: 10 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 18 },
  ];
  ws.getCell("A1").value = unitName.toUpperCase();
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A1:C1");
  ws.mergeCells("E1:H1");
  ws.mergeCells("E2:H2");
  ws.getCell("A4").value = "BIỂU TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2026";
  ws.mergeCells("A4:H4");
  const meta = [
    ["Đơn vị báo cáo:", unitName],
    ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
    ["Ngày lập:", "15/06/2026"],
    ["Người lập:", "Nguyễn Văn An"],
    ["Điện thoại:", "0912 345 678"],
  ];
  meta.forEach(([label, value], i) => {
    ws.getCell(6 + i, 2).value = label;
    ws.getCell(6 + i, 3).value = value;
  });
  const headerRow = 12;
  const titles = [
    "STT",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "ĐVT",
    "Thực hiện cùng kỳ năm 2025",
    "Kế hoạch năm 2026",
    "Thực hiện 6 tháng đầu năm 2026",
    "Ghi chú",
  ];
  const header = ws.getRow(headerRow);
  titles.forEach((t, i) => {
    const c = header.getCell(i + 1);
    c.value = t;
    c.font = { ...font, bold: true };
  });
  let r = headerRow + 1;
  for (const row of sheetRows(catalog, rand, unitIndex, targetRows)) {
    const x = ws.getRow(r++);
    x.getCell(1).value = row.stt;
    if (row.heading) {
      x.getCell(3).value = row.name;
      x.getCell(3).font = { ...font, bold: true };
      continue;
    }
    if (row.code) x.getCell(2).value = row.code;
    x.getCell(3).value = row.name;
    x.getCell(3).font = font;
    x.getCell(4).value = row.unit;
    const fmt = row.decimals > 0 ? "#,##0." + "0".repeat(row.decimals) : "#,##0";
    [row.prev, row.plan, row.cur].forEach((v, k) => {
      const cell = x.getCell(5 + k);
      cell.value = figure(v, row.decimals, rand);
      if (typeof cell.value === "number") cell.numFmt = fmt;
    });
  }
  await wb.xlsx.writeFile(file);
}

/** The province's catalog extension, passed as --catalog; kept beside (not in) the batch folder. */
const catalogFileFor = (dir) => `${dir}-DanhMuc.xlsx`;

async function writeCatalogFile(file, catalog, rows) {
  const grid = o_catalogToGridRows(extraCatalog(catalog, rows));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh mục chỉ tiêu");
  for (const r of grid) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}
let o_catalogToGridRows = (/** @type {any} */ _c) => [[]];

/**
 * Makes (or reuses) the batch folder for `units` files and returns its path and size.
 * @param {{ seed: number, units: number, rows?: number, catalog: any, prefixSection: Record<string, string>,
 *   catalogToGridRows: (c: any) => any[][], log?: (s: string) => void }} o
 */
async function ensureBatch(o) {
  const rows = o.rows ?? 300;
  PREFIX_BY_SECTION = o.prefixSection;
  o_catalogToGridRows = o.catalogToGridRows;
  const dir = path.join(ROOT, `v${GENERATOR_VERSION}-s${o.seed}-${o.units}x${rows}`);
  const done = path.join(dir, ".complete");
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const t0 = Date.now();
    // A larger batch with the same seed already holds files 0..units-1 cell for cell: copy them.
    const larger = fs.existsSync(ROOT)
      ? fs
          .readdirSync(ROOT)
          .map((d) => /^v(\d+)-s(\d+)-(\d+)x(\d+)$/.exec(d))
          .find(
            (m) =>
              m &&
              Number(m[1]) === GENERATOR_VERSION &&
              Number(m[2]) === o.seed &&
              Number(m[3]) > o.units &&
              Number(m[4]) === rows &&
              fs.existsSync(path.join(ROOT, m[0], ".complete")),
          )
      : undefined;
    for (let i = 0; i < o.units; i++) {
      const name = `DonVi_${String(i + 1).padStart(4, "0")}.xlsx`;
      const target = path.join(dir, name);
      if (larger) fs.copyFileSync(path.join(ROOT, larger[0], name), target);
      else await writeUnitFile(target, o.catalog, o.seed, i, rows);
    }
    await writeCatalogFile(catalogFileFor(dir), o.catalog, rows);
    fs.writeFileSync(done, "");
    o.log?.(`  generated ${o.units} files in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${dir}`);
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  return { dir, files, bytes, rowsPerFile: rows, catalogFile: catalogFileFor(dir) };
}

module.exports = { ensureBatch, rng, vnText, ROOT };
