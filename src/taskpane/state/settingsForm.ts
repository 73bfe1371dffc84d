/**
 * ReportSettings ⇄ the settings form's text fields. Lists are one line per entry; the
 * threshold is written the Vietnamese way ("50" or "12,5").
 */
import { parseViNumber } from "../../core/text/vnNumber";
import type { ReportSettings } from "../../core/types";

export interface SettingsForm {
  parentBody: string;
  issuingBody: string;
  bodyAbbreviation: string;
  place: string;
  signerTitles: string;
  signerName: string;
  recipients: string;
  yoyThreshold: string;
}

export function settingsToForm(s: ReportSettings): SettingsForm {
  return {
    parentBody: s.parentBody,
    issuingBody: s.issuingBody,
    bodyAbbreviation: s.bodyAbbreviation,
    place: s.place,
    signerTitles: s.signerTitles.join("\n"),
    signerName: s.signerName,
    recipients: s.recipients.join("\n"),
    yoyThreshold: String(s.yoyThreshold).replace(".", ","),
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** The settings the form describes, keeping fields it does not show; null when invalid. */
export function settingsFromForm(form: SettingsForm, base: ReportSettings): ReportSettings | null {
  const threshold = parseViNumber(form.yoyThreshold.trim());
  if (threshold === null || !(threshold > 0)) return null;
  return {
    ...base,
    parentBody: form.parentBody.trim(),
    issuingBody: form.issuingBody.trim(),
    bodyAbbreviation: form.bodyAbbreviation.trim(),
    place: form.place.trim(),
    signerTitles: lines(form.signerTitles),
    signerName: form.signerName.trim(),
    recipients: lines(form.recipients),
    yoyThreshold: threshold,
  };
}
