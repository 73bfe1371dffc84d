/**
 * The pane's host in a plain browser (Chrome, Edge, Firefox): there is no open workbook, so
 * sources are only the files the planner picks or drops; results are downloaded (.xlsx written
 * in the page with ExcelJS, .docx with docx); settings stay in this browser's localStorage.
 * Nothing leaves the machine.
 */
import { readReportSettings } from "../core/settings";
import { DEFAULT_REPORT_SETTINGS, type ReportSettings, type WorkbookPlan } from "../core/types";
import { writeWorkbook } from "../io";
import { downloadBytes } from "../taskpane/download";
import type { PaneHost, WriteOutputsOptions, WriteResult } from "../taskpane/host";
import { XLSX_MIME } from "../taskpane/state/fileNames";

export const SETTINGS_KEY = "tonghop.reportSettings.v1";

/** What the host needs from the browser; tests pass their own. */
export interface StandaloneEnvironment {
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  /** Hands the bytes to the browser as a download. */
  save(fileName: string, bytes: Uint8Array, mime: string): void;
  /** Preferred languages, most preferred first (navigator.languages). */
  languages: readonly string[];
  /** `?lang=vi|en` from the address, which wins over the browser's languages. */
  query: string;
}

/** Error whose message is what the planner reads (the pane shows `userMessage`). */
export class StandaloneError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

function browserEnvironment(): StandaloneEnvironment {
  let storage: StandaloneEnvironment["storage"] = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage disabled (private mode, policy): settings then last for the session only.
    storage = null;
  }
  return {
    storage,
    save: downloadBytes,
    languages: navigator.languages?.length ? navigator.languages : [navigator.language ?? "vi"],
    query: window.location.search,
  };
}

export function pickLanguage(languages: readonly string[], query: string): "vi" | "en" {
  const asked = new URLSearchParams(query).get("lang");
  if (asked === "vi" || asked === "en") return asked;
  if (languages.length === 0) return "vi";
  return languages.some((l) => l.toLowerCase().startsWith("vi")) ? "vi" : "en";
}

function readStoredSettings(raw: string | null): ReportSettings {
  if (raw === null) return DEFAULT_REPORT_SETTINGS;
  try {
    // Only known fields of the right type are taken; a damaged entry never breaks the pane.
    return readReportSettings(JSON.parse(raw)).settings;
  } catch {
    return DEFAULT_REPORT_SETTINGS;
  }
}

export function createStandaloneHost(env: StandaloneEnvironment = browserEnvironment()): PaneHost {
  let sessionSettings: ReportSettings | null = null;
  const saved = (fileName: string, bytes: Uint8Array, sheets: string[]): WriteResult => {
    env.save(fileName, bytes, XLSX_MIME);
    return { message: `Đã tải về tệp tổng hợp ${fileName} (các trang ${sheets.join(", ")}).` };
  };
  return {
    kind: "standalone",
    listWorkbookSheets: async () => [],
    readWorkbookSheets: async () => ({ grids: [], issues: [] }),
    async writeOutputs(
      plan: WorkbookPlan,
      _confirm,
      options?: WriteOutputsOptions,
    ): Promise<WriteResult> {
      const fileName = options?.fileName ?? "TongHop.xlsx";
      let bytes: Uint8Array;
      try {
        bytes = await writeWorkbook(plan);
      } catch (error) {
        throw new StandaloneError(
          `Không tạo được tệp ${fileName}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return saved(
        fileName,
        bytes,
        plan.sheets.map((s) => s.name),
      );
    },
    async saveWorkbook(fileName, bytes, sheets) {
      return saved(fileName, bytes, sheets);
    },
    async download(fileName, bytes, mime) {
      env.save(fileName, bytes, mime);
      return "started";
    },
    // No open workbook: issues of picked files are never selectable.
    selectCell: async () => false,
    async loadSettings() {
      if (sessionSettings !== null) return sessionSettings;
      return readStoredSettings(env.storage?.getItem(SETTINGS_KEY) ?? null);
    },
    async saveSettings(settings) {
      sessionSettings = settings;
      if (env.storage === null) return;
      try {
        env.storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        throw new StandaloneError(
          "Trình duyệt không cho lưu cài đặt (bộ nhớ đầy hoặc bị chặn); cài đặt chỉ dùng được đến khi đóng trang.",
        );
      }
    },
    language: () => pickLanguage(env.languages, env.query),
  };
}
