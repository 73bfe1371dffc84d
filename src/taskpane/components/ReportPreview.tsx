/**
 * The drafted report as the planner will read it in Word: the Nghị định 30 header block
 * (issuing body and number on the left, national title and motto on the right), title,
 * headings, paragraphs, then Nơi nhận beside the signature. Under it, "Sao chép báo cáo"
 * (rich and plain text) and a selectable text view: the way out where downloads are blocked.
 */
import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Block, Report, Run } from "../../core/narrative/types";
import type { Messages } from "../i18n";
import { copyReport, reportPlainText, type CopyOutcome } from "../reportClipboard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    maxHeight: "420px",
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  title: { textAlign: "center", margin: 0 },
  subject: { textAlign: "center", fontStyle: "italic" },
  heading: { margin: 0, marginTop: tokens.spacingVerticalXS },
  paragraph: { margin: 0, textAlign: "justify" },
  placeholder: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: "italic" },
  headerBlock: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalS,
    textAlign: "center",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  headerColumn: { display: "flex", flexDirection: "column", minWidth: 0 },
  motto: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
  placeDate: { fontStyle: "italic", marginTop: tokens.spacingVerticalXS },
  footer: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  recipients: { display: "flex", flexDirection: "column", minWidth: 0 },
  signature: { display: "flex", flexDirection: "column", textAlign: "center", minWidth: 0 },
  signerName: { marginTop: tokens.spacingVerticalXXL, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { width: "100%" },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

function RunText({ run }: { run: Run }): React.JSX.Element {
  const styles = useStyles();
  if (run.kind === "text") {
    return (
      <span className={mergeClasses(run.bold && styles.bold, run.italic && styles.italic)}>
        {run.text}
      </span>
    );
  }
  return <span>{run.text}</span>;
}

function BlockView({ block }: { block: Block }): React.JSX.Element {
  const styles = useStyles();
  if (block.kind === "heading") {
    return (
      <Body1Strong as="h4" className={styles.heading}>
        {block.number} {block.text}
      </Body1Strong>
    );
  }
  return (
    <Body1
      as="p"
      className={mergeClasses(styles.paragraph, block.placeholder && styles.placeholder)}
    >
      {block.runs.map((run, index) => (
        <RunText key={index} run={run} />
      ))}
    </Body1>
  );
}

export interface ReportPreviewProps {
  t: Messages;
  report: Report;
  /** Tells the planner what the copy did (the pane shows it beside the step). */
  onCopied?(outcome: CopyOutcome): void;
}

export function ReportPreview({ t, report, onCopied }: ReportPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const [textView, setTextView] = React.useState(false);
  const h = report.header;
  const copy = async () => {
    const outcome = await copyReport(report);
    if (outcome === "unavailable") setTextView(true);
    onCopied?.(outcome);
  };
  return (
    <>
      {report.draftNotes.length > 0 && (
        <div>
          <Body1Strong>{t.draftNotesTitle}</Body1Strong>
          <ul className={styles.notes}>
            {report.draftNotes.map((note, index) => (
              <li key={index}>
                <Caption1>{note}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Scrollable region: focusable so keyboard users can scroll it. */}
      <section className={styles.root} aria-label={t.reportPreviewLabel} tabIndex={0}>
        <div className={styles.headerBlock}>
          <div className={styles.headerColumn}>
            {h.parentBody !== "" && <span>{h.parentBody}</span>}
            <span className={styles.bold}>{h.issuingBody}</span>
            <span>{h.numberLine}</span>
          </div>
          <div className={styles.headerColumn}>
            <span className={styles.bold}>{h.nationalTitle}</span>
            <span className={styles.motto}>{h.motto}</span>
            <span className={styles.placeDate}>{h.placeDate}</span>
          </div>
        </div>
        <Body1Strong as="h3" className={styles.title}>
          {report.title}
        </Body1Strong>
        <Body1 className={styles.subject}>{report.subject}</Body1>
        {report.body.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
        <div className={styles.footer}>
          <div className={styles.recipients}>
            <span className={mergeClasses(styles.bold, styles.italic)}>Nơi nhận:</span>
            {report.recipients.map((line, index) => (
              <span key={index}>{line}</span>
            ))}
          </div>
          <div className={styles.signature}>
            {report.signature.titles.map((line, index) => (
              <span key={index} className={styles.bold}>
                {line}
              </span>
            ))}
            {report.signature.name !== "" && (
              <span className={styles.signerName}>{report.signature.name}</span>
            )}
          </div>
        </div>
      </section>
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={() => void copy()}>
          {t.copyReport}
        </Button>
        <Button appearance="secondary" onClick={() => setTextView(!textView)}>
          {textView ? t.hideReportText : t.showReportText}
        </Button>
      </div>
      {textView && (
        <Textarea
          className={styles.text}
          aria-label={t.reportTextLabel}
          readOnly
          resize="vertical"
          rows={12}
          value={reportPlainText(report)}
        />
      )}
    </>
  );
}
