/**
 * A step's outcome where the planner is: beside the step it is about, scrolled into view and
 * given the keyboard focus when a job ends (a 4 000 px pane must not hide "done" at its top),
 * and announced politely: each place is a live region that stays in the page while empty,
 * so screen readers hear what is put into it.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Messages } from "../i18n";
import type { ErrorContext, OutcomePlace, PaneState } from "../state/paneController";
import { placeOf } from "../state/paneController";

const useStyles = makeStyles({
  bar: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

export function errorTitle(t: Messages, context: ErrorContext): string {
  switch (context) {
    case "validate":
      return t.failedTitle(t.validateTitle);
    case "consolidate":
      return t.failedTitle(t.consolidateTitle);
    case "report":
    case "download":
      return t.failedTitle(t.reportTitle);
    case "restore":
      return t.restoreFailedTitle;
    case "load":
      return t.loadFailedTitle;
    case "settings":
      return t.settingsFailedTitle;
    case "select":
      return t.selectFailedTitle;
  }
}

/** The outcome shown at `place` now, if any: an error first, else a notice. */
export function outcomeAt(
  state: PaneState,
  place: OutcomePlace,
): { intent: "error" | "success"; title: string | null; message: string } | null {
  if (state.error !== null && placeOf(state.error.context) === place)
    return { intent: "error", title: null, message: state.error.message };
  if (state.notice !== null && state.noticePlace === place)
    return { intent: "success", title: null, message: state.notice };
  return null;
}

export interface StepOutcomeProps {
  t: Messages;
  state: PaneState;
  place: OutcomePlace;
  onDismiss(): void;
}

export function StepOutcome({ t, state, place, onDismiss }: StepOutcomeProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const outcome = outcomeAt(state, place);
  const seq = state.outcomeSeq;
  const focus = state.outcomeFocus;
  const shown = outcome !== null;
  React.useEffect(() => {
    if (!shown) return;
    const element = ref.current;
    if (element === null) return;
    // jsdom has no layout and no scrollIntoView.
    element.scrollIntoView?.({ block: "nearest" });
    if (focus) element.focus({ preventScroll: true });
  }, [seq, shown, focus]);
  if (outcome === null) return <div role="status" aria-live="polite" />;
  const error = state.error !== null && placeOf(state.error.context) === place ? state.error : null;
  return (
    <div role="status" aria-live="polite">
      <MessageBar
        ref={ref}
        tabIndex={-1}
        className={styles.bar}
        intent={outcome.intent}
        layout="multiline"
        aria-label={error !== null ? errorTitle(t, error.context) : t.outcomeLabel}
      >
        <MessageBarBody>
          {error !== null && <MessageBarTitle>{errorTitle(t, error.context)}</MessageBarTitle>}
          {outcome.message}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label={t.dismiss} onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      </MessageBar>
    </div>
  );
}
