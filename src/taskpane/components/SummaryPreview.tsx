/**
 * A readable preview of the summary table, narrow first: at the pane's 320 px each indicator's
 * name has the full width and its figures sit on a line under it (ĐVT, Thực hiện, So cùng kỳ,
 * So KH); on a wide page each indicator is one line. It stays a table for screen readers
 * (explicit roles: the CSS grid layout must not cost the semantics). The first rows are shown,
 * and every row is one button press away; nothing scrolls sideways.
 */
import * as React from "react";
import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Summary, SummaryRow } from "../../core/consolidate/types";
import { formatViNumber, formatViPercent } from "../../core/text/vnNumber";
import {
  planRatio,
  summaryColumns,
  yoyRatio,
  type PlanColumn,
} from "../../core/output/summaryColumns";
import type { Messages } from "../i18n";

const FIRST_ROWS = 15;

const WIDE = "@media (min-width: 600px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { display: "block", width: "100%", borderCollapse: "collapse" },
  group: { display: "block" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(2.5em, auto) repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [WIDE]: { gridTemplateColumns: "minmax(0, 3fr) 4em repeat(3, minmax(0, 1fr))" },
  },
  cell: {
    display: "block",
    minWidth: 0,
    padding: 0,
    textAlign: "left",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  name: {
    gridColumn: "1 / -1",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    [WIDE]: { gridColumn: "auto" },
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", overflowWrap: "normal" },
  section: { backgroundColor: tokens.colorNeutralBackground3 },
  sectionCell: { gridColumn: "1 / -1" },
  component: { paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function yoyRatioText(row: SummaryRow): string {
  // "So cùng kỳ" as planners read it, the figure every summary table shows (summaryColumns).
  const ratio = yoyRatio(row);
  return ratio === null ? "" : formatViPercent(ratio, 1);
}

export function planRatioText(row: SummaryRow, plan: PlanColumn): string {
  const given = row.plans[plan.index];
  if (given === undefined) return "";
  const ratio = planRatio(row, plan);
  if (ratio !== null) return formatViPercent(ratio, 1);
  return given.judgement ?? "";
}

/**
 * The preview's columns, taken from the model every summary table is built from: name, ĐVT,
 * this period, so cùng kỳ and so với the first plan (a narrow pane has room for one).
 */
export type PreviewColumn =
  { kind: "name" | "unit" | "current" | "yoyRatio" } | { kind: "planRatio"; plan: PlanColumn };

export function previewColumns(summary: Summary): PreviewColumn[] {
  const columns = summaryColumns(summary, { code: false, minimumPlans: 1 });
  const out: PreviewColumn[] = [];
  let planShown = false;
  for (const c of columns) {
    if (c.kind === "name" || c.kind === "unit" || c.kind === "current" || c.kind === "yoyRatio")
      out.push({ kind: c.kind });
    else if (c.kind === "planRatio" && !planShown) {
      out.push({ kind: "planRatio", plan: c.plan });
      planShown = true;
    }
  }
  return out;
}

/** This period's figure, at most the indicator's decimals, trailing zeros dropped ("3.970", "24,5"). */
export function currentText(row: SummaryRow): string {
  if (row.current === null) return "";
  const text = formatViNumber(row.current, row.decimals ?? 2);
  return text.includes(",") ? text.replace(/0+$/, "").replace(/,$/, "") : text;
}

const NUMERIC = new Set<PreviewColumn["kind"]>(["current", "yoyRatio", "planRatio"]);

const HEADING: Record<PreviewColumn["kind"], keyof Messages["summaryColumns"]> = {
  name: "name",
  unit: "unit",
  current: "current",
  yoyRatio: "yoy",
  planRatio: "plan",
};

function columnKey(c: PreviewColumn): string {
  return c.kind === "planRatio" ? `planRatio-${c.plan.index}` : c.kind;
}

function cellText(row: SummaryRow, c: PreviewColumn): string {
  switch (c.kind) {
    case "name":
      return row.isComponent ? `– ${row.name}` : row.name;
    case "unit":
      return row.measureUnit;
    case "current":
      return currentText(row);
    case "yoyRatio":
      return yoyRatioText(row);
    case "planRatio":
      return planRatioText(row, c.plan);
  }
}

export interface SummaryPreviewProps {
  t: Messages;
  summary: Summary;
  /** Drawn under the table (the year-on-year chart). */
  children?: React.ReactNode;
}

export function SummaryPreview({ t, summary, children }: SummaryPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const rows = all ? summary.rows : summary.rows.slice(0, FIRST_ROWS);
  const headings = t.summaryColumns;
  const columns = previewColumns(summary);
  const title = t.summaryTitle(summary.period?.label ?? null);
  let lastSection: string | null = null;
  // mergeClasses, not string joins: Griffel's atomic classes must be merged to override.
  const cell = (...extra: (string | false)[]) => mergeClasses(styles.cell, ...extra);

  return (
    <section className={styles.root} aria-label={title}>
      <Body1Strong as="h3">{title}</Body1Strong>
      <Caption1>{t.summaryUnits(summary.reportingUnits.length, summary.rows.length)}</Caption1>
      <table role="table" aria-label={t.summaryTableLabel} className={styles.table}>
        <thead role="rowgroup" className={styles.group}>
          <tr role="row" className={styles.row}>
            {columns.map((c) => (
              <th
                role="columnheader"
                key={columnKey(c)}
                className={cell(
                  styles.head,
                  c.kind === "name" && styles.name,
                  NUMERIC.has(c.kind) && styles.number,
                )}
              >
                {headings[HEADING[c.kind]]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={styles.group}>
          {rows.flatMap((row) => {
            const out: React.JSX.Element[] = [];
            if (row.sectionName !== lastSection) {
              lastSection = row.sectionName;
              const section = summary.sections.find((s) => s.id === row.section);
              out.push(
                <tr
                  role="row"
                  key={`section-${row.key}`}
                  className={mergeClasses(styles.row, styles.section)}
                >
                  <td role="cell" colSpan={columns.length} className={cell(styles.sectionCell)}>
                    <Body1Strong>
                      {section ? `${section.stt}. ` : ""}
                      {row.sectionName}
                    </Body1Strong>
                  </td>
                </tr>,
              );
            }
            out.push(
              <tr role="row" key={row.key} className={styles.row}>
                {columns.map((c) => (
                  <td
                    role="cell"
                    key={columnKey(c)}
                    className={cell(
                      c.kind === "name" && styles.name,
                      c.kind === "name" && row.isComponent && styles.component,
                      c.kind === "unit" && styles.muted,
                      NUMERIC.has(c.kind) && styles.number,
                    )}
                  >
                    {cellText(row, c)}
                  </td>
                ))}
              </tr>,
            );
            return out;
          })}
        </tbody>
      </table>
      {summary.rows.length > FIRST_ROWS && (
        <div className={styles.actions}>
          {!all && (
            <Caption1 className={styles.muted}>
              {t.summaryMore(rows.length, summary.rows.length)}
            </Caption1>
          )}
          <Button size="small" appearance="secondary" onClick={() => setAll(!all)}>
            {all ? t.summaryCollapse : t.summaryShowAll(summary.rows.length)}
          </Button>
        </div>
      )}
      {children}
    </section>
  );
}
