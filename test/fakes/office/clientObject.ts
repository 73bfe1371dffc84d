/**
 * The proxy base: property reads throw PropertyNotLoaded until a load() was sent by a
 * context.sync(); loads run in queue order (so they see earlier writes in the same batch) and
 * land on the proxy only when the whole batch succeeded.
 */

import { FakeOfficeError, officeError, propertyNotLoaded } from "./errors";
import type { Batch, FakeOp } from "./runtime";
import type { FakeRequestContext } from "./context";

/** A parsed load request: named properties (scalar or navigation) and sub-requests. */
export interface LoadTree {
  all: boolean;
  names: Set<string>;
  nav: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, names: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  let t = tree;
  parts.forEach((p, i) => {
    if (i === parts.length - 1) t.names.add(p);
    else {
      let sub = t.nav.get(p);
      if (!sub) {
        sub = emptyTree();
        t.nav.set(p, sub);
      }
      t = sub;
    }
  });
}

function addOptionObject(tree: LoadTree, obj: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === true) tree.names.add(k);
    else if (v && typeof v === "object") {
      const sub = tree.nav.get(k) ?? emptyTree();
      addOptionObject(sub, v as Record<string, unknown>);
      tree.nav.set(k, sub);
    }
  }
}

/** The forms Office.js accepts: none, "a, b/c", ["a", "b/c"], {select, expand}, {a: true, b: {c: true}}. */
export function parseLoadSpec(spec: unknown): LoadTree {
  const tree = emptyTree();
  if (spec === undefined || spec === null) return emptyTree(true);
  if (typeof spec === "string") {
    spec.split(",").forEach((p) => addPath(tree, p));
  } else if (Array.isArray(spec)) {
    for (const p of spec) if (typeof p === "string") p.split(",").forEach((q) => addPath(tree, q));
  } else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") o.select.split(",").forEach((p) => addPath(tree, p));
      if (typeof o.expand === "string") {
        for (const e of o.expand.split(",")) {
          let t = tree;
          for (const part of e
            .split("/")
            .map((p) => p.trim())
            .filter((p) => p !== "")) {
            let sub = t.nav.get(part);
            if (!sub) {
              sub = emptyTree();
              t.nav.set(part, sub);
            }
            t = sub;
          }
          if (t !== tree) t.all = true;
        }
      }
    } else addOptionObject(tree, o);
  }
  if (tree.names.size === 0 && tree.nav.size === 0) tree.all = true;
  return tree;
}

function treeToJson(tree: LoadTree): unknown {
  return {
    all: tree.all,
    names: [...tree.names],
    nav: Object.fromEntries([...tree.nav].map(([k, v]) => [k, treeToJson(v)])),
  };
}

type LoadPayload = Record<string, unknown>;

export abstract class FakeClientObject<Target = unknown> {
  readonly context: FakeRequestContext;
  /** A readable object path for error locations and request payloads. */
  readonly _path: string;
  private readonly _fields = new Map<string, unknown>();
  private _isNull: boolean | undefined;
  private _cache: { batch: number; target: Target | null } | null = null;

  constructor(context: FakeRequestContext, path: string) {
    this.context = context;
    this._path = path;
  }

  abstract readonly _className: string;
  /** Properties a load without arguments (or of a navigation property) brings back. */
  protected abstract _scalarNames(): readonly string[];
  /** Finds the object in the document when an operation needs it; null = null object. */
  protected abstract _locate(batch: Batch): Target | null;
  protected abstract _readScalar(target: Target, name: string, batch: Batch): unknown;
  protected _navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** The object this proxy stands for in this batch (paths are re-evaluated per request). */
  _resolve(batch: Batch): Target | null {
    if (this._cache && this._cache.batch === batch.id) return this._cache.target;
    const target = this._locate(batch);
    this._cache = { batch: batch.id, target };
    return target;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  protected _get<T>(name: string): T {
    if (this._fields.has(name)) return this._fields.get(name) as T;
    if (this._isNull === true) return undefined as T;
    throw propertyNotLoaded(name);
  }

  /** A property assignment: visible on this proxy at once (as in Office.js), in Excel at sync. */
  protected _setProp(
    name: string,
    value: unknown,
    op: Omit<FakeOp, "action" | "path" | "args">,
  ): void {
    this._fields.set(name, value);
    this.context._enqueue({
      action: `${this._className}.${name}`,
      path: this._path,
      args: value,
      ...op,
    });
  }

  protected _method(
    name: string,
    args: unknown,
    op: Omit<FakeOp, "action" | "path" | "args">,
  ): void {
    this.context._enqueue({ action: `${this._className}.${name}`, path: this._path, args, ...op });
  }

  /** Runs `fn` on the target unless it is a null object (Excel ignores those operations). */
  protected _onTarget(batch: Batch, what: string, fn: (target: Target) => void): void {
    const target = this._resolve(batch);
    if (target === null) {
      batch.state.ignoredNullObjectOps.push(`${this._path}.${what}`);
      return;
    }
    fn(target);
  }

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    this.context._enqueue({
      action: `${this._className}.load`,
      path: this._path,
      args: treeToJson(tree),
      run: (_args, batch) => {
        const payload = this._collect(batch, tree);
        batch.responses.push({ payload, apply: (p) => this._applyLoaded(p as LoadPayload) });
      },
    });
    return this;
  }

  /** Reads what `tree` asks for from the document, at this point of the batch. */
  _collect(batch: Batch, tree: LoadTree): LoadPayload {
    const target = this._resolve(batch);
    if (target === null) return { _isNull: true };
    const out: LoadPayload = {};
    const names = tree.all ? [...this._scalarNames(), ...tree.names] : [...tree.names];
    for (const name of names) {
      const nav = this._navigation(name);
      if (nav) out[name] = nav._collect(batch, emptyTree(true));
      else if (name === "isNullObject") continue;
      else if (this._scalarNames().includes(name))
        out[name] = this._readScalar(target, name, batch);
      else throw this._unknownProperty(name);
    }
    for (const [name, sub] of tree.nav) {
      const nav = this._navigation(name);
      if (!nav) throw this._unknownProperty(name);
      out[name] = nav._collect(batch, sub);
    }
    return out;
  }

  private _unknownProperty(name: string): FakeOfficeError {
    return officeError(
      "InvalidArgument",
      `The property '${name}' does not exist on ${this._className}.`,
    );
  }

  _applyLoaded(payload: LoadPayload): void {
    if (payload._isNull === true) {
      this._isNull = true;
      return;
    }
    this._isNull = false;
    for (const [name, v] of Object.entries(payload)) {
      const nav = this._navigation(name);
      if (nav) nav._applyLoaded(v as LoadPayload);
      else this._fields.set(name, v);
    }
  }

  /** Stores a loaded field directly (collections keep their items this way). */
  protected _setField(name: string, value: unknown): void {
    this._isNull = false;
    this._fields.set(name, value);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._fields) out[k] = v;
    return out;
  }
}

/** ClientResult<T>: `value` is readable only after the sync that carried the request. */
export class FakeClientResult<T> {
  private _loaded = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._loaded) throw officeError("ValueNotLoaded");
    return this._value as T;
  }

  _set(value: T): void {
    this._value = value;
    this._loaded = true;
  }
}
