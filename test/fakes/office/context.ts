/**
 * The request context: a queue of operations, sent and applied in order by `sync()`.
 * A failing operation stops the batch there: operations before it stay applied (as in
 * Excel, which does not roll back), later ones never run, and no loaded data is delivered.
 */

import { FakeOfficeError, officeError } from "./errors";
import { FakeWorkbook } from "./proxies";
import {
  isSetSupported,
  utf8Bytes,
  type Batch,
  type FakeExcelState,
  type FakeOp,
  type SyncRecord,
} from "./runtime";

let batchCounter = 0;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Accepted for compatibility; objects need no tracking in the fake. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  readonly _state: FakeExcelState;
  private queue: FakeOp[] = [];
  private closed = false;

  constructor(state: FakeExcelState) {
    this._state = state;
    this.workbook = new FakeWorkbook(this);
  }

  get application() {
    return this.workbook.application;
  }

  _enqueue(op: FakeOp): void {
    this.queue.push(op);
  }

  _hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Excel.run ends the context; syncing it afterwards fails like an untracked object would. */
  _close(): void {
    this.closed = true;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._sync(false).then(() => passThroughValue as T);
  }

  async _sync(auto: boolean): Promise<void> {
    const state = this._state;
    // Like Office.js, the batch is taken and serialised now; later writes go to the next batch.
    const ops = this.queue;
    this.queue = [];
    state.syncCount += 1;
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      operations: ops.length,
      ok: false,
      auto,
    };
    state.syncs.push(record);
    const request = JSON.stringify(
      ops.map((o) => ({ action: o.action, path: o.path, args: o.args ?? null })),
    );
    record.requestBytes = utf8Bytes(request);
    // The round trip: nothing reaches the document before the caller yields.
    await Promise.resolve();
    try {
      if (this.closed) throw officeError("InvalidObjectPath");
      if (record.requestBytes > state.requestLimitBytes)
        throw officeError("RequestPayloadSizeLimitExceeded");
      const sent = JSON.parse(request) as { args: unknown }[];
      const batch: Batch = { id: ++batchCounter, state, responses: [] };
      ops.forEach((op, i) => {
        try {
          if (op.requires && !isSetSupported(state, "ExcelApi", op.requires)) {
            throw officeError("ApiNotFound", undefined, `${op.action} (ExcelApi ${op.requires})`);
          }
          op.run(sent[i].args, batch);
        } catch (e) {
          if (e instanceof FakeOfficeError) e.locate(op.action, `${op.path} → ${op.action}`);
          throw e;
        }
      });
      const response = JSON.stringify(batch.responses.map((r) => r.payload));
      record.responseBytes = utf8Bytes(response);
      if (record.responseBytes > state.responseLimitBytes)
        throw officeError("ResponsePayloadSizeLimitExceeded");
      const received = JSON.parse(response) as unknown[];
      batch.responses.forEach((r, i) => r.apply(received[i]));
      record.ok = true;
    } catch (e) {
      record.errorCode = e instanceof FakeOfficeError ? e.code : "NotAnOfficeError";
      throw e;
    }
  }
}
