// Types for tcvn3.js.
export function encodeTcvn3(text: string, opts?: { upper?: boolean }): string;
export function decodeTcvn3(text: string): string;
