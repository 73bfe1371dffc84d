/**
 * One list of issue kinds (src/core/issues) beside the rule registries (validation's, the draft
 * checker's): every issue id the sources write must be in one of them, once; every issue that
 * is not a rule's is made by the list (issueOf), so its severity and wording are the list's.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { FACT_RULES } from "../src/core/factcheck/registry";
import {
  ISSUE_KINDS,
  fileIssueOf,
  findIssueKind,
  issueOf,
  type FactsOf,
  type IssueKindId,
} from "../src/core/issues";
import { ALL_RULES } from "../src/core/validate/registry";

const SRC = path.resolve(__dirname, "../src");
const inDir = (file: string, ...dirs: string[]) =>
  file.includes(`${path.sep}${dirs.join(path.sep)}${path.sep}`);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The registries themselves: where ids are declared, not used. */
const isRegistry = (file: string) =>
  inDir(file, "core", "issues") || inDir(file, "validate", "rules");

/**
 * Issue ids as the sources write them: `rule: "…"`, and the literals of the families every
 * non-rule kind belongs to (passed to issueOf, fileIssueOf, bad() …).
 */
function idsWritten(): Map<string, string> {
  const found = new Map<string, string>();
  const family =
    /"((?:file|catalog|sheet|previous|boundary|share|submission|form|template|tonghop|ratio|non)-[a-z0-9-]+)"/g;
  // Not issue ids: a worker message tag, a Web Worker's name, a kind of grid, a form's id.
  const notIds = new Set([
    "tonghop-read-worker",
    "tonghop-batch",
    "tonghop-output",
    "tonghop-bieu-chi-tieu",
  ]);
  for (const file of sources(SRC)) {
    if (isRegistry(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\brule: "([^"]+)"/g)) found.set(m[1], file);
    for (const m of text.matchAll(family)) if (!notIds.has(m[1])) found.set(m[1], file);
  }
  return found;
}

/**
 * Where an issue may be put together by hand: the list of kinds, validation (a rule's finding
 * becomes an issue at the rule's severity, validateBatch.ts; the rules declare theirs) and the
 * draft checker (findings, with a registry of their own).
 */
const mayBuildIssues = (file: string) =>
  inDir(file, "core", "issues") ||
  inDir(file, "core", "validate") ||
  inDir(file, "core", "factcheck");

/** Object literals that look like an Issue made by hand, as `file:line: text`. */
function handMadeIssues(): string[] {
  const found: string[] = [];
  const lineOf = (text: string, at: number) => text.slice(0, at).split("\n").length;
  for (const file of sources(SRC)) {
    if (mayBuildIssues(file)) continue;
    const text = readFileSync(file, "utf8");
    const where = (at: number, what: string) =>
      `${path.relative(SRC, file)}:${lineOf(text, at)}: ${what.replace(/\s+/g, " ").slice(0, 80)}`;
    // A severity or a rule id written as a value: `severity: "warning"`, `rule: "…"`.
    for (const m of text.matchAll(/\b(?:severity:\s*"(?:error|warning|info)"|rule:\s*["'`])/g))
      found.push(where(m.index, m[0]));
    // An object literal (no nested braces, no `;` as a type has) with an issue's keys, however
    // their values are written (`rule,`, `severity: s`, `rule: cond ? "a" : "b"`). A filter of
    // issues (`{ severity: null, rule: null }`) has no message.
    for (const m of text.matchAll(/\{[^{};]*\}/g)) {
      const keys = new Set(
        [...m[0].matchAll(/(?<=^\{|,)\s*(severity|rule|message)\s*(?=[:,}])/g)].map((k) => k[1]),
      );
      if (keys.size === 3) found.push(where(m.index, m[0]));
    }
  }
  return found;
}

/** One case of every kind (of every wording of it): the compiler holds the list complete. */
const SAMPLES: { [K in IssueKindId]: Array<FactsOf<K>> } = {
  "file-empty": [{ file: "Thon Dong.xlsx" }],
  "file-too-large": [{ file: "Thon Dong.xlsx", size: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 }],
  "file-zip-bomb": [{ file: "bom.xlsx", declared: 2e9, limit: 500 * 1024 * 1024 }],
  "file-not-xlsx": (
    ["not-zip", "other-compound", "xlsb", "docx", "pptx", "ods", "other"] as const
  ).map((found) => ({ file: "bieu.xlsx", found })),
  "file-xls-legacy": [{ file: "cu.xls" }],
  "file-xls-in-folder": [{ file: "bieu/cu.xls" }],
  "file-password-protected": [{ file: "mat-khau.xlsx" }],
  "file-corrupt": [{ file: "hong.xlsx" }],
  "file-no-sheets": [{ file: "bieu-do.xlsx" }],
  "file-not-found": [{ file: "khong-co.xlsx" }],
  "file-unreadable": [{ file: "khoa.xlsx", why: "không có quyền đọc" }],
  "sheet-too-large": [
    { file: "lon.xlsx", sheet: "Biểu 01", over: "rows", rows: 150_000, limit: 100_000 },
    { file: "lon.xlsx", sheet: "Biểu 01", over: "cells", limit: 2_000_000 },
  ],
  "sheet-hidden": [{ file: "an.xlsx", sheet: "Năm trước" }],
  "sheet-missing": [{ sheet: "Biểu 01" }],
  "tonghop-output-skipped": [{ file: "TongHop_6thang_2026.xlsx" }],
  "catalog-no-sheet": [{ file: "danh-muc.xlsx" }],
  "catalog-no-header": [{}],
  "catalog-missing-code": [
    { line: 7, name: "Diện tích lúa" },
    { line: 7, name: "" },
  ],
  "catalog-missing-name": [
    { code: "NN01", line: 7 },
    { code: "", line: 7 },
  ],
  "catalog-missing-unit": [{ code: "NN01" }],
  "catalog-missing-section": [{ code: "NN01" }],
  "catalog-duplicate-code": [{ code: "NN01", firstCell: "A5" }],
  "catalog-unknown-aggregation": [{ written: "Trung bình" }],
  "catalog-unknown-parent": [
    { why: "itself", code: "NN01" },
    { why: "unknown", code: "NN02", parent: "NN09" },
    { why: "other-section", code: "NN02", parent: "GD01" },
    { why: "cycle", code: "NN02", parent: "NN03" },
  ],
  "catalog-bad-ratio": [
    { why: "unreadable", written: "GD02 chia GD01" },
    { why: "same-parts", written: "GD01/GD01" },
    { why: "no-parts", code: "GD03" },
    { why: "unknown-part", code: "GD03", part: "GD09" },
  ],
  "catalog-bad-number": [
    { column: "Số thập phân", expected: "một số nguyên từ 0 đến 6", written: "hai" },
  ],
  "catalog-bad-value": [{ column: "Không được âm", written: "Đúng" }],
  "previous-unreadable": [{ file: "nam-truoc.xlsx" }],
  "previous-empty": [{ file: "nam-truoc.xlsx", sheet: "Tổng hợp" }],
  "previous-period-mismatch": [
    {
      file: "nam-truoc.xlsx",
      period: "9 tháng năm 2025",
      current: "6 tháng đầu năm 2026",
      sameLastYear: "6 tháng đầu năm 2025",
    },
  ],
  "previous-mismatch": [
    {
      indicator: "Diện tích lúa",
      measureUnit: "ha",
      fromUnits: 1808,
      unitCells: "tệp Thôn Đông.xlsx, ô E9",
      fromWorkbook: 1810,
      workbookCell: "tệp nam-truoc.xlsx, ô D8",
    },
  ],
  "previous-workbook-extra": [{ used: "a.xlsx", extra: "b.xlsx" }],
  "previous-workbook-unused": [{ file: "nam-truoc.xlsx" }],
  "previous-unit-unknown": [{ sheet: "Biểu 01" }],
  "previous-unit-ambiguous": [
    {
      written: "Xã Tân Lập",
      province: "Tỉnh Phú Thọ",
      candidates: [
        { name: "Xã Tân Lập", code: "07921", into: ["Xã Tân Sơn"] },
        { name: "Xã Tân Lập", code: "08113", into: ["Xã Hạ Hòa", "Xã Yên Kỳ"] },
      ],
    },
  ],
  "previous-unit-code-unknown": [
    { code: "99999", province: "Tỉnh Phú Thọ" },
    { code: "99", province: null },
  ],
  "previous-unit-not-former": [{ written: "Phường Mới", province: "Tỉnh Phú Thọ" }],
  "previous-unit-code-name-differ": [
    { code: "08869", name: "Xã Hợp Hòa", written: "Xã Tam Dương" },
  ],
  "previous-unit-period": [
    { unit: "Xã Hợp Hòa", period: "9 tháng năm 2025", expected: "6 tháng đầu năm 2025" },
  ],
  "previous-unit-duplicate": [{ unit: "Xã Hợp Hòa", firstFile: "a.xlsx", firstSheet: "Biểu 01" }],
  "submission-code-needed": [{ unit: "Xã Hòa Bình", codes: ["06103", "06364"] }],
  "boundary-previous-differs": [
    {
      unit: "UBND xã Thất Khê",
      indicator: "Đàn bò",
      measureUnit: "con",
      written: 2738,
      converted: 2238,
    },
  ],
  "previous-unit-value-excluded": [
    {
      unit: "Xã Tú Xuyên",
      indicator: "Đàn lợn",
      written: "3.41.5",
      reason: "không phải là một số hợp lệ",
    },
  ],
  "boundary-province-unknown": [{ reason: "các đơn vị thuộc nhiều tỉnh" }],
  "boundary-unit-ambiguous": [
    {
      name: "Xã Tân Lập",
      candidates: [
        { name: "Xã Tân Lập", code: "07921" },
        { name: "Xã Tân Lập", code: "08113" },
      ],
    },
  ],
  "boundary-no-target": [
    { level: 1, province: "", issuingBody: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" },
    { level: 2, province: "Tỉnh Phú Thọ", issuingBody: "ỦY BAN NHÂN DÂN XÃ TAM DƯƠNG" },
  ],
  "boundary-former-missing": [
    { unit: "Xã Tam Dương", formers: 3, missing: [{ name: "Xã Hợp Hòa", code: "08869" }] },
  ],
  "boundary-share-missing": [
    { unit: "Xã Tam Dương", unshared: [{ name: "Xã Hợp Hòa", code: "08869" }] },
  ],
  "share-table-unused": [{ sheet: "Bảng quy đổi" }],
  "share-table-total": [
    { former: "Xã Hợp Hòa", total: 120, everyPiece: false },
    { former: "Xã Hợp Hòa", total: 90, everyPiece: true },
    { former: "Xã Hợp Hòa", total: 1, everyPiece: true },
  ],
  "share-table-no-header": [{ sheet: "Bảng quy đổi" }],
  "share-table-former": [
    { written: "Xã Không Có", candidates: [] },
    {
      written: "Xã Tân Lập",
      candidates: [
        { name: "Xã Tân Lập", code: "07921" },
        { name: "Xã Tân Lập", code: "08113" },
      ],
    },
  ],
  "share-table-new": [{ written: "Xã Không Có", candidates: [] }],
  "share-table-not-merged": [{ former: { name: "Xã Hợp Hòa", code: "08869" }, into: "Xã Hạ Hòa" }],
  "share-table-share": [{ former: "Xã Hợp Hòa", into: "Xã Tam Dương", written: "abc" }],
  "share-table-full": [{ former: "Xã Hợp Hòa", into: "Xã Tam Dương", share: 80 }],
  "share-table-duplicate": [{ former: "Xã Hợp Hòa", into: "Xã Tam Dương" }],
  "submission-set-aside": [
    {
      sheet: "Biểu 01",
      unit: "Xã Tam Dương",
      used: { file: "TamDuong_lan2.xlsx", sheet: "Biểu 01" },
      usedDate: "12/07/2026",
    },
    {
      sheet: "Biểu 01",
      unit: "Xã Tam Dương",
      used: { file: "TamDuong_lan2.xlsx", sheet: "Biểu 01" },
      usedDate: null,
    },
  ],
  "submission-unlisted": [
    { sheet: "Biểu 01", unit: "Xã Đại Đồng", listFile: "DanhSach.xlsx" },
    { sheet: "Biểu 01", unit: null, listFile: "DanhSach.xlsx" },
  ],
  "form-unit-retyped": [{ sentTo: "Xã Tiền Phong", typed: "UBND xã Thịnh Minh" }],
  "form-period-changed": [{ sentFor: "Quý I/2026", typed: "6 tháng đầu năm 2026" }],
  "submission-unit-ambiguous": [
    {
      unitName: "Xã Hợp Hòa",
      candidates: [
        { name: "Xã Hợp Hòa", code: "08869" },
        { name: "Xã Hợp Hòa", code: null },
      ],
    },
  ],
  "non-additive-conflict": [
    {
      indicator: "Năng suất lúa",
      field: "Số thực hiện",
      values: [
        { reportingUnit: "Thôn Đông", place: "tệp Thôn Đông.xlsx, ô E9", value: 60.5 },
        { reportingUnit: "Thôn Tây", place: "tệp Thôn Tây.xlsx, ô E9", value: 58 },
      ],
    },
    {
      indicator: "Năng suất lúa",
      field: "Số thực hiện",
      values: Array.from({ length: 150 }, (_, i) => ({
        reportingUnit: `Xã Số ${i + 1}`,
        place: `tệp Xa_${i + 1}.xlsx, ô E9`,
        value: 40 + (i % 30),
      })),
    },
  ],
  "ratio-out-of-range": [
    {
      indicator: "Tỷ lệ hồ sơ giải quyết đúng hạn",
      numerator: { name: "Hồ sơ giải quyết", value: 120 },
      denominator: { name: "Hồ sơ tiếp nhận", value: 100 },
      rate: 120,
    },
  ],
  "template-unknown-placeholder": [
    { indicator: "Diện tích lúa", code: "NN01", allowed: ["ten", "so"], unknown: ["sai"] },
  ],
  "template-malformed": [
    { indicator: "Diện tích lúa", code: null, allowed: ["ten", "so"], problem: "dấu { chưa đóng" },
  ],
};

// Letters only Vietnamese has among the Latin scripts the messages could be confused with.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe("issue kinds", () => {
  it("lists every id once, none of them a validation rule's", () => {
    const ids = ISSUE_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rules = new Set(ALL_RULES.map((r) => r.id));
    expect(ids.filter((id) => rules.has(id))).toEqual([]);
  });

  it("holds every issue id written in src (add a new one to src/core/issues)", () => {
    // The draft checker's rules are listed in their own registry (src/core/factcheck).
    const listed = new Set([...ISSUE_KINDS, ...ALL_RULES, ...FACT_RULES].map((k) => k.id));
    const unlisted = [...idsWritten()]
      .filter(([id]) => !listed.has(id))
      .map(([id, file]) => `${id} (${path.relative(SRC, file)})`);
    expect(unlisted).toEqual([]);
  });

  it("lists no kind the sources never write", () => {
    const written = idsWritten();
    expect(ISSUE_KINDS.map((k) => k.id).filter((id) => !written.has(id))).toEqual([]);
  });

  it("is the only maker of issues outside validation: no severity or rule written by hand", () => {
    expect(handMadeIssues()).toEqual([]);
  });

  it("words every kind in Vietnamese, at its registered severity", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(ISSUE_KINDS.map((k) => k.id).sort());
    const place = { file: "Thôn Đông.xlsx", sheet: "Biểu 01", cell: "E9" };
    for (const kind of ISSUE_KINDS) {
      const samples = SAMPLES[kind.id] as never[];
      expect(samples.length).toBeGreaterThan(0);
      for (const facts of samples) {
        const issue = issueOf(kind.id, facts, place);
        const { message } = issue;
        expect({ ...issue, message: "" }).toEqual({
          ...place,
          severity: kind.severity,
          rule: kind.id,
          message: "",
        });
        expect(findIssueKind(kind.id)?.severity).toBe(issue.severity);
        expect(message.trim()).toBe(message);
        expect(message).toMatch(VIETNAMESE);
        // No fact left unfilled or printed as an object.
        expect(message).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
      }
    }
    // The message of a whole file names no sheet or cell.
    expect(fileIssueOf("file-empty", { file: "a.xlsx" })).toMatchObject({
      sheet: null,
      cell: null,
    });
  });
});

// Compiled, never run: the facts given must be the kind's.
export function factsAreChecked(): void {
  // @ts-expect-error a file's kind needs the file
  issueOf("file-empty", {}, { file: "a.xlsx" });
  // @ts-expect-error the size and the limit are missing
  issueOf("file-too-large", { file: "a.xlsx" }, { file: "a.xlsx" });
  // @ts-expect-error no such way of a ratio being bad
  issueOf("catalog-bad-ratio", { why: "bad", code: "X" }, { file: "a.xlsx" });
  // @ts-expect-error a sheet's kind has no file-only constructor
  fileIssueOf("sheet-missing", { sheet: "Biểu 01" });
}
