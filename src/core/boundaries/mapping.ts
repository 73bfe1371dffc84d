/**
 * The official 1/7/2025 mapping from former administrative units to today's: 34 provinces made
 * of 63, 3 321 communes and wards made of 10 052 (dvhcvn/20250701, MIT). The data is decoded
 * from the compact text in data/mapping20250701.ts, which only a host that needs it loads
 * (`loadBoundaryMap`): the web bundle keeps it in a chunk of its own.
 */

export type MergeType = "full" | "partial";

/** A unit that existed before 1/7/2025, as the mapping names it. */
export interface FormerUnit {
  /** National code: 5 digits for communes, wards and towns (3 for island districts), 2 for provinces. */
  code: string;
  /** "Thị trấn Hợp Hòa", "Tỉnh Vĩnh Phúc". */
  name: string;
}

/** One former unit's part in a new unit. */
export interface FormerPart extends FormerUnit {
  /** full: the whole former unit went into this new one; partial: only part of it did. */
  type: MergeType;
}

/** A unit that exists since 1/7/2025. */
export interface NewUnit {
  code: string;
  name: string;
  level: 1 | 2;
  /** The province it lies in (itself for a province). */
  provinceCode: string;
  formers: FormerPart[];
}

export interface Province extends NewUnit {
  level: 1;
  communes: NewUnit[];
}

export interface BoundaryMap {
  provinces: Province[];
  /** New level-2 units that took in part of a former unit, by the former unit's code. */
  splitInto: ReadonlyMap<string, readonly NewUnit[]>;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  P: "Thành phố ",
  T: "Tỉnh ",
  t: "Thị trấn ",
  p: "Phường ",
  x: "Xã ",
  d: "Đặc khu ",
  h: "Huyện ",
  _: "",
};

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "08869xTam Dương" → code and full name; a name left out (a repeat) gives null. */
function splitEntry(entry: string, at: string): { code: string; name: string | null } {
  let i = 0;
  while (i < entry.length && isDigit(entry.charCodeAt(i))) i++;
  const code = entry.slice(0, i);
  if (code === "") throw new Error(`Dữ liệu địa giới hỏng ở “${at}”: thiếu mã.`);
  if (i === entry.length) return { code, name: null };
  const word = TYPE_WORDS[entry[i]];
  if (word === undefined) throw new Error(`Dữ liệu địa giới hỏng ở “${at}”: loại “${entry[i]}”.`);
  return { code, name: word + entry.slice(i + 1) };
}

/** Decodes the text scripts/boundaries/encode.js writes. */
export function decodeMapping(text: string): BoundaryMap {
  const provinces: Province[] = [];
  const splitInto = new Map<string, NewUnit[]>();
  let province: Province | null = null;
  let names = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const bar = line.indexOf("|");
    if (bar < 0) throw new Error(`Dữ liệu địa giới hỏng ở “${line.slice(0, 40)}”.`);
    const isProvince = line.startsWith("=");
    const head = splitEntry(line.slice(isProvince ? 1 : 0, bar), line.slice(0, 40));
    if (head.name === null) throw new Error(`Dữ liệu địa giới hỏng ở “${line.slice(0, 40)}”.`);
    if (isProvince) names = new Map();
    const formers: FormerPart[] = [];
    for (const raw of line.slice(bar + 1).split(";")) {
      const partial = raw.startsWith("*");
      const entry = splitEntry(partial ? raw.slice(1) : raw, line.slice(0, 40));
      const name = entry.name ?? names.get(entry.code);
      if (name === undefined)
        throw new Error(`Dữ liệu địa giới hỏng: mã cũ ${entry.code} chưa có tên.`);
      if (!isProvince) names.set(entry.code, name);
      formers.push({ code: entry.code, name, type: partial ? "partial" : "full" });
    }
    if (isProvince) {
      province = {
        code: head.code,
        name: head.name,
        level: 1,
        provinceCode: head.code,
        formers,
        communes: [],
      };
      provinces.push(province);
      continue;
    }
    if (!province) throw new Error("Dữ liệu địa giới hỏng: xã đứng trước tỉnh.");
    const unit: NewUnit = {
      code: head.code,
      name: head.name,
      level: 2,
      provinceCode: province.code,
      formers,
    };
    province.communes.push(unit);
    for (const f of formers) {
      if (f.type !== "partial") continue;
      const list = splitInto.get(f.code);
      if (list) list.push(unit);
      else splitInto.set(f.code, [unit]);
    }
  }
  return { provinces, splitInto };
}

let loaded: Promise<BoundaryMap> | null = null;

/**
 * The mapping, decoded once per session. The data module is imported on first use only, so
 * a run without last year's unit files never loads it (and the web bundle splits it off).
 */
export function loadBoundaryMap(): Promise<BoundaryMap> {
  loaded ??= import(/* webpackChunkName: "boundaries" */ "./data/mapping20250701").then(
    (m) => decodeMapping(m.mapping20250701()),
    (error: unknown) => {
      // A chunk that failed to load (the page's server was gone) may load on the next try.
      loaded = null;
      throw error;
    },
  );
  return loaded;
}
