/**
 * Asks before replacing output sheets the planner edited since the last run. The safe answer,
 * Giữ nguyên, comes first and holds the focus: one Enter must never replace the planner's work.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Messages } from "../i18n";

export interface ConfirmReplaceDialogProps {
  t: Messages;
  sheets: string[] | null;
  onAnswer(replace: boolean): void;
}

export function ConfirmReplaceDialog({
  t,
  sheets,
  onAnswer,
}: ConfirmReplaceDialogProps): React.JSX.Element {
  const keep = React.useRef<HTMLButtonElement>(null);
  const open = sheets !== null;
  React.useEffect(() => {
    // Fluent focuses the first focusable element; this makes it certain, whatever it finds.
    if (open) keep.current?.focus();
  }, [open]);
  return (
    <Dialog
      modalType="alert"
      open={open}
      onOpenChange={(_e, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent>
            {sheets !== null && (
              <>
                <p>{t.confirmBody(sheets)}</p>
                <p>{t.confirmKept}</p>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button ref={keep} appearance="primary" onClick={() => onAnswer(false)}>
              {t.confirmNo}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(true)}>
              {t.confirmYes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
