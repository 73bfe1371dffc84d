/** Asks before replacing output sheets the planner edited since the last run. */
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
  return (
    <Dialog
      modalType="alert"
      open={sheets !== null}
      onOpenChange={(_e, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent>{sheets !== null ? t.confirmBody(sheets) : null}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t.confirmYes}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {t.confirmNo}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
