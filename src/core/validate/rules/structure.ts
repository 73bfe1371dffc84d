/**
 * Structure: is this a usable indicator sheet at all — who sent it, for which period, with the
 * columns a total needs, and without the same figures twice.
 */
import { a1 } from "../../a1";
import { columnTitlePeriod } from "../../parse/header";
import { matchKey } from "../../text/normalize";
import type { ColumnRole } from "../../types";
import { q, withUnit } from "../rule";
import type { BatchRule, Finding, ResolvedRow, ResolvedSheet, SheetRule } from "../types";
import { byPreference, madeOn } from "../copies";
import { viDate } from "../../units/issues";

export const sheetSkipped: BatchRule = {
  id: "sheet-skipped",
  severity: "info",
  scope: "batch",
  description:
    "Trang tính không phải biểu chỉ tiêu (không có dòng tiêu đề nhận ra được) được bỏ qua.",
  check(_sheets, ctx) {
    return ctx.skipped.map((s) => ({
      sheet: { file: s.file, sheetName: s.sheet },
      cell: null,
      message: `Trang ${q(s.sheet)} được bỏ qua, không đưa vào tổng hợp. ${s.reason}`,
    }));
  },
};

/** Where to point when a metadata value is missing: its (empty) value cell, else the top-left. */
function metaCell(field: { cell: string } | null): string {
  return field ? field.cell : "A1";
}

export const missingReportingUnit: SheetRule = {
  id: "missing-reporting-unit",
  severity: "error",
  scope: "sheet",
  description: "Biểu phải ghi “Đơn vị báo cáo” để biết số liệu của đơn vị nào.",
  check(s) {
    const unit = s.parsed.reportingUnit;
    if (unit && unit.value.trim() !== "") return [];
    return [
      {
        sheet: s,
        cell: metaCell(unit),
        message:
          "Biểu không ghi “Đơn vị báo cáo” (không có nhãn, không có tên cơ quan ở đầu biểu hay dòng “Kèm theo … của …”); " +
          "hãy ghi tên đơn vị (ví dụ “Phòng Kinh tế”, “UBND xã Hợp Hòa”) vào ô bên phải nhãn “Đơn vị báo cáo:”. " +
          `Đến khi sửa, số liệu của biểu được ghi theo tên trang ${q(s.sheetName)}.`,
      },
    ];
  },
};

export const missingPeriod: SheetRule = {
  id: "missing-period",
  severity: "error",
  scope: "sheet",
  description: "Biểu phải ghi “Kỳ báo cáo” để biết số liệu thuộc kỳ nào.",
  check(s) {
    const text = s.parsed.periodText;
    if (text && text.value.trim() !== "") return [];
    return [
      {
        sheet: s,
        cell: metaCell(text),
        message:
          "Biểu không ghi “Kỳ báo cáo”; hãy ghi kỳ (ví dụ “6 tháng đầu năm 2026”) vào ô bên phải nhãn “Kỳ báo cáo:”.",
      },
    ];
  },
};

export const unreadablePeriod: SheetRule = {
  id: "unreadable-period",
  severity: "error",
  scope: "sheet",
  description:
    "Kỳ báo cáo phải viết theo một dạng đọc được (Tháng 5/2026, Quý I/2026, 6 tháng đầu năm 2026…).",
  check(s) {
    const text = s.parsed.periodText;
    if (!text || text.value.trim() === "" || s.parsed.period) return [];
    return [
      {
        sheet: s,
        cell: text.cell,
        message:
          `Không đọc được kỳ báo cáo ${q(text.value)}; hãy ghi theo một trong các dạng “Tháng 5/2026”, ` +
          "“Quý I/2026”, “6 tháng đầu năm 2026”, “9 tháng năm 2026”, “Năm 2026”.",
      },
    ];
  },
};

export const periodMismatch: BatchRule = {
  id: "period-mismatch",
  severity: "error",
  scope: "batch",
  description: "Mọi biểu trong một lần tổng hợp phải cùng kỳ báo cáo.",
  check(sheets, ctx) {
    const dated = sheets.filter((s) => s.parsed.period !== null);
    const findings: Finding[] = [];
    const at = (s: ResolvedSheet) => (s.parsed.periodText ? s.parsed.periodText.cell : "A1");
    const expected = ctx.options.expectedPeriod;
    if (expected) {
      for (const s of dated) {
        const p = s.parsed.period!;
        if (p.key === expected.key) continue;
        findings.push({
          sheet: s,
          cell: at(s),
          message: `Kỳ báo cáo ${q(p.label)} khác kỳ đang tổng hợp ${q(expected.label)}; số liệu của biểu này không cùng kỳ.`,
        });
      }
      return findings;
    }
    const counts = new Map<string, { label: string; n: number }>();
    for (const s of dated) {
      const p = s.parsed.period!;
      const c = counts.get(p.key) ?? { label: p.label, n: 0 };
      c.n++;
      counts.set(p.key, c);
    }
    if (counts.size < 2) return [];
    const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    const top = ranked[0];
    const tie = ranked[1][1].n === top[1].n;
    for (const s of dated) {
      const p = s.parsed.period!;
      if (!tie) {
        if (p.key === top[0]) continue;
        findings.push({
          sheet: s,
          cell: at(s),
          message:
            `Kỳ báo cáo ${q(p.label)} khác kỳ ${q(top[1].label)} của phần lớn các biểu ` +
            `(${top[1].n}/${dated.length} biểu); số liệu của biểu này không cùng kỳ.`,
        });
      } else {
        // No majority: which one is wrong cannot be told, so every sheet is flagged.
        const others = ranked.filter(([k]) => k !== p.key).map(([, v]) => q(v.label));
        findings.push({
          sheet: s,
          cell: at(s),
          message:
            `Kỳ báo cáo ${q(p.label)} khác kỳ ${others.join(", ")} của các biểu khác; ` +
            "các biểu trong một lần tổng hợp phải cùng kỳ.",
        });
      }
    }
    return findings;
  },
};

const REQUIRED_COLUMNS: Array<[ColumnRole, string]> = [
  ["name", "“Chỉ tiêu” (tên chỉ tiêu)"],
  ["unit", "“ĐVT” (đơn vị tính)"],
  ["current", "“Thực hiện kỳ báo cáo”"],
];

export const currentColumnPeriod: SheetRule = {
  id: "current-column-period",
  severity: "warning",
  scope: "sheet",
  description:
    "Tiêu đề cột thực hiện ghi một kỳ khác kỳ báo cáo của biểu (ví dụ “Quý II/2026” trong biểu 6 tháng).",
  check(s) {
    const period = s.parsed.period;
    // A period read from this very column's title cannot disagree with it.
    if (!period || s.parsed.periodFrom === "column-title") return [];
    // Several such columns, none of the report period: several-current-columns says so.
    if (s.parsed.currentColumns && s.parsed.currentColumns.byPeriod !== "one") return [];
    const current = s.parsed.columns.find((c) => c.role === "current");
    if (!current) return [];
    const named = columnTitlePeriod(current.title, period.year);
    if (!named || named.key === period.key) return [];
    const headerRow = s.parsed.headerRows[s.parsed.headerRows.length - 1] ?? 1;
    return [
      {
        sheet: s,
        cell: a1(headerRow - 1, current.col),
        message:
          `Cột số liệu kỳ này ${q(current.title)} ghi kỳ ${q(named.label)}, khác kỳ báo cáo ` +
          `${q(period.label)} của biểu; số liệu đã được đọc như của ${q(period.label)}. ` +
          "Hãy kiểm tra lại kỳ báo cáo hoặc tiêu đề cột.",
      },
    ];
  },
};

export const missingColumn: SheetRule = {
  id: "missing-column",
  severity: "error",
  scope: "sheet",
  description: "Dòng tiêu đề phải có các cột Chỉ tiêu, ĐVT và Thực hiện kỳ báo cáo.",
  check(s) {
    const headerRow = s.parsed.headerRows.length > 0 ? s.parsed.headerRows[0] : 1;
    const cell = a1(headerRow - 1, 0);
    return REQUIRED_COLUMNS.filter(([role]) => !s.parsed.columns.some((c) => c.role === role)).map(
      ([, title]) => ({
        sheet: s,
        cell,
        message: `Dòng tiêu đề (dòng ${headerRow}) không có cột ${title}; hãy thêm cột này theo mẫu biểu.`,
      }),
    );
  },
};

export const severalCurrentColumns: SheetRule = {
  id: "several-current-columns",
  severity: "warning",
  scope: "sheet",
  description:
    "Biểu có nhiều cột số liệu kỳ này (tháng, ước tháng, lũy kế): đọc cột ghi đúng kỳ báo cáo.",
  check(s) {
    const cc = s.parsed.currentColumns;
    if (!cc) return [];
    const list = cc.columns.map((c) => `${q(c.title)} ô ${c.cell}`).join(", ");
    const period = s.parsed.period;
    const intro = `Biểu có ${cc.columns.length} cột số liệu kỳ này (${list}); `;
    if (cc.byPeriod === "one" && period) {
      return [
        {
          sheet: s,
          cell: cc.chosen.cell,
          severity: "info",
          message:
            intro + `đã đọc cột ${q(cc.chosen.title)} vì ghi đúng kỳ báo cáo ${q(period.label)}.`,
        },
      ];
    }
    const why =
      cc.byPeriod === "several" && period
        ? `nhiều cột cùng ghi kỳ báo cáo ${q(period.label)}, `
        : period && s.parsed.periodFrom !== "column-title"
          ? `không cột nào ghi đúng kỳ báo cáo ${q(period.label)}, `
          : "biểu không ghi kỳ báo cáo ở trên bảng, ";
    return [
      {
        sheet: s,
        cell: cc.chosen.cell,
        message:
          intro +
          why +
          `đã đọc cột đầu tiên ${q(cc.chosen.title)}. Hãy kiểm tra, hoặc ghi rõ kỳ ở tiêu đề cột.`,
      },
    ];
  },
};

export const totalLineSetAside: SheetRule = {
  id: "total-line-set-aside",
  severity: "info",
  scope: "sheet",
  description:
    "Dòng “Tổng cộng” của biểu không phải một chỉ tiêu: không đưa vào tổng hợp (TongHop tự cộng từng chỉ tiêu).",
  check(s) {
    return (s.parsed.totalLines ?? []).map((t) => ({
      sheet: s,
      cell: t.cell,
      // With a ĐVT it may be a real indicator ("Tổng cộng | ha", the commune's whole sown
      // area) that only the planner can name: worth a warning.
      severity: t.unit ? "warning" : undefined,
      message:
        `Dòng ${t.row} (${q(t.name)}) là dòng cộng của biểu, không phải một chỉ tiêu; ` +
        "không đưa vào tổng hợp (TongHop tự cộng từng chỉ tiêu của các đơn vị)." +
        (t.unit
          ? ` Nếu đây là một chỉ tiêu (tính bằng ${t.unit}), hãy ghi tên hoặc mã của chỉ tiêu đó thay cho ${q(t.name)}.`
          : ""),
    }));
  },
};

export const duplicateIndicator: SheetRule = {
  id: "duplicate-indicator",
  severity: "error",
  scope: "sheet",
  description: "Một chỉ tiêu chỉ được ghi một lần trong một biểu.",
  check(s) {
    const seen = new Map<string, (typeof s.rows)[number]>();
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (r.key === "?") continue; // no name: nothing to compare by
      // Unknown names may repeat under different totals ("trong đó: nữ" under two totals).
      const id = r.indicator ? r.key : r.key + "\u0000" + (r.parentKey ?? "");
      const first = seen.get(id);
      if (!first) {
        seen.set(id, r);
        continue;
      }
      const name = r.indicator ? r.indicator.name : r.row.name;
      findings.push({
        sheet: s,
        cell: r.row.nameCell,
        message:
          `Chỉ tiêu ${q(name)} đã có ở dòng ${first.row.row} (ô ${first.row.nameCell}); ` +
          "hãy bỏ một trong hai dòng để số liệu không bị tính hai lần.",
      });
    }
    return findings;
  },
};

export const duplicateUnit: BatchRule = {
  id: "duplicate-unit",
  severity: "error",
  scope: "batch",
  description: "Một đơn vị chỉ gửi một biểu cho mỗi kỳ; hai biểu trùng sẽ bị cộng hai lần.",
  check(sheets) {
    const groups = new Map<string, ResolvedSheet[]>();
    for (const s of sheets) {
      const unit = s.parsed.reportingUnit;
      if (!unit || unit.value.trim() === "" || !s.parsed.period) continue;
      const id = matchKey(unit.value) + "\u0000" + s.parsed.period.key;
      const g = groups.get(id) ?? [];
      g.push(s);
      groups.set(id, g);
    }
    // A unit may split its indicators over several sheets (one per field): only the same
    // indicator reported twice for one period is a duplicate. The newest sheet (Ngày lập),
    // else the first in file and sheet order, is the one consolidation counts (copies.ts).
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const seen = new Map<string, { sheet: ResolvedSheet; row: ResolvedRow }>();
      for (const s of byPreference(group)) {
        const repeated: { row: ResolvedRow; first: { sheet: ResolvedSheet; row: ResolvedRow } }[] =
          [];
        const own = new Set<string>();
        for (const r of s.rows) {
          if (own.has(r.key)) continue;
          own.add(r.key);
          const first = seen.get(r.key);
          if (first) repeated.push({ row: r, first });
          else seen.set(r.key, { sheet: s, row: r });
        }
        if (repeated.length === 0) continue;
        const head = repeated[0];
        const counted = head.first.sheet;
        const more = repeated.length > 1 ? ` và ${repeated.length - 1} chỉ tiêu khác` : "";
        const newer = madeOn(counted) !== "" && madeOn(counted) > madeOn(s);
        const differing = repeated.filter((x) => x.row.current !== x.first.row.current);
        const example = differing[0];
        const unitOf = (r: ResolvedRow) => r.indicator?.unit ?? r.row.unit;
        const shown = (v: number | null, r: ResolvedRow) =>
          v === null ? "trống" : withUnit(v, unitOf(r));
        findings.push({
          sheet: s,
          cell: head.row.row.nameCell,
          message:
            `Đơn vị ${q(s.parsed.reportingUnit!.value)} đã báo cáo ${q(head.row.row.name)}${more} ` +
            `cho kỳ ${q(s.parsed.period!.label)} ở tệp ${q(counted.file)}, trang ${q(counted.sheetName)}` +
            (newer
              ? ` (lập ngày ${viDate(madeOn(counted))}, mới hơn biểu này)`
              : madeOn(counted) === madeOn(s)
                ? " (cùng ngày lập, biểu đó đứng trước theo tên tệp)"
                : "") +
            "; số ở biểu này không được cộng thêm lần nữa." +
            (example
              ? ` Hai biểu ghi khác nhau ở ${differing.length} chỉ tiêu, ví dụ ${q(example.row.row.name)}: ` +
                `${shown(example.row.current, example.row)} ở biểu này, ` +
                `${shown(example.first.row.current, example.first.row)} ở biểu được tính.`
              : " Số liệu hai biểu giống nhau.") +
            " Hãy chỉ giữ một biểu cho mỗi chỉ tiêu.",
        });
      }
    }
    return findings;
  },
};

export const STRUCTURE_RULES = [
  sheetSkipped,
  missingReportingUnit,
  missingPeriod,
  unreadablePeriod,
  periodMismatch,
  missingColumn,
  currentColumnPeriod,
  severalCurrentColumns,
  totalLineSetAside,
  duplicateIndicator,
  duplicateUnit,
];
