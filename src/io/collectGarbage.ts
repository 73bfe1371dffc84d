/**
 * One full garbage collection, now. V8 collects the old generation when it thinks it worth it,
 * and after consolidating a province's batch it does not: the parsed batch, just let go (100 MB
 * at 600 units), stays in its pages, and writing the workbook then takes new pages rather than
 * reusing them. Peak memory: 195–210 MiB → 160–170 at 150 units, ~510 → ~330 at 600. The live
 * heap at that moment is small, so the collection itself costs a few tens of milliseconds.
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
