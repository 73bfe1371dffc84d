/**
 * The running job's progress and its Hủy button. It listens to the controller's progress
 * store by itself (not through the pane's state), so each file read redraws only this bar.
 * Reading counts the files; the later phases cannot count their steps and show a moving bar
 * with the phase's name.
 */
import * as React from "react";
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import type { JobProgress, PaneController } from "../state/paneController";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  field: { flexGrow: 1, minWidth: 0 },
});

export function progressLabel(t: Messages, p: JobProgress): string {
  switch (p.phase) {
    case "read":
      return t.readingProgress(p.done, p.total, p.current);
    case "validate":
      return t.validatingProgress(p.sheets);
    case "consolidate":
      return t.consolidatingProgress(p.sheets);
    case "draft":
      return t.draftingProgress;
    case "write":
      return t.writingProgress(p.fileName);
  }
}

export interface JobProgressBarProps {
  t: Messages;
  controller: PaneController;
  running: boolean;
  cancelRequested: boolean;
}

export function JobProgressBar(props: JobProgressBarProps): React.JSX.Element | null {
  const { t, controller } = props;
  const styles = useStyles();
  const progress = React.useSyncExternalStore(controller.subscribeProgress, controller.getProgress);
  if (progress === null || !props.running) return null;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={progressLabel(t, progress)} validationState="none">
        {progress.phase === "read" ? (
          <ProgressBar value={progress.done} max={Math.max(1, progress.total)} />
        ) : (
          <ProgressBar />
        )}
      </Field>
      <Button onClick={() => controller.cancel()} disabled={props.cancelRequested}>
        {t.cancel}
      </Button>
    </div>
  );
}
