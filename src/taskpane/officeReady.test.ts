import { OfficeReadySource, waitForOffice } from "./officeReady";

describe("waitForOffice", () => {
  it("answers at once that the pane is outside Office when office.js did not load", async () => {
    await expect(waitForOffice(undefined, 60_000)).resolves.toEqual({
      inExcel: false,
      host: null,
    });
  });

  it("reports Excel when Office.onReady names it as the host", async () => {
    const office: OfficeReadySource = { onReady: () => Promise.resolve({ host: "Excel" }) };
    await expect(waitForOffice(office, 60_000)).resolves.toEqual({ inExcel: true, host: "Excel" });
  });

  it("treats another host, or none (office.js in a plain browser), as not Excel", async () => {
    const word: OfficeReadySource = { onReady: () => Promise.resolve({ host: "Word" }) };
    const none: OfficeReadySource = { onReady: () => Promise.resolve({ host: null }) };
    await expect(waitForOffice(word, 60_000)).resolves.toEqual({ inExcel: false, host: "Word" });
    await expect(waitForOffice(none, 60_000)).resolves.toEqual({ inExcel: false, host: null });
  });

  it("gives up after the timeout when Office.onReady never settles, so the page still renders", async () => {
    jest.useFakeTimers();
    try {
      const never: OfficeReadySource = { onReady: () => new Promise(() => undefined) };
      const result = waitForOffice(never, 5000);
      jest.advanceTimersByTime(5000);
      await expect(result).resolves.toEqual({ inExcel: false, host: null });
    } finally {
      jest.useRealTimers();
    }
  });

  it("does not let a throwing or rejecting onReady stop the page", async () => {
    const throwing: OfficeReadySource = {
      onReady: () => {
        throw new Error("office.js broken");
      },
    };
    const rejecting: OfficeReadySource = {
      onReady: () => Promise.reject(new Error("host refused")),
    };
    await expect(waitForOffice(throwing, 60_000)).resolves.toEqual({ inExcel: false, host: null });
    await expect(waitForOffice(rejecting, 60_000)).resolves.toEqual({ inExcel: false, host: null });
  });
});
