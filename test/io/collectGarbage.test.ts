/** collectGarbage really collects: what nothing holds any more is gone after one call. */
import { collectGarbage } from "../../src/io/collectGarbage";

function dropped(): WeakRef<number[]> {
  return new WeakRef(new Array<number>(1_000_000).fill(1));
}

it("collects an object nothing refers to any more", async () => {
  const ref = dropped();
  // A WeakRef keeps its target alive until the job that made it ends.
  await new Promise((resolve) => setImmediate(resolve));
  expect(collectGarbage()).toBe(true);
  expect(ref.deref()).toBeUndefined();
});
