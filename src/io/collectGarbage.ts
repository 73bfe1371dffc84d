/**
 * One full garbage collection, now. V8 collects the old generation when it thinks it worth it,
 * and at two moments of a province's consolidation it does not:
 * - after validating, when the garbage of validating sits under the parsed and resolved batch
 *   (141 MB live at 600 units) and consolidating would take new pages on top of it: peak memory
 *   at 600 units ~319 → ~300 MiB, for ~0,1 s;
 * - after consolidating, when the parsed batch, just let go (100 MB at 600 units), stays in its
 *   pages, and writing the workbook would take new pages rather than reuse them: 195–210 MiB →
 *   160–170 at 150 units, ~510 → ~330 at 600. The live heap then is small: a few tens of ms.
 *
 * `gc` is exposed to contexts made after the flag is set; the program's own is not one of them.
 * false where the engine refuses (then nothing changes but the memory figure).
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

let gc: (() => void) | null = null;
let tried = false;

export function collectGarbage(): boolean {
  if (!tried) {
    tried = true;
    try {
      setFlagsFromString("--expose-gc");
      const found: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
      gc = typeof found === "function" ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  if (gc === null) return false;
  gc();
  return true;
}
