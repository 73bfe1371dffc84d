/**
 * A readable preview of the summary table: the first indicators with this period's figure and
 * the two comparisons, in Vietnamese number format. The full table is in the written output.
 */
import * as React from "react";
import {
  Body1Strong,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Summary, SummaryRow } from "../../core/consolidate/types";
import { formatViNumber, formatViPercent } from "../../core/text/vnNumber";
import type { Messages } from "../i18n";

const FIRST_ROWS = 15;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  scroller: { overflowX: "auto" },
  table: { tableLayout: "auto", minWidth: "100%" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  section: { backgroundColor: tokens.colorNeutralBackground3 },
  component: { paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function yoyRatioText(row: SummaryRow): string {
  // "So cùng kỳ" as planners read it: this period as a percentage of the same period last year.
  return row.yoy === null ? "" : formatViPercent(100 + row.yoy.pct, 1);
}

export function planRatioText(row: SummaryRow): string {
  const plan = row.plans[0];
  if (plan === undefined) return "";
  if (plan.pct !== null) return formatViPercent(plan.pct, 1);
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
}

export function SummaryPreview({ t, summary }: SummaryPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const rows = summary.rows.slice(0, FIRST_ROWS);
  const columns = t.summaryColumns;
  let lastSection: string | null = null;

  return (
    <section className={styles.root} aria-label={t.summaryTitle(summary.period?.label ?? null)}>
      <Body1Strong as="h3">{t.summaryTitle(summary.period?.label ?? null)}</Body1Strong>
      <Caption1>{t.summaryUnits(summary.units.length, summary.rows.length)}</Caption1>
      <div className={styles.scroller}>
        <Table size="extra-small" aria-label={t.summaryTableLabel} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{columns.name}</TableHeaderCell>
              <TableHeaderCell>{columns.unit}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.current}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.yoy}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{columns.plan}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.flatMap((row) => {
              const out: React.JSX.Element[] = [];
              if (row.sectionName !== lastSection) {
                lastSection = row.sectionName;
                const section = summary.sections.find((s) => s.id === row.section);
                out.push(
                  <TableRow key={`section-${row.key}`} className={styles.section}>
                    <TableCell colSpan={5}>
                      <Body1Strong>
                        {section ? `${section.stt}. ` : ""}
                        {row.sectionName}
                      </Body1Strong>
                    </TableCell>
                  </TableRow>,
                );
              }
              out.push(
                <TableRow key={row.key}>
                  <TableCell className={row.isComponent ? styles.component : undefined}>
                    {row.isComponent ? `– ${row.name}` : row.name}
                  </TableCell>
                  <TableCell>{row.unit}</TableCell>
                  <TableCell className={styles.number}>{currentText(row)}</TableCell>
                  <TableCell className={styles.number}>{yoyRatioText(row)}</TableCell>
                  <TableCell className={styles.number}>{planRatioText(row)}</TableCell>
                </TableRow>,
              );
              return out;
            })}
          </TableBody>
        </Table>
      </div>
      {summary.rows.length > rows.length && (
        <Caption1 className={styles.muted}>
          {t.summaryMore(rows.length, summary.rows.length)}
        </Caption1>
      )}
    </section>
  );
}
