/** The drafted narrative as the planner will read it in Word: title, headings, paragraphs. */
import * as React from "react";
import {
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Block, Report, Run } from "../../core/narrative/types";
import type { Messages } from "../i18n";

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

export function ReportPreview({ t, report }: { t: Messages; report: Report }): React.JSX.Element {
  const styles = useStyles();
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
        <Body1Strong as="h3" className={styles.title}>
          {report.title}
        </Body1Strong>
        <Body1 className={styles.subject}>{report.subject}</Body1>
        {report.body.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </section>
    </>
  );
}
