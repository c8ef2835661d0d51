import { requireCompleteLevel } from '../../src/core/reference';
import { populationSheet, readPopulationSheet } from '../../src/core/templates';
import { planValues } from '../support/fake-port';
import { FETCHED } from './population-fixture';

const sheetValues = (sheet: Parameters<typeof planValues>[0]) => planValues(sheet, 'A1:C400');

describe('the stored population sheet', () => {
  const sheet = populationSheet(FETCHED);

  it('is named by provider and date, visible and unprotected, with its source above kod;namn;befolkning', () => {
    expect(sheet.sheetName).toBe('Befolkning SCB 2025-11-01');
    expect(sheet.id).toBe('population:scb:kommuner:2025-11-01');
    expect(sheet.protect).toBe(false);
    expect(sheet.table?.range).toBe('A12:C302');
  });

  it('reads back as the same 290 figures, credited to SCB’s table, date and URL, with SCB’s notes', () => {
    const r = readPopulationSheet(sheet.sheetName, sheetValues(sheet));
    if (!r.ok) throw new Error(JSON.stringify(r.issues.map((i) => i.code)));
    expect(r.value.source).toEqual(FETCHED.source);
    expect(r.value.level).toBe('kommuner');
    expect(r.value.weights.rows.map((x) => [x.id, x.name, x.weight.toNumber()])).toEqual(FETCHED.rows.map((x) => [x.code, x.name, x.population]));
    expect(r.value.weights).toMatchObject({ kind: 'population', source: 'SCB', referenceDate: '2025-11-01', level: 'kommuner', id: 'blad:Befolkning SCB 2025-11-01' });
    expect(r.value.weights.description).toContain('TAB1267');
    expect(r.value.weights.description).toContain(FETCHED.source.url);
    expect(r.value.weights.description).toContain('bladet Befolkning SCB 2025-11-01');
    expect(requireCompleteLevel(r.value.weights).ok).toBe(true);
  });

  it('a code Excel turned into a number still reads (114 → 0114); a sheet not ours is refused with a message', () => {
    const values = sheetValues(sheet);
    values[12]![0] = 114;
    expect(readPopulationSheet('x', values).ok).toBe(true);
    const other = readPopulationSheet('Blad1', [['kod', 'namn', 'befolkning'], ['0114', 'Upplands Väsby', 1]]);
    expect(!other.ok && other.issues.map((i) => i.code)).toEqual(['POPULATION_SHEET_UNREADABLE']);
    const broken = sheetValues(sheet);
    broken[13]![2] = 'många';
    expect(!readPopulationSheet('x', broken).ok).toBe(true);
  });
});
