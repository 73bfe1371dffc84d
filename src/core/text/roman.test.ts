import { roman } from "./roman";

it("numbers sections the Roman way", () => {
  expect([1, 2, 4, 9, 12, 14, 40, 1994].map(roman)).toEqual([
    "I",
    "II",
    "IV",
    "IX",
    "XII",
    "XIV",
    "XL",
    "MCMXCIV",
  ]);
});
