/**
 * The host's `validated` hook runs once, between validating and consolidating: the CLI gives
 * memory back there (a province's 600 units peaked ~19 MiB lower). It must not change a figure.
 */
import * as consolidation from "../../src/core/consolidate";
import { defaultCatalog } from "../../src/core/catalog";
import { consolidateJson } from "../../src/core/json";
import { runConsolidate } from "../../src/core/pipeline";
import * as validation from "../../src/core/validate";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";

const grids = [
  gridFromRows([row({ stt: 1, code: "NN02", name: "Diện tích lúa", unit: "ha", current: 1200 })], {
    unit: "Xã Hợp Hòa",
    file: "hop-hoa.xlsx",
  }),
  gridFromRows([row({ stt: 1, code: "NN02", name: "Diện tích lúa", unit: "ha", current: 830 })], {
    unit: "Xã Tân Lập",
    file: "tan-lap.xlsx",
  }),
];

afterEach(() => jest.restoreAllMocks());

test("the hook runs once, after validation and before consolidation", () => {
  const calls: string[] = [];
  const { validateBatch } = validation;
  const { consolidate } = consolidation;
  jest.spyOn(validation, "validateBatch").mockImplementation((...args) => {
    calls.push("validate");
    return validateBatch(...args);
  });
  jest.spyOn(consolidation, "consolidate").mockImplementation((...args) => {
    calls.push("consolidate");
    return consolidate(...args);
  });
  runConsolidate(grids, defaultCatalog(), { validated: () => calls.push("validated") });
  expect(calls).toEqual(["validate", "validated", "consolidate"]);
});

test("a run with the hook gives the same result as one without", () => {
  const withHook = runConsolidate(grids, defaultCatalog(), { validated: () => undefined });
  const without = runConsolidate(grids, defaultCatalog());
  expect(consolidateJson(withHook.summary, withHook.issues)).toEqual(
    consolidateJson(without.summary, without.issues),
  );
  expect(withHook.summary.rows.find((r) => r.code === "NN02")?.current).toBe(2030);
});
