import { issueText } from '../result';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distribute } from '../distribution';
import { findPopulationTable, findRegion, readTableText, REGIONS, SAMVERKANSREGIONER, SCB_COUNTY_2023_12_31, tableRecipients, tableSource } from '.';

const SHARED = join(__dirname, '../../../../shared/data');

describe('built-in reference data', () => {
  it('has the 21 regions and SCB population summing to the national total 10 551 707', () => {
    expect(REGIONS).toHaveLength(21);
    const total = SCB_COUNTY_2023_12_31.rows.reduce((a, r) => a + r.weight.toNumber(), 0);
    expect(total).toBe(10_551_707);
    expect(SCB_COUNTY_2023_12_31.referenceDate).toBe('2023-12-31');
    expect(SCB_COUNTY_2023_12_31.source).toBe('SCB');
  });

  it('puts every region in a samverkansregion and Halland in two, split by municipality', () => {
    for (const r of REGIONS) {
      const groups = SAMVERKANSREGIONER.filter((s) => s.memberRegionCodes.includes(r.code)).map((s) => s.id);
      expect(groups).toEqual([...r.samverkansregioner].sort((a, b) => SAMVERKANSREGIONER.findIndex((s) => s.id === a) - SAMVERKANSREGIONER.findIndex((s) => s.id === b)));
    }
    const halland = SAMVERKANSREGIONER.flatMap((s) => s.partialMembers.filter((p) => p.regionCode === '13').flatMap((p) => p.municipalityCodes));
    expect(halland.sort()).toEqual(['1315', '1380', '1381', '1382', '1383', '1384']);
  });

  // The shared reference files are the source of truth; the built-in copy must not drift.
  const sharedIt = existsSync(SHARED) ? it : it.skip;
  sharedIt('matches shared/data exactly', () => {
    const pop = readFileSync(join(SHARED, 'population-regions-2023-12-31.csv'), 'utf8').trim().split('\n').slice(1);
    expect(pop.map((l) => l.split(',')).map(([code, , p]) => [code, Number(p)])).toEqual(SCB_COUNTY_2023_12_31.rows.map((r) => [r.id, r.weight.toNumber()]));
    const regions = readFileSync(join(SHARED, 'regions.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(regions.map(([code, county, name, groups]) => ({ code, county, name, samverkansregioner: (groups ?? '').split(';') }))).toEqual(REGIONS);
  });

  it('finds regions by code or name', () => {
    expect(findRegion('1')?.name).toBe('Region Stockholm');
    expect(findRegion(14)?.name).toBe('Västra Götalandsregionen');
    expect(findRegion('region skåne')?.code).toBe('12');
    expect(findRegion('99')).toBeUndefined();
  });

  it('finds the population table by reference date and says which dates exist', () => {
    expect(findPopulationTable('2023-12-31').ok).toBe(true);
    const missing = findPopulationTable('2022-11-01');
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues[0]?.code).toBe('UNKNOWN_REFERENCE_DATE');
      expect(issueText(missing.issues[0]!)).toContain('2023-12-31');
    }
  });

  it('distributes 62 500 000 kr by SCB population and records the source', () => {
    const r = distribute({ amount: 62_500_000, recipients: tableRecipients(SCB_COUNTY_2023_12_31), source: tableSource(SCB_COUNTY_2023_12_31) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total.toFixed()).toBe('62500000');
    expect(r.value.rows[0]).toMatchObject({ id: '01', name: 'Region Stockholm' });
    expect(r.value.rows[0]?.amount.toFixed()).toBe('14540426');
    expect(r.value.source).toMatchObject({ publisher: 'SCB', referenceDate: '2023-12-31' });
  });
});

describe('user tables from CSV', () => {
  const ok = (text: string) => {
    const r = readTableText(text, { where: 'x.csv' });
    if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
    return r.value;
  };

  it.each([
    ['comma, English headers', 'id,name,weight\n01,Stockholm,2454821\n03,Uppsala,404589\n'],
    ['semicolon, Swedish headers, CRLF, BOM', '\uFEFFkod;namn;vikt\r\n01;Stockholm;2 454 821\r\n03;Uppsala;404 589\r\n'],
    ['population header, no-break spaces', 'Kod;Namn;Befolkning\n01;Stockholm;2\u00a0454\u00a0821\n03;Uppsala;404\u00a0589\n'],
    ['tab separated', 'kod\tnamn\tvikt\n01\tStockholm\t2454821\n03\tUppsala\t404589\n'],
    ['columns in another order, blank lines', 'vikt;kod\n\n2454821;01\n404589;03\n\n'],
  ])('%s', (_name, text) => {
    const t = ok(text);
    expect(t.rows.map((r) => [r.id, r.weight.toFixed()])).toEqual([
      ['01', '2454821'],
      ['03', '404589'],
    ]);
  });

  it('reads Swedish decimals in semicolon files and knows a population table', () => {
    const t = ok('kod;namn;befolkning\na;A;12,5\n');
    expect(t.rows[0]?.weight.toFixed()).toBe('12.5');
    expect(t.kind).toBe('population');
  });

  it.each([
    ['', 'TABLE_EMPTY'],
    ['kod;namn\n01;x\n', 'TABLE_MISSING_COLUMNS'],
    ['kod;vikt\n01;tre\n', 'TABLE_BAD_NUMBER'],
    ['kod;vikt\n;3\n', 'TABLE_MISSING_ID'],
  ])('reports %j as %s, with the line', (text, code) => {
    const r = readTableText(text, { where: 'x.csv' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe(code);
  });

  it('says in words what is wrong with a line that is not CSV, in either language', () => {
    const r = readTableText('kod;namn;vikt\n01;"Region Stockholm;1\n03;Region Uppsala;2\n', { where: 'x.csv' });
    if (r.ok) throw new Error('expected an issue');
    const issue = r.issues.find((i) => i.code === 'TABLE_PARSE')!;
    expect(issueText(issue)).toMatch(/^Rad 2 i x\.csv går inte att läsa som CSV: ett citattecken öppnas men stängs aldrig\./);
    expect(issueText(issue, 'en')).toMatch(/^Line 2 of x\.csv cannot be read as CSV: a quote is opened but never closed\./);
  });
});
