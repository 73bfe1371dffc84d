/**
 * The task pane: sources, then the steps top to bottom (Kiểm tra, Tổng hợp, Báo cáo, Soát báo cáo),
 * then the report settings. It knows nothing of Office: everything it does goes through the
 * PaneHost it is given, via a PaneController that holds all the logic.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { PaneHost } from "../host";
import { messagesFor } from "../i18n";
import type { ControllerDeps, JobId } from "../state/paneController";
import { BoundaryReviewCard } from "./BoundaryReviewCard";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { IssueList } from "./IssueList";
import { JobProgressBar } from "./JobProgressBar";
import { ReportCheckStep } from "./ReportCheckStep";
import { ReportPreview } from "./ReportPreview";
import { SettingsPanel } from "./SettingsPanel";
import { SourcesCard } from "./SourcesCard";
import { StepOutcome } from "./StepOutcome";
import { SubmissionPanel } from "./SubmissionPanel";
import { SummaryPreview } from "./SummaryPreview";
import { YoyChart } from "./YoyChart";
import { largestYoyChanges } from "../../core/output/chartData";
import { usePaneController } from "./usePaneController";

export interface AppProps {
  host: PaneHost;
  /** "pane": fills a 320–350 px task pane; "page": centred column of the standalone page. */
  layout?: "pane" | "page";
  /** Replacements for the real file reader, docx writer … (tests). */
  deps?: Partial<ControllerDeps>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100vh",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  page: {
    maxWidth: "760px",
    marginLeft: "auto",
    marginRight: "auto",
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    boxShadow: tokens.shadow4,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  productName: { color: tokens.colorBrandForeground1, margin: 0 },
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  stepNumber: { color: tokens.colorNeutralForeground3 },
  stepTitle: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  footer: { color: tokens.colorNeutralForeground3 },
});

export default function App({ host, layout = "pane", deps }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => messagesFor(host.language()), [host]);
  const { controller, state } = usePaneController(host, t, deps);

  const outcome = (place: "sources" | JobId | "settings") => (
    <StepOutcome
      t={t}
      state={state}
      place={place}
      onDismiss={() =>
        state.error !== null ? controller.dismissError() : controller.dismissNotice()
      }
    />
  );

  // Who sent, in the step that found it out (Kiểm tra or Tổng hợp), above its details.
  const submission = (place: JobId) =>
    state.submission !== null &&
    state.submission.place === place && (
      <SubmissionPanel
        t={t}
        summary={state.submission.summary}
        period={state.submission.period}
        onCopied={(copied) =>
          controller.showNotice(
            copied === "unavailable" ? t.reminderCopyUnavailable : t.reminderCopied,
            place,
            // Announced, not focused: the focus stays on the button, or on the selected text.
            false,
          )
        }
      />
    );

  // disabledFocusable, not disabled: the button the planner pressed keeps the focus while the
  // job runs, instead of dropping it on the page; the outcome takes it when the job ends.
  const stepButton = (job: JobId, label: string, run: () => Promise<void>, primary: boolean) => (
    <Button
      appearance={primary ? "primary" : "secondary"}
      disabledFocusable={state.running !== null}
      onClick={() => void run()}
    >
      {state.running === job ? t.running : label}
    </Button>
  );

  return (
    <main
      className={mergeClasses(styles.root, layout === "page" && styles.page)}
      lang={host.language()}
    >
      <header className={styles.header}>
        <Title2 as="h1" className={styles.productName}>
          TongHop
        </Title2>
        <Body1>{t.appTagline}</Body1>
        <Link href="help.html" target="_blank" rel="noopener">
          {t.helpLink}
        </Link>
      </header>

      {host.kind === "standalone" && (
        <MessageBar intent="info">
          <MessageBarBody>{t.standaloneNotice}</MessageBarBody>
        </MessageBar>
      )}

      <SourcesCard t={t} state={state} controller={controller} />
      {outcome("sources")}

      <JobProgressBar
        t={t}
        controller={controller}
        running={state.running !== null}
        cancelRequested={state.cancelRequested}
      />

      <ol className={styles.steps} aria-label={t.stepsLabel}>
        <li>
          <Card className={styles.card}>
            <Caption1 className={styles.stepNumber}>{t.stepLabel(1)}</Caption1>
            <Subtitle2 as="h2" className={styles.stepTitle}>
              {t.validateTitle}
            </Subtitle2>
            <Body1>{t.validateDescription}</Body1>
            <div className={styles.actions}>
              {stepButton("validate", t.validateButton, () => controller.validate(), true)}
            </div>
            {outcome("validate")}
            {submission("validate")}
            {state.issues !== null && (
              <IssueList
                t={t}
                issues={state.issues}
                sheetsRead={state.sheetsRead}
                units={state.issueUnits}
                isWorkbookIssue={(issue) => controller.isWorkbookIssue(issue)}
                onSelect={(issue) => void controller.selectIssue(issue)}
              />
            )}
          </Card>
        </li>
        <li>
          <Card className={styles.card}>
            <Caption1 className={styles.stepNumber}>{t.stepLabel(2)}</Caption1>
            <Subtitle2 as="h2" className={styles.stepTitle}>
              {t.consolidateTitle}
            </Subtitle2>
            <Body1>{t.consolidateDescription}</Body1>
            <div className={styles.actions}>
              {stepButton(
                "consolidate",
                t.consolidateButton,
                () => controller.consolidate(),
                false,
              )}
              {state.restorable.length > 0 && host.restoreOutputs !== undefined && (
                <Button
                  appearance="secondary"
                  disabledFocusable={state.running !== null}
                  onClick={() => void controller.restoreOutputs()}
                >
                  {state.running === "restore" ? t.running : t.restoreButton}
                </Button>
              )}
            </div>
            {state.restorable.length > 0 && host.restoreOutputs !== undefined && (
              <Caption1 className={styles.stepNumber}>{t.restoreHint(state.restorable)}</Caption1>
            )}
            {state.boundary !== null && (
              <BoundaryReviewCard
                t={t}
                review={state.boundary}
                pending={state.boundaryPending}
                onAnswer={(accept) => controller.answerBoundaryReview(accept)}
              />
            )}
            {outcome("consolidate")}
            {submission("consolidate")}
            {state.summary !== null && (
              <SummaryPreview t={t} summary={state.summary}>
                <YoyChart t={t} bars={largestYoyChanges(state.summary)} />
              </SummaryPreview>
            )}
          </Card>
        </li>
        <li>
          <Card className={styles.card}>
            <Caption1 className={styles.stepNumber}>{t.stepLabel(3)}</Caption1>
            <Subtitle2 as="h2" className={styles.stepTitle}>
              {t.reportTitle}
            </Subtitle2>
            <Body1>{t.reportDescription}</Body1>
            <div className={styles.actions}>
              {stepButton("report", t.reportButton, () => controller.draft(), false)}
              {state.report !== null && (
                <Button
                  appearance="primary"
                  disabledFocusable={state.running !== null}
                  onClick={() => void controller.downloadReport()}
                >
                  {t.downloadDocx}
                </Button>
              )}
            </div>
            {outcome("report")}
            {state.report !== null && (
              <ReportPreview
                t={t}
                report={state.report}
                onCopied={(copied) =>
                  controller.showNotice(
                    copied === "rich"
                      ? t.copiedRich
                      : copied === "plain"
                        ? t.copiedPlain
                        : t.copyUnavailable,
                    "report",
                  )
                }
              />
            )}
          </Card>
        </li>
        <li>
          <ReportCheckStep
            host={host}
            stepLabel={t.stepLabel(4)}
            summary={state.summary}
            disabled={state.running !== null}
          />
        </li>
      </ol>

      <SettingsPanel
        t={t}
        settings={state.settings}
        disabled={state.running !== null}
        onSave={(settings) => void controller.saveSettings(settings)}
      />

      {outcome("settings")}

      <Caption1 className={styles.footer}>{t.privacyFooter}</Caption1>

      <ConfirmReplaceDialog
        t={t}
        sheets={state.confirm?.sheets ?? null}
        onAnswer={(replace) => controller.confirmReplace(replace)}
      />
    </main>
  );
}
