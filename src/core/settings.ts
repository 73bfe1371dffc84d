/**
 * Report settings as stored somewhere a person or an old version may have written them
 * (document settings, localStorage, a JSON file): known fields of the right type are taken
 * over the defaults; anything else is named, never trusted.
 */
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "./types";

export function readReportSettings(stored: unknown): {
  settings: ReportSettings;
  ignored: string[];
} {
  const settings: ReportSettings = {
    ...DEFAULT_REPORT_SETTINGS,
    signerTitles: [...DEFAULT_REPORT_SETTINGS.signerTitles],
    recipients: [...DEFAULT_REPORT_SETTINGS.recipients],
  };
  const ignored: string[] = [];
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) {
    return { settings, ignored: stored === undefined || stored === null ? [] : ["(toàn bộ)"] };
  }
  const source = stored as Record<string, unknown>;
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_REPORT_SETTINGS, key)) {
      ignored.push(key);
      continue;
    }
    const def = (DEFAULT_REPORT_SETTINGS as unknown as Record<string, unknown>)[key];
    const v = source[key];
    const ok = Array.isArray(def)
      ? Array.isArray(v) && v.every((x) => typeof x === "string")
      : typeof v === typeof def && (typeof v !== "number" || Number.isFinite(v));
    if (ok) target[key] = Array.isArray(v) ? [...(v as string[])] : v;
    else ignored.push(key);
  }
  return { settings, ignored };
}
