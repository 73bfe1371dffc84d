// Types for encode.js.
export interface MergesJson {
  data: Array<{
    level1_id: string;
    name: string;
    merges: Array<{ old_id: string; name: string; type: string }>;
    level2s: Array<{
      level2_id: string;
      name: string;
      merges: Array<{ old_id: string; name: string; type: string }>;
    }>;
  }>;
}
export function encodeMapping(source: MergesJson): string;
export function mappingModule(text: string, licence: string): string;
export const TYPE_WORDS: Array<[string, string]>;
