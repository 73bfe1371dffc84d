/**
 * Tình hình nộp biểu, after Kiểm tra or Tổng hợp with a Danh sách đơn vị: the counts, the units
 * that have not sent and those that were late (with the date and where it came from), files of
 * units not on the list, and a reminder to the missing units ready to copy. Everything comes
 * from the run's SubmissionSummary, the same that `tonghop status` prints.
 */
import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { localIsoDate, submissionCounts, viDate, type SubmissionSummary } from "../../core/units";
import type { Messages } from "../i18n";
import { cardFrame } from "./cardFrame";
import { copyPlainText, type CopyOutcome } from "../reportClipboard";

const useStyles = makeStyles({
  root: cardFrame,
  title: { margin: 0 },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SubmissionPanelProps {
  t: Messages;
  summary: SubmissionSummary;
  /** The batch's period label, for the reminder; null when the sheets name none. */
  period: string | null;
  /** Today, ISO: a deadline already passed is not asked for "trước ngày" (tests fix it). */
  today?: string;
  /** Tells the planner what the copy did (the pane shows it beside the step). */
  onCopied?(outcome: CopyOutcome): void;
}

/**
 * The reminder's deadline: the one every missing unit is judged by (its own Hạn nộp, else the
 * run's); when they differ, none is named rather than a wrong one for some.
 */
function reminderDeadline(
  summary: SubmissionSummary,
  today: string,
): { date: string; passed: boolean } | null {
  const due = new Set(summary.units.filter((u) => u.status === "missing").map((u) => u.deadline));
  const [only] = [...due];
  if (due.size !== 1 || only === null || only === undefined) return null;
  return { date: viDate(only), passed: only < today };
}

export function SubmissionPanel(props: SubmissionPanelProps): React.JSX.Element {
  const { t, summary } = props;
  const styles = useStyles();
  const id = React.useId();
  const text = React.useRef<HTMLTextAreaElement>(null);
  const today = props.today ?? localIsoDate(Date.now());
  const c = submissionCounts(summary);
  const late = summary.units.filter((u) => u.status === "late");
  const own = summary.units.filter((u) => u.unit.deadline !== null).length;
  const reminder =
    c.missing.length > 0
      ? t.reminderText(
          props.period,
          reminderDeadline(summary, today),
          c.missing.map((u) => u.name),
        )
      : null;

  const copy = async () => {
    if (reminder === null) return;
    const outcome = await copyPlainText(reminder);
    // Where the clipboard is refused, the text is selected: Ctrl+C is one key away.
    if (outcome === "unavailable") {
      text.current?.focus();
      text.current?.select();
    }
    props.onCopied?.(outcome);
  };

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h3" id={`${id}-title`} className={styles.title}>
        {t.submissionTitle}
      </Subtitle2>
      <Body1Strong as="p" className={styles.heading}>
        {t.submissionCounts(c.submitted, c.listed, c.late, c.missing.length)}
      </Body1Strong>
      <Caption1 className={styles.hint}>
        {t.submissionSource(summary.listFile, summary.listSheet)}{" "}
        {t.submissionDeadline(summary.deadline ? viDate(summary.deadline) : null, own)}
      </Caption1>

      {c.missing.length > 0 ? (
        <>
          <Body1Strong as="h4" id={`${id}-missing`} className={styles.heading}>
            {t.submissionMissing(c.missing.length)}
          </Body1Strong>
          <ul className={styles.list} aria-labelledby={`${id}-missing`}>
            {c.missing.map((u) => (
              <li key={u.cell}>
                <Body1>{u.code ? `${u.name} (${u.code})` : u.name}</Body1>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Body1>{t.submissionAllIn}</Body1>
      )}

      {late.length > 0 && (
        <>
          <Body1Strong as="h4" id={`${id}-late`} className={styles.heading}>
            {t.submissionLate(late.length)}
          </Body1Strong>
          <ul className={styles.list} aria-labelledby={`${id}-late`}>
            {late.map((u) => {
              const used = u.files.find((f) => f.used);
              return (
                <li key={u.unit.cell}>
                  <Body1>
                    {t.submissionLateItem(
                      u.unit.name,
                      used?.date ? viDate(used.date) : t.submissionNoDate,
                      used?.dateSource ? t.submissionDateSource[used.dateSource] : "",
                      u.deadline ? viDate(u.deadline) : "",
                    )}
                  </Body1>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {summary.unlisted.length > 0 && (
        <>
          <Body1Strong as="h4" id={`${id}-unlisted`} className={styles.heading}>
            {t.submissionUnlisted(summary.unlisted.length)}
          </Body1Strong>
          <ul className={styles.list} aria-labelledby={`${id}-unlisted`}>
            {summary.unlisted.map((u, index) => (
              <li key={index}>
                <Body1>
                  {t.submissionUnlistedItem(
                    t.fileAndSheet(u.file, u.sheet),
                    u.reason === "unreadable"
                      ? t.submissionUnreadable
                      : u.reason === "ambiguous"
                        ? t.submissionAmbiguous(u.unit ?? "")
                        : (u.unit ?? t.submissionNoUnit),
                  )}
                </Body1>
              </li>
            ))}
          </ul>
        </>
      )}

      {reminder !== null && (
        <>
          <Field label={t.reminderLabel}>
            <Textarea ref={text} readOnly resize="vertical" rows={4} value={reminder} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="secondary" onClick={() => void copy()}>
              {t.copyReminder}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
