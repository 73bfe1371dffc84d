/**
 * Summary → the drafted report. Layout per Nghị định 30/2020/NĐ-CP; wording per indicator from
 * templates (sentences.ts); every figure from the summary. Parts only the planner can write
 * (causes, the plan for the next period) are left as visible placeholders, never invented.
 */
import type { Summary, SummaryRow } from "../consolidate/types";
import type { Issue, ReportSettings } from "../types";
import { boundaryNoteText } from "./boundaryNote";
import { submissionNoteText } from "./submissionNote";
import { figure, shownUnit, valueFigure } from "./figures";
import {
  BLANK,
  REPORT_TITLE,
  nextPeriodLabel,
  recipientLines,
  reportHeader,
  reportSubject,
} from "./header";
import { indicatorSentence, planClause, yoyClause, type SentenceContext } from "./sentences";
import { summaryTable } from "./summaryTable";
import { mergeText } from "./template";
import type { Block, Report, Run } from "./types";
import { lowerFirst, periodInSentence } from "./words";

export const PLACEHOLDER_TEXT = "(Đơn vị bổ sung nội dung.)";

function text(t: string): Run {
  return { kind: "text", text: t };
}

function paragraph(runs: Run[], keys: string[]): Block {
  return { kind: "paragraph", runs: mergeText(runs), keys };
}

function placeholder(t: string): Block {
  return {
    kind: "paragraph",
    runs: [{ kind: "text", text: t, italic: true }],
    keys: [],
    placeholder: true,
  };
}

/** Components listed under their total, in summary order. */
function childrenOf(rows: SummaryRow[]): Map<string, SummaryRow[]> {
  const keys = new Set(rows.map((r) => r.key));
  const children = new Map<string, SummaryRow[]>();
  for (const r of rows) {
    if (r.isComponent && r.parentKey && keys.has(r.parentKey)) {
      const list = children.get(r.parentKey) ?? [];
      list.push(r);
      children.set(r.parentKey, list);
    }
  }
  return children;
}

function isTop(row: SummaryRow, keys: Set<string>): boolean {
  return !(row.isComponent && row.parentKey && keys.has(row.parentKey));
}

/** Every key a sentence speaks of: the row and its components, recursively. */
function keysOf(row: SummaryRow, children: Map<string, SummaryRow[]>): string[] {
  return [row.key, ...(children.get(row.key) ?? []).flatMap((k) => keysOf(k, children))];
}

function sectionBlocks(summary: Summary, ctx: SentenceContext): Block[] {
  const blocks: Block[] = [];
  const keys = new Set(summary.rows.map((r) => r.key));
  const children = childrenOf(summary.rows);
  let n = 0;
  for (const section of summary.sections) {
    const tops = summary.rows.filter((r) => r.section === section.id && isTop(r, keys));
    if (tops.length === 0) continue;
    n++;
    blocks.push({ kind: "heading", level: 2, number: `${n}.`, text: section.name });
    const runs: Run[] = [];
    const spoken: string[] = [];
    tops.forEach((row, i) => {
      if (i > 0) runs.push(text(". "));
      runs.push(...indicatorSentence(row, children, ctx));
      spoken.push(...keysOf(row, children));
    });
    runs.push(text("."));
    blocks.push(paragraph(runs, spoken));
  }
  return blocks;
}

/** "Tồn tại, hạn chế": what the figures themselves show, listed; causes are the planner's. */
function shortcomingBlocks(summary: Summary, settings: ReportSettings): Block[] {
  const blocks: Block[] = [];
  const missed: Run[] = [];
  const missedKeys: string[] = [];
  for (const row of summary.rows) {
    if (row.notConsolidable || row.current === null) continue;
    row.plans.forEach((plan, i) => {
      if (plan.judgement !== "Không đạt") return;
      const shown = shownUnit(row);
      const clause = planClause(row, plan, i, shown);
      if (!clause) return;
      if (missed.length > 0) missed.push(text("; "));
      const unit = shown.unit === "%" ? "%" : shown.unit ? ` ${shown.unit}` : "";
      missed.push(
        text(`${lowerFirst(row.name)} `),
        valueFigure(row, shown, "current", row.current!),
        text(`${unit}, `),
        ...clause,
      );
      missedKeys.push(row.key);
    });
  }
  if (missed.length > 0)
    blocks.push(
      paragraph([text("Một số chỉ tiêu chưa đạt kế hoạch: "), ...missed, text(".")], missedKeys),
    );

  const threshold = settings.yoyThreshold;
  const fell: Run[] = [];
  const fellKeys: string[] = [];
  for (const row of summary.rows) {
    if (row.notConsolidable || !row.yoy || !(threshold > 0) || row.yoy.pct > -threshold) continue;
    const clause = yoyClause(row, shownUnit(row));
    if (!clause) continue;
    if (fell.length > 0) fell.push(text("; "));
    fell.push(text(`${lowerFirst(row.name)} `), ...clause);
    fellKeys.push(row.key);
  }
  if (fell.length > 0)
    blocks.push(
      paragraph([text("Một số chỉ tiêu giảm mạnh so với cùng kỳ: "), ...fell, text(".")], fellKeys),
    );
  blocks.push(
    placeholder(
      blocks.length > 0
        ? "(Đơn vị bổ sung nguyên nhân và các tồn tại, hạn chế khác.)"
        : PLACEHOLDER_TEXT,
    ),
  );
  return blocks;
}

function draftNotes(summary: Summary, issues: Issue[]): string[] {
  const notes: string[] = [];
  const errors = issues.filter((i) => i.severity === "error").length;
  if (errors > 0) {
    notes.push(
      `Lưu ý khi hoàn thiện (không đưa vào văn bản): còn ${errors} lỗi trong số liệu các đơn vị gửi (xem trang “Kiểm tra”); các số bị lỗi không được tính vào báo cáo.`,
    );
  }
  const incomplete = summary.rows.filter((r) => r.incomplete.length > 0 || r.notConsolidable);
  if (incomplete.length > 0) {
    notes.push(
      `Lưu ý khi hoàn thiện (không đưa vào văn bản): số liệu chưa đầy đủ hoặc không tổng hợp được ở các chỉ tiêu ${incomplete.map((r) => r.name).join("; ")}.`,
    );
  }
  // Plans apart or given by some units only leave a sentence without its plan clause; the
  // figures it states are whole, so the text itself says nothing of it.
  const unplanned = summary.rows.filter((r) => r.planNotes.length > 0);
  if (unplanned.length > 0) {
    notes.push(
      `Lưu ý khi hoàn thiện (không đưa vào văn bản): chưa so sánh đủ với kế hoạch ở các chỉ tiêu ${unplanned.map((r) => r.name).join("; ")} (lý do ở cột Ghi chú của trang “Tổng hợp”).`,
    );
  }
  return notes;
}

export function draftReport(summary: Summary, issues: Issue[], settings: ReportSettings): Report {
  const ctx: SentenceContext = {
    rowsByKey: new Map(summary.rows.map((r) => [r.key, r])),
    reported: new Set(),
    issues: [],
  };
  const header = reportHeader(settings, summary.period);
  const subject = reportSubject(settings, summary.period);
  const periodText = summary.period ? ` ${periodInSentence(summary.period.label)}` : "";
  const body: Block[] = [];
  // Units on the planner's list that sent nothing are named before the figures they are
  // missing from: a note run, since its counts are the list's, not the summary's figures.
  const missing = submissionNoteText(summary);
  body.push(
    paragraph(
      [
        ...(missing ? [{ kind: "text", text: missing + " ", note: true } satisfies Run] : []),
        text("Căn cứ báo cáo của "),
        figure({ key: "", field: "units", value: summary.reportingUnits.length, decimals: 0 }),
        text(
          ` đơn vị, tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội${periodText} như sau:`,
        ),
      ],
      [],
    ),
  );
  const boundaryNote = boundaryNoteText(summary);
  if (boundaryNote) body.push(paragraph([text(boundaryNote)], []));
  body.push({
    kind: "heading",
    level: 1,
    number: "I.",
    text: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI",
  });
  const sections = sectionBlocks(summary, ctx);
  body.push(
    ...(sections.length > 0
      ? sections
      : [placeholder("(Chưa có số liệu chỉ tiêu nào được tổng hợp.)")]),
  );
  body.push({ kind: "heading", level: 1, number: "II.", text: "TỒN TẠI, HẠN CHẾ" });
  body.push(...shortcomingBlocks(summary, settings));
  const next = nextPeriodLabel(summary.period);
  body.push({
    kind: "heading",
    level: 1,
    number: "III.",
    text: `PHƯƠNG HƯỚNG, NHIỆM VỤ${next ? " " + next.toLocaleUpperCase("vi") : " THỜI GIAN TỚI"}`,
  });
  body.push(placeholder(PLACEHOLDER_TEXT));
  body.push(paragraph([text(`Trên đây là báo cáo ${lowerFirst(subject)}./.`)], []));

  const abbreviation = settings.bodyAbbreviation.trim() || "UBND";
  const caption = `(Kèm theo Báo cáo số ${BLANK}/BC-${abbreviation} ngày ${BLANK} tháng ${BLANK} năm ${BLANK})`;
  return {
    header,
    title: REPORT_TITLE,
    subject,
    body,
    recipients: recipientLines(settings),
    signature: {
      titles: settings.signerTitles.map((t) => t.trim()).filter(Boolean),
      name: settings.signerName.trim(),
    },
    table: summaryTable(summary, caption),
    draftNotes: draftNotes(summary, issues),
    issues: ctx.issues,
  };
}
