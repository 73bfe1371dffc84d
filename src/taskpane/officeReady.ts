/**
 * Waits for Office.js without ever blocking the page on it.
 *
 * The pane must render in three situations: inside Excel (Office.onReady resolves with a
 * host), in a plain browser where office.js loaded (onReady resolves with host null), and
 * where office.js never loaded at all (offline, blocked): then `Office` is undefined, or
 * onReady may never settle, so a timeout decides.
 */

/** Where the pane finds itself once Office.js has had its chance. */
export interface OfficeReadiness {
  /** True only when Office.js reports Excel as the host application. */
  inExcel: boolean;
  /** The host Office.js reported (e.g. "Excel"), or null outside Office. */
  host: string | null;
}

/** The one part of the Office global this module needs, so tests can pass a fake. */
export interface OfficeReadySource {
  onReady(): Promise<{ host: unknown }>;
}

export const OUTSIDE_OFFICE: OfficeReadiness = { inExcel: false, host: null };

export function waitForOffice(
  office: OfficeReadySource | undefined,
  timeoutMs: number,
): Promise<OfficeReadiness> {
  if (office === undefined) return Promise.resolve(OUTSIDE_OFFICE);

  return new Promise<OfficeReadiness>((resolve) => {
    const timer = setTimeout(() => resolve(OUTSIDE_OFFICE), timeoutMs);
    const settle = (readiness: OfficeReadiness): void => {
      clearTimeout(timer);
      resolve(readiness);
    };
    let ready: Promise<{ host: unknown }>;
    try {
      ready = office.onReady();
    } catch {
      settle(OUTSIDE_OFFICE);
      return;
    }
    ready.then(
      (info) => {
        const host = info.host === null || info.host === undefined ? null : String(info.host);
        settle({ inExcel: host === "Excel", host });
      },
      () => settle(OUTSIDE_OFFICE),
    );
  });
}

/** The Office global when office.js loaded, else undefined (reading it must not throw). */
export function officeGlobal(): OfficeReadySource | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}
