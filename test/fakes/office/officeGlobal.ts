/** The `Office` global as an Excel task pane sees it: onReady, requirements, language, settings. */

import { isSetSupported, type FakeExcelState } from "./runtime";

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

type AsyncCallback = (result: FakeAsyncResult<void>) => void;

/** Office.context.document.settings: live values in memory, persisted by saveAsync. */
export class FakeDocumentSettings {
  private live: Record<string, unknown>;
  private readonly state: FakeExcelState;

  constructor(state: FakeExcelState) {
    this.state = state;
    this.live = JSON.parse(JSON.stringify(state.savedSettings)) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.live, name) ? this.live[name] : null;
  }

  set(name: string, value: unknown): void {
    this.live[name] = value;
  }

  remove(name: string): void {
    delete this.live[name];
  }

  /** Stored as JSON, as Office does: a later get() returns a copy, not the object you set. */
  saveAsync(
    optionsOrCallback?: { asyncContext?: unknown } | AsyncCallback,
    callback?: AsyncCallback,
  ): void {
    const cb = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const asyncContext =
      typeof optionsOrCallback === "object" ? optionsOrCallback?.asyncContext : undefined;
    const saved = JSON.parse(JSON.stringify(this.live)) as Record<string, unknown>;
    void Promise.resolve().then(() => {
      this.state.savedSettings = saved;
      this.live = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
      cb?.({ status: "succeeded", value: undefined, asyncContext });
    });
  }

  refreshAsync(callback?: (r: FakeAsyncResult<FakeDocumentSettings>) => void): void {
    void Promise.resolve().then(() => {
      this.live = JSON.parse(JSON.stringify(this.state.savedSettings)) as Record<string, unknown>;
      callback?.({ status: "succeeded", value: this });
    });
  }
}

export interface FakeOfficeNamespace {
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  context: {
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    host: string;
    platform: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: FakeDocumentSettings };
    diagnostics: { host: string; platform: string; version: string };
  };
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
}

export function createOfficeNamespace(state: FakeExcelState): FakeOfficeNamespace {
  const info = { host: "Excel", platform: "PC" };
  return {
    onReady(callback) {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      get displayLanguage() {
        return state.displayLanguage;
      },
      get contentLanguage() {
        return state.displayLanguage;
      },
      host: "Excel",
      platform: "PC",
      requirements: {
        isSetSupported: (name, minVersion) => isSetSupported(state, name, minVersion),
      },
      document: { settings: new FakeDocumentSettings(state) },
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.0.0" },
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}
