import { issueText } from '../result';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distribute } from '../distribution';
import {
  BUILT_IN_POPULATION,
  checkPopulationTable,
  countyOf,
  findMunicipality,
  findPopulationTable,
  findRegion,
  groupByCounty,
  MUNICIPALITIES,
  SCB_CELL_KEY_NOTE,
  tableRecipients,
  tableSource,
  type PopulationTable,
} from '.';

const SHARED = join(__dirname, '../../../../shared/data');
const table = (id: string) => BUILT_IN_POPULATION.find((t) => t.id === id) as PopulationTable;
const sum = (t: PopulationTable) => t.rows.reduce((a, r) => a + r.population, 0);

describe('built-in population tables (SCB)', () => {
  it('has counties 2023-12-31 and 2024-12-31, municipalities 2024-12-31 and 2025-12-31, each naming SCB, its table and date', () => {
    expect(BUILT_IN_POPULATION.map((t) => [t.level, t.source.referenceDate, t.source.provider, t.source.tableId])).toEqual([
      ['regioner', '2023-12-31', 'SCB', 'BE0101N1'],
      ['regioner', '2024-12-31', 'SCB', 'TAB638'],
      ['kommuner', '2024-12-31', 'SCB', 'TAB638'],
      ['kommuner', '2025-12-31', 'SCB', 'BE0101N1'],
    ]);
    expect(sum(table('scb-kommuner-2024-12-31'))).toBe(10_587_710);
    expect(sum(table('scb-kommuner-2025-12-31'))).toBe(10_605_520);
  });

  const sharedIt = existsSync(SHARED) ? it : it.skip;
  sharedIt('matches shared/data exactly', () => {
    const files: [string, string][] = [
      ['counties-2024-12-31.csv', 'scb-lan-2024-12-31'],
      ['municipalities-2024-12-31.csv', 'scb-kommuner-2024-12-31'],
      ['municipalities-2025-12-31.csv', 'scb-kommuner-2025-12-31'],
    ];
    for (const [file, id] of files) {
      const lines = readFileSync(join(SHARED, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
      const t = table(id);
      expect(lines.map(([code, , p]) => [code, Number(p)])).toEqual(t.rows.map((r) => [r.code, r.population]));
      if (t.level === 'kommuner') expect(lines.map(([, name]) => name)).toEqual(t.rows.map((r) => r.name));
    }
  });

  it('2024: municipalities sum to their counties and to the national total; no finding', () => {
    expect(checkPopulationTable(table('scb-kommuner-2024-12-31'))).toEqual([]);
    expect(checkPopulationTable(table('scb-lan-2024-12-31'))).toEqual([]);
    expect(checkPopulationTable(table('scb-lan-2023-12-31'))).toEqual([]);
  });

  it('2024: a figure that does not add up is an error naming the county', () => {
    const t = table('scb-kommuner-2024-12-31');
    const tampered: PopulationTable = { ...t, rows: t.rows.map((r) => (r.code === '0180' ? { ...r, population: r.population + 1 } : r)) };
    const findings = checkPopulationTable(tampered);
    expect(findings.map((f) => [f.severity, f.issue.code])).toEqual([
      ['error', 'POPULATION_NATIONAL_MISMATCH'],
      ['error', 'POPULATION_COUNTY_MISMATCH'],
    ]);
    expect(issueText(findings[1]!.issue)).toContain('Stockholms län');
  });

  it("2025: SCB's cell-key noise is a note in SCB's own words, not an error", () => {
    const findings = checkPopulationTable(table('scb-kommuner-2025-12-31'));
    expect(findings.map((f) => [f.severity, f.issue.code])).toEqual([['info', 'POPULATION_CELL_KEY_NOISE']]);
    expect(issueText(findings[0]!.issue)).toContain(SCB_CELL_KEY_NOTE);
    expect(table('scb-kommuner-2025-12-31').source.notes).toEqual([SCB_CELL_KEY_NOTE]);
  });

  it("SCB's note is quoted as SCB wrote it in its json-stat2 response", () => {
    const file = join(SHARED, 'pxweb-v2-examples/scb-v2-TAB6471-data.json-stat2.json');
    if (!existsSync(file)) return;
    const notes = (JSON.parse(readFileSync(file, 'utf8')) as { note: string[] }).note;
    expect(notes[0]?.startsWith(SCB_CELL_KEY_NOTE)).toBe(true);
  });

  it('finds a table by date and level; an unknown date lists the tables that exist', () => {
    expect(findPopulationTable('2024-12-31', 'kommuner').ok && findPopulationTable('2024-12-31', 'kommuner')).toMatchObject({ value: { level: 'kommuner' } });
    const missing = findPopulationTable('2025-12-31', 'regioner');
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues[0]?.code).toBe('UNKNOWN_REFERENCE_DATE');
      expect(issueText(missing.issues[0]!)).toContain('2023-12-31 (regioner), 2024-12-31 (regioner), 2024-12-31 (kommuner), 2025-12-31 (kommuner)');
    }
  });
});

describe('municipalities', () => {
  it('are 290, with four-digit codes whose first two digits are a county', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(findRegion(countyOf(m.code))).toBeDefined();
    }
    expect(findMunicipality('0180')?.name).toBe('Stockholm');
    expect(findMunicipality(180)?.name).toBe('Stockholm');
    expect(findMunicipality('göteborg')?.code).toBe('1480');
    expect(findMunicipality('0199')).toBeUndefined();
  });

  it('distribute 1 050 000 000 kr over the 290 to the krona, rows with four-digit ids, grouped per county', () => {
    const t = findPopulationTable('2024-12-31', 'kommuner');
    if (!t.ok) throw new Error('no table');
    const r = distribute({ amount: '1 050 000 000', recipients: tableRecipients(t.value), source: tableSource(t.value) });
    if (!r.ok) throw new Error(r.issues[0]?.code);
    expect(r.value.rows).toHaveLength(290);
    expect(r.value.total.toFixed()).toBe('1050000000');
    expect(r.value.rows.every((x) => /^\d{4}$/.test(x.id))).toBe(true);
    const groups = groupByCounty(r.value.rows);
    expect(groups).toHaveLength(21);
    expect(groups[0]?.county?.code).toBe('01');
    expect(groups.reduce((a, g) => a + g.rows.length, 0)).toBe(290);
    const gotland = groups.find((g) => g.code === '09');
    expect(gotland?.rows.map((x) => x.name)).toEqual(['Gotland']);
  });
});
