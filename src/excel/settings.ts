/**
 * Report settings and the display language, from Office: settings live in the workbook's
 * document settings (they travel with the file), the language is Office's display language.
 */
import { readReportSettings } from "../core/settings";
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "../core/types";
import { documentSettings } from "./api";
import { ExcelHostError } from "./errors";

export const SETTINGS_KEY = "tonghop.settings";

/** Stored values over the defaults; fields of the wrong type are ignored, not trusted. */
export function mergeSettings(stored: unknown): ReportSettings {
  return readReportSettings(stored).settings;
}

export function loadReportSettings(): ReportSettings {
  const settings = documentSettings();
  if (!settings) return { ...DEFAULT_REPORT_SETTINGS };
  const raw: unknown = settings.get(SETTINGS_KEY);
  if (typeof raw === "string") {
    try {
      return mergeSettings(JSON.parse(raw));
    } catch {
      // Settings a person cannot have typed: start again from the defaults.
      return { ...DEFAULT_REPORT_SETTINGS };
    }
  }
  return mergeSettings(raw);
}

/** Office's saveAsync as a promise; a failure says what was not saved. */
export function saveDocumentSettings(what: string): Promise<void> {
  const settings = documentSettings();
  if (!settings) {
    return Promise.reject(
      new ExcelHostError(
        `Không lưu được ${what}: Excel không cho lưu thiết lập vào sổ làm việc này.`,
      ),
    );
  }
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        const reason = result.error?.message ?? "lỗi không rõ";
        reject(
          new ExcelHostError(`Không lưu được ${what} vào sổ làm việc: ${reason}.`, result.error),
        );
      } else resolve();
    });
  });
}

export async function saveReportSettings(value: ReportSettings): Promise<void> {
  const settings = documentSettings();
  if (!settings) {
    throw new ExcelHostError(
      "Không lưu được thiết lập báo cáo: Excel không cho lưu thiết lập vào sổ làm việc này.",
    );
  }
  settings.set(SETTINGS_KEY, JSON.stringify(mergeSettings(value)));
  await saveDocumentSettings("thiết lập báo cáo");
}

export function displayLanguage(): "vi" | "en" {
  const lang = typeof Office === "undefined" ? "" : (Office.context?.displayLanguage ?? "");
  return /^vi/i.test(lang) ? "vi" : "en";
}
