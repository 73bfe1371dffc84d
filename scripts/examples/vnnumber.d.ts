// Types for vnnumber.js.
export function parseVnNumber(text: string): number | null;
