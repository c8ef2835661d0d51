/**
 * The parser on SCB's own PxWebApi v2 responses (../shared/data/pxweb-v2-examples, copied byte for
 * byte from SCB by pxwebpy): config, TAB6471's metadata and a json-stat2 data answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  jsonStatCells,
  parseJsonStat,
  parsePopulationDate,
  parseScbConfig,
  planPopulationQuery,
  readPopulation,
  type JsonStatDataset,
} from '../../src/core/sources';

const DIR = join(__dirname, '../../../shared/data/pxweb-v2-examples');
const real = (f: string): unknown => JSON.parse(readFileSync(join(DIR, f), 'utf8'));
const dataset = (json: unknown, allowEmptyValues = false): JsonStatDataset => {
  const r = parseJsonStat(json, { allowEmptyValues });
  if (!r.ok) throw new Error(r.detail);
  return r.value;
};
const date = (d: string) => {
  const r = parsePopulationDate(d);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

describe('SCB /config', () => {
  it('gives the limits the client obeys', () => {
    expect(parseScbConfig(real('scb-v2-config.json'))).toEqual({
      apiVersion: '2.2.0',
      maxDataCells: 150000,
      maxCallsPerTimeWindow: 3,
      timeWindow: 1,
      sourceReference: 'Källa: SCB',
    });
  });
});

describe('SCB metadata (TAB6471)', () => {
  const meta = dataset(real('scb-v2-TAB6471-metadata.json'), true);

  it('reads every region, its codes and labels, the codelists and the periods', () => {
    const region = meta.dimensions['Region'];
    expect(region?.codes).toHaveLength(312);
    expect(region?.labels['00']).toBe('Riket');
    expect(region?.codes.filter((c) => /^\d{2}$/.test(c) && c !== '00')).toHaveLength(21);
    expect(region?.codes.filter((c) => /^\d{4}$/.test(c))).toHaveLength(290);
    expect(region?.labels['0114']).toBe('Upplands Väsby');
    expect(region?.codelists.map((c) => c.id)).toEqual(['vs_CKM01Riket', 'vs_CKM02Län', 'vs_CKM03Kommun']);
    expect(meta.dimensions['Tid']?.codes[0]).toBe('2025M01');
    expect(meta.dimensions['Tid']?.codes.at(-1)).toBe('2026M04');
    expect(meta.tableId).toBe('TAB6471');
    expect(meta.values).toEqual([]);
    expect(meta.notes[0]).toContain('Cell Key Method (CKM)');
  });

  it('plans 31 December 2025 by municipality: December of the monthly table, the age total, sex left out', () => {
    const plan = planPopulationQuery(meta, 'TAB6471', date('2025-12-31'), 'kommuner');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.periodCode).toBe('2025M12');
    expect(plan.value.regionCodes).toHaveLength(290);
    expect(plan.value.fixed).toEqual([
      { variableCode: 'Alder', valueCodes: ['TotSA'] },
      { variableCode: 'ContentsCode', valueCodes: ['000007SF'] },
    ]);
    expect(plan.value.notes.some((n) => n.includes('per den 31 december'))).toBe(true);
    expect(plan.value.notes.some((n) => n.startsWith('Med ålder avses uppnådd ålder'))).toBe(true);
  });

  it('plans a month end by county', () => {
    const plan = planPopulationQuery(meta, 'TAB6471', date('2026-03-31'), 'regioner');
    expect(plan.ok && plan.value.periodCode).toBe('2026M03');
    expect(plan.ok && plan.value.regionCodes).toHaveLength(21);
  });

  it('answers an unknown date with the dates the table has', () => {
    const dec = planPopulationQuery(meta, 'TAB6471', date('2024-12-31'), 'kommuner');
    expect(dec.ok).toBe(false);
    if (!dec.ok) {
      expect(dec.issues[0]?.code).toBe('SCB_UNKNOWN_PERIOD');
      expect(dec.issues[0]?.message).toContain('Det som finns: 2025-12-31.');
    }
    const month = planPopulationQuery(meta, 'TAB6471', date('2026-05-31'), 'kommuner');
    expect(!month.ok && month.issues[0]?.message).toContain('2025-01-31 … 2026-04-30 (16 datum)');
    const nov = planPopulationQuery(meta, 'TAB6471', date('2025-11-01'), 'kommuner');
    expect(!nov.ok && nov.issues[0]?.code).toBe('SCB_UNKNOWN_PERIOD');
  });
});

describe('SCB json-stat2 data (TAB6471, 21 län × 11 age groups × 3 sexes × 4 months)', () => {
  const json = real('scb-v2-TAB6471-data.json-stat2.json') as Record<string, unknown>;
  const data = dataset(json);

  it('walks id and size row-major, the last dimension fastest', () => {
    expect(data.ids).toEqual(['Region', 'Alder', 'Kon', 'ContentsCode', 'Tid']);
    expect(data.sizes).toEqual([21, 11, 3, 1, 4]);
    const cells = [...jsonStatCells(data)];
    expect(cells).toHaveLength(2772);
    expect(cells[0]).toEqual({ coords: { Region: '01', Alder: '0-9', Kon: 'TotSa', ContentsCode: '000007SF', Tid: '2026M01' }, value: 245284 });
    expect(cells[132]?.coords).toEqual({ Region: '03', Alder: '0-9', Kon: 'TotSa', ContentsCode: '000007SF', Tid: '2026M01' });
    expect(cells[132]?.value).toBe(38987);
    expect(cells[135]?.coords['Tid']).toBe('2026M04');
    expect(cells[135]?.value).toBe(39950);
  });

  it("sums the age groups of both sexes together to README's 10 604 483 for 2026M01 (with SCB's noise)", () => {
    const sum = [...jsonStatCells(data)]
      .filter((c) => c.coords['Kon'] === 'TotSa' && c.coords['Tid'] === '2026M01')
      .reduce((s, c) => s + (c.value ?? 0), 0);
    expect(sum).toBe(10604483);
  });

  it('reads one figure per county once the other variables are pinned, with names and SCB notes', () => {
    const r = readPopulation(data, { tableId: 'TAB6471', level: 'regioner', periodCode: '2026M01', fixed: { Kon: 'TotSa', Alder: '0-9' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows).toHaveLength(21);
    expect(r.value.rows[0]).toEqual({ code: '01', name: 'Stockholms län', population: 245284 });
    expect(r.value.rows[1]).toEqual({ code: '03', name: 'Uppsala län', population: 38987 });
    expect(r.value.notes[0]).toContain('Från och med referensåret 2025');
    expect(r.value.notes.some((n) => n.includes('sista dagen i respektive månad'))).toBe(true);
  });

  it('refuses to read population while a variable still has several values', () => {
    const r = readPopulation(data, { tableId: 'TAB6471', level: 'regioner', periodCode: '2026M01', fixed: { Kon: 'TotSa' } });
    expect(!r.ok && r.issues[0]?.code).toBe('SCB_AMBIGUOUS_CELLS');
  });

  it('turns a missing value into an error naming the region and SCB\'s symbol, never a zero', () => {
    const values = [...(json['value'] as number[])] as (number | null)[];
    values[0] = null;
    const broken = dataset({ ...json, value: values, status: { '0': '..' } });
    const r = readPopulation(broken, { tableId: 'TAB6471', level: 'regioner', periodCode: '2026M01', fixed: { Kon: 'TotSa', Alder: '0-9' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('VALUE_MISSING');
      expect(r.issues[0]?.message).toContain('01 Stockholms län');
      expect(r.issues[0]?.message).toContain('..');
    }
  });

  it('reads json-stat2 sparse values (an object of index → value) as the dense form', () => {
    const dense = json['value'] as number[];
    const sparse = Object.fromEntries(dense.map((v, i) => [String(i), v]));
    expect(dataset({ ...json, value: sparse }).values).toEqual(dense);
  });

  it.each([
    ['a size that does not match the codes', { size: [20, 11, 3, 1, 4] }, 'har 21 koder men size 20'],
    ['a value list of the wrong length', { value: [1, 2, 3] }, 'value har 3 celler'],
    ['a dimension missing from dimension', { id: ['Region', 'Alder', 'Kon', 'ContentsCode', 'Månad'] }, 'dimensionen Månad saknas'],
    ['text where a number belongs', { value: (json['value'] as number[]).map((v, i) => (i === 5 ? 'x' : v)) }, 'är inget tal'],
  ])('says what is wrong with %s', (_what, patch, detail) => {
    const r = parseJsonStat({ ...json, ...patch });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toContain(detail);
  });
});
