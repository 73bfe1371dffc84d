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
import { planRatio, yoyRatio, type PlanColumn } from "../../core/output/summaryColumns";
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

/** The preview compares with the first plan column only. */
const FIRST_PLAN: PlanColumn = { index: 0, firstTitle: null, titlesWithValue: [] };

export function yoyRatioText(row: SummaryRow): string {
  // "So cùng kỳ" as planners read it, the figure every summary table shows (summaryColumns).
  const ratio = yoyRatio(row);
  return ratio === null ? "" : formatViPercent(ratio, 1);
}

export function planRatioText(row: SummaryRow): string {
  const plan = row.plans[0];
  if (plan === undefined) return "";
  const ratio = planRatio(row, FIRST_PLAN);
  if (ratio !== null) return formatViPercent(ratio, 1);
  return plan.judgement ?? "";
}

/** This period's figure, at most the indicator's decimals, trailing zeros dropped ("3.970", "24,5"). */
export function currentText(row: SummaryRow): string {
  if (row.current === null) return "";
  const text = formatViNumber(row.current, row.decimals ?? 2);
  return text.includes(",") ? text.replace(/0+$/, "").replace(/,$/, "") : text;
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
  const columns = t.summaryColumns;
  const title = t.summaryTitle(summary.period?.label ?? null);
  let lastSection: string | null = null;
  // mergeClasses, not string joins: Griffel's atomic classes must be merged to override.
  const cell = (...extra: (string | false)[]) => mergeClasses(styles.cell, ...extra);

  return (
    <section className={styles.root} aria-label={title}>
      <Body1Strong as="h3">{title}</Body1Strong>
      <Caption1>{t.summaryUnits(summary.units.length, summary.rows.length)}</Caption1>
      <table role="table" aria-label={t.summaryTableLabel} className={styles.table}>
        <thead role="rowgroup" className={styles.group}>
          <tr role="row" className={styles.row}>
            <th role="columnheader" className={cell(styles.name, styles.head)}>
              {columns.name}
            </th>
            <th role="columnheader" className={cell(styles.head)}>
              {columns.unit}
            </th>
            <th role="columnheader" className={cell(styles.head, styles.number)}>
              {columns.current}
            </th>
            <th role="columnheader" className={cell(styles.head, styles.number)}>
              {columns.yoy}
            </th>
            <th role="columnheader" className={cell(styles.head, styles.number)}>
              {columns.plan}
            </th>
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
                  <td role="cell" colSpan={5} className={cell(styles.sectionCell)}>
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
                <td role="cell" className={cell(styles.name, row.isComponent && styles.component)}>
                  {row.isComponent ? `– ${row.name}` : row.name}
                </td>
                <td role="cell" className={cell(styles.muted)}>
                  {row.unit}
                </td>
                <td role="cell" className={cell(styles.number)}>
                  {currentText(row)}
                </td>
                <td role="cell" className={cell(styles.number)}>
                  {yoyRatioText(row)}
                </td>
                <td role="cell" className={cell(styles.number)}>
                  {planRatioText(row)}
                </td>
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
