import { issueText, type Issue } from '../../src/core/result';
import fc from 'fast-check';
import {
  CallLimiter,
  DEFAULT_POLICY,
  callJson,
  candidateTables,
  comparePopulationTables,
  fetchedWeightTable,
  withFetchedSource,
  populationCsv,
  populationSourceJson,
  koladaIdToCode,
  parseDateKind,
  parsePopulationDate,
  parseTableList,
  retryAfterMs,
  splitRegions,
  type HttpTransport,
  type PopulationTable,
} from '../../src/core/sources';
import { readTableText } from '../../src/core/reference';
import { SCB_SEARCH_HITS } from '../support/replay-server';
import { virtualClock } from './support';

describe('population dates', () => {
  it.each([
    ['2025-12-31', undefined, '31dec'],
    ['2025-11-01', undefined, '1nov'],
    ['2026-02-28', undefined, 'month'],
    ['2024-02-29', undefined, 'month'],
    ['2025-12-31', 'month', 'month'],
  ] as const)('%s (%s) is %s', (d, kind, expected) => {
    const r = parsePopulationDate(d, kind);
    expect(r.ok && r.value.kind).toBe(expected);
  });

  it.each([
    ['2025-13-01', undefined, 'DATE_INVALID'],
    ['2025-02-29', undefined, 'DATE_INVALID'],
    ['31/12/2025', undefined, 'DATE_INVALID'],
    ['2025-06-15', undefined, 'DATE_NO_KIND'],
    ['2025-11-30', '1nov', 'DATE_KIND_MISMATCH'],
    ['2025-11-01', '31dec', 'DATE_KIND_MISMATCH'],
  ] as const)('%s (%s) is refused with %s', (d, kind, code) => {
    const r = parsePopulationDate(d, kind);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });

  it('reads the kinds as users write them', () => {
    expect(['31dec', '31 december', '1nov', '1 november', 'månad', 'month', 'x'].map(parseDateKind)).toEqual(['31dec', '31dec', '1nov', '1nov', 'month', 'month', undefined]);
  });
});

describe('choosing the SCB table', () => {
  const hits = parseTableList({ tables: SCB_SEARCH_HITS })!.tables;
  it('takes what the search found for the kind and year, then the known ids, never an unrelated table', () => {
    expect(candidateTables('31dec', 2024, hits)).toEqual(['TAB638', 'TAB6471']);
    expect(candidateTables('31dec', 2025, hits)).toEqual(['TAB6471', 'TAB638']);
    expect(candidateTables('1nov', 2024, hits)).toEqual(['TAB1267']);
    expect(candidateTables('month', 2026, hits)).toEqual(['TAB6471']);
    expect(candidateTables('31dec', 2024, [])).toEqual(['TAB638', 'TAB6471']);
  });
});

describe('the cell limit', () => {
  it('splits regions into calls that never exceed maxDataCells and lose nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 400 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 500 }), (codes, per, max) => {
        const chunks = splitRegions(codes, per, max);
        expect(chunks.flat()).toEqual(codes);
        for (const c of chunks) expect(c.length * per <= max || c.length === 1).toBe(true);
      }),
    );
  });
});

describe('calls, waits and retries', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });

  it('waits before a call that would pass the limit', async () => {
    const clock = virtualClock();
    const limiter = new CallLimiter(3, 1000);
    for (let i = 0; i < 7; i++) await limiter.take(clock);
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('recognises a proxy by HTTP 407, which a browser fetch never shows', async () => {
    const transport: HttpTransport = async () => ({ ok: true, response: { status: 407, headers: { 'proxy-authenticate': 'Basic' }, body: '' } });
    const r = await callJson({ service: 'SCB', transport, clock: virtualClock(), policy: DEFAULT_POLICY }, { method: 'GET', url: 'https://x/config' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_PROXY');
  });

  it("reports SCB's problem detail on a 4xx", async () => {
    const transport: HttpTransport = async () => ({ ok: true, response: { status: 404, headers: {}, body: '{"title":"Non-existent table","status":404}' } });
    const r = await callJson({ service: 'SCB', transport, clock: virtualClock(), policy: DEFAULT_POLICY }, { method: 'GET', url: 'https://x/tables/TAB0/metadata' });
    expect(!r.ok && issueTextOrEmpty(r.issues[0])).toContain('HTTP 404: Non-existent table');
  });
});

describe('Kolada ids', () => {
  it('maps municipalities as they are and regions from 00 + county code; riket is neither', () => {
    expect(['0114', '0013', '0000', '00', '2480'].map((id) => [koladaIdToCode(id, 'kommuner'), koladaIdToCode(id, 'regioner')])).toEqual([
      ['0114', undefined],
      [undefined, '13'],
      [undefined, undefined],
      [undefined, undefined],
      ['2480', undefined],
    ]);
  });
});

describe('the cross-check', () => {
  const table = (provider: 'SCB' | 'Kolada', rows: [string, number][], referenceDate = '2024-12-31'): PopulationTable => ({
    source: { provider, tableId: provider === 'SCB' ? 'TAB638' : 'N01951', url: '', referenceDate, fetchedAt: '', notes: [] },
    level: 'regioner',
    rows: rows.map(([code, population]) => ({ code, name: `L${code}`, population })),
  });

  it('lists differing figures (b − a) and codes only one side has', () => {
    const c = comparePopulationTables(table('SCB', [['01', 10], ['03', 20], ['04', 5]]), table('Kolada', [['01', 10], ['03', 23], ['05', 7]]));
    expect(c.comparable).toBe(true);
    expect(c.differences).toEqual([
      { kind: 'value', code: '03', name: 'L03', a: 20, b: 23, difference: 3 },
      { kind: 'only-in-a', code: '04', name: 'L04', population: 5 },
      { kind: 'only-in-b', code: '05', name: 'L05', population: 7 },
    ]);
  });

  it('compares nothing across dates', () => {
    const c = comparePopulationTables(table('SCB', [['01', 10]]), table('Kolada', [['01', 11]], '2023-12-31'));
    expect(c).toMatchObject({ comparable: false, differences: [] });
  });
});

describe('the fetched table as a file and as weights', () => {
  const t: PopulationTable = {
    source: { provider: 'SCB', tableId: 'TAB638', url: 'https://x', referenceDate: '2024-12-31', fetchedAt: '2026-03-02T09:15:00Z', notes: ['En not.'] },
    level: 'kommuner',
    rows: [
      { code: '0114', name: 'Upplands Väsby', population: 50323 },
      { code: '0115', name: 'Semi;kolon "citat"', population: 7 },
    ],
  };

  it('writes kod;namn;befolkning for Swedish Excel, quoting what needs it', () => {
    expect(populationCsv(t)).toBe('\uFEFFkod;namn;befolkning\r\n0114;Upplands Väsby;50323\r\n0115;"Semi;kolon ""citat""";7\r\n');
  });

  it('and reads back through the weights reader unchanged', () => {
    const back = readTableText(populationCsv(t), { where: 'b.csv' });
    expect(back.ok && back.value.rows.map((r) => [r.id, r.name, r.weight.toNumber()])).toEqual(t.rows.map((r) => [r.code, r.name, r.population]));
    expect(back.ok && back.value.kind).toBe('population');
  });

  it('becomes a weight table that names its source', () => {
    const w = fetchedWeightTable(t);
    expect(w).toMatchObject({ id: 'scb-TAB638-kommuner-2024-12-31', kind: 'population', source: 'SCB', referenceDate: '2024-12-31', level: 'kommuner' });
    expect(w.description).toBe('Folkmängd per kommun 2024-12-31 (SCB, TAB638, hämtad 2026-03-02 från https://x)');
    expect(w.rows[0]?.weight.toNumber()).toBe(50323);
    expect(JSON.parse(populationSourceJson(t, 'b.csv'))).toMatchObject({ file: 'b.csv', rows: 2, total: 50330, source: { notes: ['En not.'] } });
  });
});

describe('a CSV with its source beside it', () => {
  const t: PopulationTable = {
    level: 'kommuner',
    source: { provider: 'SCB', tableId: 'TAB1267', url: 'https://scb/x?y', referenceDate: '2025-11-01', fetchedAt: '2026-03-02T10:00:00Z', notes: [] },
    rows: [
      { code: '0114', name: 'Upplands Väsby', population: 50323 },
      { code: '0115', name: 'Vallentuna', population: 7 },
    ],
  };
  const read = (csv: string) => {
    const r = readTableText(csv, { where: 'b.csv' });
    if (!r.ok) throw new Error('read');
    return r.value;
  };

  it('is credited to SCB’s table, date and URL', () => {
    const r = withFetchedSource(read(populationCsv(t)), populationSourceJson(t, 'b.csv'), 'b.källa.json');
    expect(r.ok && r.value).toMatchObject({ id: 'b.csv', kind: 'population', source: 'SCB', referenceDate: '2025-11-01', level: 'kommuner' });
    expect(r.ok && r.value.description).toBe('Folkmängd per kommun 2025-11-01 (1 november) (SCB, TAB1267, hämtad 2026-03-02 från https://scb/x?y), fil b.csv');
  });

  it('edited after the fetch, or with a sidecar that is not ours, is not', () => {
    const edited = withFetchedSource(read(populationCsv(t).replace('50323', '50324')), populationSourceJson(t, 'b.csv'), 'b.källa.json');
    expect(!edited.ok && edited.issues.map((i) => i.code)).toEqual(['SIDECAR_MISMATCH']);
    expect(!edited.ok && issueText(edited.issues[0]!)).toContain('b.csv har ändrats sedan den hämtades');
    for (const bad of ['{', '{"level":"kommuner"}', '[]']) {
      const r = withFetchedSource(read(populationCsv(t)), bad, 'b.källa.json');
      expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['SIDECAR_UNREADABLE']);
    }
  });
});

function issueTextOrEmpty(i: Issue | undefined): string {
  return i ? issueText(i) : '';
}
