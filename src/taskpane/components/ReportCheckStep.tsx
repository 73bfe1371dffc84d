/**
 * Step "Soát báo cáo": the draft as the planner edited it — the "Báo cáo" sheet of the open
 * workbook, text pasted in, or a .docx/.txt picked — checked figure by figure against its own
 * arithmetic and the consolidation in memory. Each finding selects its row of the sheet, or
 * its paragraph of the pasted text. A component of its own: it holds its own state and needs
 * only the host and the current summary.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Summary } from "../../core/consolidate/types";
import type { Finding } from "../../core/factcheck";
import { REPORT_SHEET } from "../../core/narrative";
import type { PaneHost } from "../host";
import { errorMessage } from "../state/paneController";
import { reportCheckMessagesFor } from "../reportCheck/messages";
import {
  checkParagraphs,
  checkPastedText,
  draftFileParagraphs,
  findingCell,
  lineRange,
  readReportSheet,
  type ReportCheckResult,
} from "../reportCheck/reportCheck";

export interface ReportCheckStepProps {
  host: PaneHost;
  /** "Bước 4" as the other steps label themselves. */
  stepLabel: string;
  summary: Summary | null;
  /** Another job is running. */
  disabled: boolean;
}

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  stepNumber: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { display: "none" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  finding: {
    display: "flex",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  button: {
    width: "100%",
    height: "auto",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  snippet: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function ReportCheckStep({
  host,
  stepLabel,
  summary,
  disabled,
}: ReportCheckStepProps): React.JSX.Element {
  const styles = useStyles();
  const m = React.useMemo(() => reportCheckMessagesFor(host.language()), [host]);
  const [pasted, setPasted] = React.useState("");
  const [result, setResult] = React.useState<ReportCheckResult | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const textarea = React.useRef<HTMLTextAreaElement>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<ReportCheckResult | string>): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await work();
      if (typeof r === "string") {
        setProblem(r);
        setResult(null);
      } else setResult(r);
    } catch (e) {
      setProblem(errorMessage(e, m.failed));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  const checkSheet = () =>
    run(async () => {
      const paragraphs = await readReportSheet(host);
      if (!paragraphs) return m.noSheet;
      return checkParagraphs({ kind: "sheet", sheet: REPORT_SHEET }, paragraphs, summary);
    });

  const checkText = () =>
    run(async () => (pasted.trim() === "" ? m.noText : checkPastedText(pasted, summary)));

  const checkFile = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    void run(async () => {
      if (!/\.(docx|txt)$/iu.test(file.name)) return m.notDraftFile(file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return checkParagraphs(
        { kind: "file", name: file.name },
        draftFileParagraphs(file.name, bytes),
        summary,
      );
    });
  };

  const select = async (f: Finding): Promise<void> => {
    if (!result) return;
    const source = result.source;
    if (source.kind === "sheet") {
      try {
        await host.selectCell(source.sheet, findingCell(f));
      } catch (e) {
        setProblem(errorMessage(e, m.failed));
      }
    } else if (source.kind === "pasted" && textarea.current) {
      const { start, end } = lineRange(source.text, f.paragraph);
      textarea.current.focus();
      textarea.current.setSelectionRange(start, end);
    }
  };

  const where = (f: Finding): string =>
    result?.source.kind === "sheet" ? m.row(f.paragraph) : m.paragraph(f.paragraph);
  const sourceName = (r: ReportCheckResult): string =>
    r.source.kind === "sheet"
      ? m.sheetSource
      : r.source.kind === "pasted"
        ? m.pastedSource
        : m.fileSource(r.source.name);
  const navigable = (r: ReportCheckResult): boolean => r.source.kind !== "file";
  const errors = result?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = (result?.findings.length ?? 0) - errors;
  const off = disabled || busy;

  return (
    <Card className={styles.card}>
      <Caption1 className={styles.stepNumber}>{stepLabel}</Caption1>
      <Subtitle2 as="h2" className={styles.title}>
        {m.title}
      </Subtitle2>
      <Body1>{m.description}</Body1>
      <div className={styles.actions}>
        {host.kind === "excel" && (
          <Button appearance="secondary" disabled={off} onClick={() => void checkSheet()}>
            {m.checkSheet}
          </Button>
        )}
        <Button appearance="secondary" disabled={off} onClick={() => fileInput.current?.click()}>
          {m.checkFile}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-label={m.fileInputLabel}
          tabIndex={-1}
          onChange={(event) => {
            checkFile(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
      </div>
      <Field label={m.pastedLabel}>
        <Textarea
          ref={textarea}
          value={pasted}
          resize="vertical"
          rows={4}
          onChange={(_, data) => setPasted(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={off} onClick={() => void checkText()}>
          {m.checkPasted}
        </Button>
      </div>

      {problem !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}

      {result !== null && (
        <section aria-label={m.findingsTitle(sourceName(result))}>
          <Body1Strong as="h3">{m.findingsTitle(sourceName(result))}</Body1Strong>
          <div className={styles.counts} role="status" aria-live="polite">
            <Badge appearance={errors > 0 ? "filled" : "tint"} color="danger" shape="rounded">
              {m.counts(errors, warnings)}
            </Badge>
            <Caption1>{result.againstSummary ? m.withSummary : m.withoutSummary}</Caption1>
          </div>
          {result.findings.length === 0 ? (
            <Body1>{m.clean}</Body1>
          ) : (
            <ul className={styles.list}>
              {result.findings.map((f, i) => {
                const body = (
                  <span className={styles.text}>
                    <Caption1 className={styles.where}>
                      {m.severity[f.severity]} · {where(f)}
                    </Caption1>
                    <Body1>{f.message}</Body1>
                    <Caption1 className={styles.snippet}>“{f.snippet}”</Caption1>
                    {f.suggestion !== null && <Caption1>{m.suggestion(f.suggestion)}</Caption1>}
                  </span>
                );
                return (
                  <li
                    key={`${f.rule}-${f.paragraph}-${i}`}
                    className={mergeClasses(styles.finding, styles[f.severity])}
                  >
                    {navigable(result) ? (
                      <Button
                        appearance="subtle"
                        className={styles.button}
                        title={
                          result.source.kind === "sheet"
                            ? m.goToRow(f.paragraph)
                            : m.goToParagraph(f.paragraph)
                        }
                        onClick={() => void select(f)}
                      >
                        {body}
                      </Button>
                    ) : (
                      body
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </Card>
  );
}
