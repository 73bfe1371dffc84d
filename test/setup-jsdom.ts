/**
 * jsdom lacks a few browser APIs that Fluent UI v9 uses (MessageBar measures itself with
 * ResizeObserver; media-query hooks call matchMedia). Minimal stand-ins let components
 * render in tests; layout itself is never asserted. Node-environment tests are untouched.
 */
if (typeof window !== "undefined") {
  if (typeof window.ResizeObserver === "undefined") {
    class ResizeObserverStub implements ResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    window.ResizeObserver = ResizeObserverStub;
  }

  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
}

export {};

// Every browser the pane supports has TextDecoder/TextEncoder (the .xlsx reader decodes XML
// parts with it); jsdom does not expose them, so the test window borrows Node's.
if (typeof window !== "undefined" && typeof globalThis.TextDecoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("util") as typeof import("util");
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}
