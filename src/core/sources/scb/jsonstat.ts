
/**
 * JSON-stat 2.0, as PxWebApi v2 answers both /metadata (no values) and /data. Cells are stored
 * row-major: the last dimension in `id` varies fastest; codes map to positions through
 * `dimension[d].category.index`.
 */
export interface JsonStatDimension {
  readonly id: string;
  readonly label: string;
  /** In the dataset's order. */
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  readonly categoryNotes: Readonly<Record<string, readonly string[]>>;
  /** PxWeb: the dimension may be left out of a query (the server then gives the total). */
  readonly elimination?: boolean;
  readonly eliminationValueCode?: string;
  readonly codelists: readonly { readonly id: string; readonly label: string }[];
}

export interface JsonStatDataset {
  readonly label: string;
  readonly source: string;
  readonly updated: string;
  readonly notes: readonly string[];
  readonly ids: readonly string[];
  readonly sizes: readonly number[];
  readonly dimensions: Readonly<Record<string, JsonStatDimension>>;
  readonly role: { readonly time: readonly string[]; readonly metric: readonly string[]; readonly geo: readonly string[] };
  /** PxWeb's own table id (extension.px.tableid), when given. */
  readonly tableId?: string;
  /** Dense, `null` where the cell has no value. Empty for metadata. */
  readonly values: readonly (number | null)[];
  /** Dense; a status symbol (SCB: "..", "." …) or undefined. */
  readonly status: readonly (string | undefined)[];
}

export interface JsonStatCell {
  readonly coords: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly status?: string;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : typeof x === 'string' ? [x] : []);

/** Reads a json-stat2 dataset; a failure says, in Swedish, what is wrong, for the caller's message. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

export function parseJsonStat(json: unknown, options: { allowEmptyValues?: boolean } = {}): Parsed<JsonStatDataset> {
  if (!isObject(json)) return bad('svaret är inget JSON-objekt');
  if (json['class'] !== undefined && json['class'] !== 'dataset') return bad(`class är ”${String(json['class'])}”, inte dataset`);
  const ids = strings(json['id']);
  const sizes = Array.isArray(json['size']) ? json['size'].map(Number) : [];
  if (ids.length === 0 || ids.length !== sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 0)) return bad('id och size saknas eller stämmer inte överens');
  const dimsJson = json['dimension'];
  if (!isObject(dimsJson)) return bad('dimension saknas');
  const dimensions: Record<string, JsonStatDimension> = {};
  for (const [k, id] of ids.entries()) {
    const d = dimsJson[id];
    if (!isObject(d)) return bad(`dimensionen ${id} saknas i dimension`);
    const dim = parseDimension(id, d);
    if (typeof dim === 'string') return bad(dim);
    if (dim.codes.length !== sizes[k]) return bad(`dimensionen ${id} har ${dim.codes.length} koder men size ${sizes[k]}`);
    dimensions[id] = dim;
  }
  const count = sizes.reduce((a, b) => a * b, 1);
  const values = denseValues(json['value'], count);
  if (typeof values === 'string') return bad(values);
  if (values.length === 0 && count > 0 && !options.allowEmptyValues) return bad('value saknas');
  const roleJson = isObject(json['role']) ? json['role'] : {};
  const px = isObject(json['extension']) && isObject(json['extension']['px']) ? json['extension']['px'] : {};
  const dataset: JsonStatDataset = {
    label: typeof json['label'] === 'string' ? json['label'] : '',
    source: typeof json['source'] === 'string' ? json['source'] : '',
    updated: typeof json['updated'] === 'string' ? json['updated'] : '',
    notes: strings(json['note']),
    ids,
    sizes,
    dimensions,
    role: { time: strings(roleJson['time']), metric: strings(roleJson['metric']), geo: strings(roleJson['geo']) },
    ...(typeof px['tableid'] === 'string' ? { tableId: px['tableid'] } : {}),
    values,
    status: denseStatus(json['status'], values.length),
  };
  return { ok: true, value: dataset };
}

const bad = (detail: string) => ({ ok: false as const, detail });

function parseDimension(id: string, d: Json): JsonStatDimension | string {
  const category = isObject(d['category']) ? d['category'] : undefined;
  if (!category) return `dimensionen ${id} saknar category`;
  const labels = isObject(category['label']) ? (category['label'] as Record<string, unknown>) : {};
  let codes: string[];
  const index = category['index'];
  if (Array.isArray(index)) codes = strings(index);
  else if (isObject(index)) {
    codes = [];
    for (const [code, pos] of Object.entries(index)) {
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0) return `dimensionen ${id}: index för ${code} är inget heltal`;
      codes[pos] = code;
    }
    if (codes.some((c) => c === undefined) || codes.length !== Object.keys(index).length) return `dimensionen ${id}: index har luckor`;
  } else codes = Object.keys(labels);
  const ext = isObject(d['extension']) ? d['extension'] : {};
  const lists = Array.isArray(ext['codelists']) ? ext['codelists'] : Array.isArray(ext['codeLists']) ? ext['codeLists'] : [];
  const categoryNotes: Record<string, string[]> = {};
  if (isObject(category['note'])) for (const [code, n] of Object.entries(category['note'])) categoryNotes[code] = strings(n);
  return {
    id,
    label: typeof d['label'] === 'string' ? d['label'] : id,
    codes,
    labels: Object.fromEntries(codes.map((c) => [c, typeof labels[c] === 'string' ? (labels[c] as string) : c])),
    notes: strings(d['note']),
    categoryNotes,
    ...(typeof ext['elimination'] === 'boolean' ? { elimination: ext['elimination'] } : {}),
    ...(typeof ext['eliminationValueCode'] === 'string' ? { eliminationValueCode: ext['eliminationValueCode'] } : {}),
    codelists: lists.filter(isObject).map((l) => ({ id: String(l['id'] ?? ''), label: String(l['label'] ?? '') })),
  };
}

function denseValues(value: unknown, count: number): (number | null)[] | string {
  if (value === undefined || value === null) return [];
  const cell = (v: unknown): number | null | string => (v === null ? null : typeof v === 'number' && Number.isFinite(v) ? v : `värdet ${JSON.stringify(v)} är inget tal`);
  const out: (number | null)[] = [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (value.length !== count) return `value har ${value.length} celler men dimensionerna ger ${count}`;
    for (const v of value) {
      const c = cell(v);
      if (typeof c === 'string') return c;
      out.push(c);
    }
    return out;
  }
  if (isObject(value)) {
    out.length = count;
    out.fill(null);
    for (const [k, v] of Object.entries(value)) {
      const i = Number(k);
      const c = cell(v);
      if (!Number.isInteger(i) || i < 0 || i >= count) return `value har cellen ${k} utanför tabellen`;
      if (typeof c === 'string') return c;
      out[i] = c;
    }
    return out;
  }
  return 'value är varken lista eller objekt';
}

function denseStatus(status: unknown, count: number): (string | undefined)[] {
  const out: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  if (typeof status === 'string') out.fill(status);
  else if (Array.isArray(status)) status.forEach((s, i) => (out[i] = typeof s === 'string' ? s : undefined));
  else if (isObject(status)) for (const [k, s] of Object.entries(status)) if (typeof s === 'string' && Number(k) < count) out[Number(k)] = s;
  return out;
}

/** Every cell with its codes, in storage order. */
export function* jsonStatCells(ds: JsonStatDataset): Generator<JsonStatCell> {
  const n = ds.values.length;
  const strides = ds.sizes.map((_, k) => ds.sizes.slice(k + 1).reduce((a, b) => a * b, 1));
  for (let i = 0; i < n; i++) {
    const coords: Record<string, string> = {};
    ds.ids.forEach((id, k) => {
      const pos = Math.floor(i / (strides[k] as number)) % (ds.sizes[k] as number);
      coords[id] = ds.dimensions[id]?.codes[pos] ?? '';
    });
    const status = ds.status[i];
    yield { coords, value: ds.values[i] ?? null, ...(status === undefined ? {} : { status }) };
  }
}
