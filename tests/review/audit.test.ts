import { issueText } from '../../src/core/result';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditTable, evidenceRow, findColumn, identifyMethod, readPublishedGrid, readPublishedTable, type PublishedTable } from '../../src/core/review';
import { Dec, formatAmountPlain, UNITS } from '../../src/core/money';
import { distribute } from '../../src/core/distribution';
import { readTableText, POPULATION_TABLES, SCB_COUNTY_2023_12_31, tableRecipients, type WeightTable } from '../../src/core/reference';

const SHARED = join(__dirname, '../../../shared');
const sharedTable = (year: number): PublishedTable => {
  const r = readPublishedTable(readFileSync(join(SHARED, 'published-tables', `skr-kvinnors-halsa-fordelning-${year}.txt`), 'utf8'));
  if (!r.ok) throw new Error(issueText(r.issues[0]!));
  return r.value;
};
const counties2024 = (): WeightTable => {
  const r = readTableText(readFileSync(join(SHARED, 'data/counties-2024-12-31.csv'), 'utf8'), { where: 'counties-2024-12-31.csv', referenceDate: '2024-12-31', source: 'SCB' });
  if (!r.ok) throw new Error(issueText(r.issues[0]!));
  return r.value;
};

describe('identifyMethod (the core of BIDRAG.METOD)', () => {
  // 10 kr over 45/45/10: quotas 4,5 / 4,5 / 1 — the three methods give three different tables.
  const weights = [45, 45, 10];
  it.each([
    [[5, 4, 1], 'largest-remainder'],
    [[4, 5, 1], 'adjust-largest'],
    [[5, 5, 1], 'round'],
  ])('%j is %s', (published, method) => {
    const r = identifyMethod({ amount: 10, weights, published });
    expect(r.ok && r.value.method).toBe(method);
    expect(r.ok && r.value.deviatingRows).toBe(0);
  });
  it('counts the deviating rows when no method reproduces the table', () => {
    const r = identifyMethod({ amount: 10, weights, published: ['6', '3', '1'] });
    expect(r.ok && { method: r.value.method, closest: r.value.closest, rows: r.value.deviatingRows }).toEqual({ method: null, closest: 'largest-remainder', rows: 2 });
  });
  it('refuses text and mismatched lengths with codes', () => {
    const bad = identifyMethod({ amount: 'tio', weights, published: [1, 'x', 3] });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['AUDIT_TOTAL_NOT_NUMBER', 'METHOD_BAD_AMOUNT']);
    const short = identifyMethod({ amount: 10, weights, published: [1] });
    expect(short.ok ? [] : short.issues.map((i) => i.code)).toEqual(['METHOD_LENGTH_MISMATCH']);
  });
});

describe('auditTable on a small table', () => {
  const grid = (amounts: number[], total?: number) =>
    readPublishedGrid([['Region', 'Belopp'], ['Stockholm', amounts[0]], ['Uppsala', amounts[1]], ['Sörmland', amounts[2]], ...(total === undefined ? [] : [['Totalt', total]])], { requireAllRegions: false });
  const weights: WeightTable = { id: 'w', kind: 'weights', description: 'test', source: 'test', rows: [['01', 45], ['03', 45], ['04', 10]].map(([id, w]) => ({ id: String(id), name: String(id), weight: new Dec(w as number) })) };
  const other: WeightTable = { ...weights, id: 'v', rows: weights.rows.map((r, i) => ({ ...r, weight: new Dec(i === 2 ? 20 : 40) })) };

  it('names the method and weights that reproduce it, best first', () => {
    const t = grid([4, 5, 1], 10);
    if (!t.ok) throw new Error();
    const r = auditTable({ table: t.value, candidates: [other, weights] });
    if (!r.ok) throw new Error();
    expect(r.value.foots).toBe(true);
    expect(r.value.best?.table.id).toBe('w');
    expect(r.value.best?.fits).toBe(true);
    expect(r.value.best?.methods.filter((m) => m.reproduces).map((m) => m.method)).toEqual(['adjust-largest']);
    expect(r.value.candidates[1]?.fits).toBe(false);
  });

  it('gives the exact weight interval of a row: round(10·w/100) = 1 for 5 ≤ w < 15', () => {
    const t = grid([5, 5, 1], 10);
    if (!t.ok) throw new Error();
    const r = auditTable({ table: t.value, candidates: [weights] });
    if (!r.ok) throw new Error();
    const row = r.value.best?.intervals?.[2];
    expect(r.value.best?.closest?.method).toBe('round');
    expect(r.value.foots).toBe(false);
    expect([row?.min.toFixed(), row?.minIncluded, row?.max.toFixed(), row?.maxIncluded, row?.contains]).toEqual(['5', true, '15', false, true]);
  });

  it('tells rounding (at most 1 kr per row) from other weights', () => {
    // 10 kr over 45/45/10 by largest remainder is 5/4/1; a krona moved from Uppsala to Sörmland is no method's table.
    const t = grid([5, 3, 2], 10);
    if (!t.ok) throw new Error();
    const r = auditTable({ table: t.value, candidates: [weights] });
    if (!r.ok) throw new Error();
    expect(r.value.best?.fits).toBe(false);
    expect(r.value.best?.closest?.method).toBe('largest-remainder');
    expect(r.value.best?.closest?.deviations.map((d) => [d.id, d.difference.toNumber()])).toEqual([
      ['03', -1],
      ['04', 1],
    ]);
    expect(r.value.best?.closest?.maxDeviation.toNumber()).toBe(1);
  });

  it('a candidate without a weight for some row is never the best', () => {
    const t = grid([5, 4, 1]);
    if (!t.ok) throw new Error();
    const partial = { ...weights, id: 'p', rows: weights.rows.slice(0, 2) };
    const r = auditTable({ table: t.value, candidates: [partial, other] });
    expect(r.ok && r.value.candidates.map((c) => [c.table.id, c.missing])).toEqual([['v', []], ['p', ['04']]]);
  });

  it('sums a municipal table per county', () => {
    const t = grid([5, 4, 1]);
    if (!t.ok) throw new Error();
    const municipal: WeightTable = { ...weights, id: 'k', rows: [['0114', 20], ['0180', 25], ['0360', 45], ['0480', 10]].map(([id, w]) => ({ id: String(id), name: String(id), weight: new Dec(w as number) })) };
    const r = auditTable({ table: t.value, candidates: [municipal] });
    expect(r.ok && r.value.best?.methods.find((m) => m.method === 'largest-remainder')?.reproduces).toBe(true);
  });

  it('refuses an unknown column and no candidates', () => {
    const t = grid([5, 4, 1]);
    if (!t.ok) throw new Error();
    expect(findColumn(t.value, 'belopp')).toBe(0);
    expect(findColumn(t.value, '2')).toBeUndefined();
    const r = auditTable({ table: t.value, column: 3, candidates: [weights] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['AUDIT_UNKNOWN_COLUMN']);
    const none = auditTable({ table: t.value, candidates: [] });
    expect(none.ok ? [] : none.issues.map((i) => i.code)).toEqual(['AUDIT_NO_CANDIDATES']);
  });
});

describe('a table in öre', () => {
  it('is audited at öre', () => {
    const d = distribute({ amount: '1000', unit: UNITS.ore, recipients: tableRecipients(SCB_COUNTY_2023_12_31) });
    if (!d.ok) throw new Error();
    const t = readPublishedTable(['Region;Belopp', ...d.value.rows.map((r) => `${r.name};${r.amount.toFixed(2).replace('.', ',')}`), 'Summa;1 000,00'].join('\n'));
    if (!t.ok) throw new Error(issueText(t.issues[0]!));
    expect(t.value.columns[0]?.unit).toEqual(UNITS.ore);
    const r = auditTable({ table: t.value, candidates: [SCB_COUNTY_2023_12_31] });
    expect(r.ok && r.value.best?.methods.find((m) => m.method === 'largest-remainder')?.reproduces).toBe(true);
  });
});

describe('a table in tkr', () => {
  it('is read in kronor and audited at tusental kronor', () => {
    const d = distribute({ amount: 62_500_000, unit: UNITS.tkr, method: 'adjust-largest', recipients: tableRecipients(SCB_COUNTY_2023_12_31) });
    if (!d.ok) throw new Error();
    const text = ['Fördelning, tkr', 'Region', 'Belopp', ...d.value.rows.flatMap((r) => [r.name, formatAmountPlain(r.amount.div(1000))]), 'Summa', '62 500'].join('\n');
    const t = readPublishedTable(text);
    if (!t.ok) throw new Error(issueText(t.issues[0]!));
    expect(t.value.columns[0]?.unit).toEqual(UNITS.tkr);
    expect(t.value.rows[0]?.amounts[0]).toMatchObject({ source: { text: '14 542' } }); // rounded, plus the residual adjust-largest puts on the largest
    expect(t.value.rows[0]?.amounts[0]?.amount.toFixed()).toBe('14542000');
    const r = auditTable({ table: t.value, candidates: [SCB_COUNTY_2023_12_31] });
    if (!r.ok) throw new Error();
    expect(r.value.foots).toBe(true);
    expect(r.value.best?.methods.find((m) => m.method === 'adjust-largest')?.reproduces).toBe(true);
    expect(r.value.best?.intervals).not.toBeNull();
  });
});

describe('the three shared SKR tables', () => {
  const candidates = () => [...POPULATION_TABLES, counties2024()];

  it('2019 foots to 1 590 000 000 (table and text) and was made from neither 2023-12-31 nor 2024-12-31', () => {
    const r = auditTable({ table: sharedTable(2019), candidates: candidates() });
    if (!r.ok) throw new Error();
    expect(r.value.foots).toBe(true);
    expect(r.value.statedTotals.map((s) => [s.kind, s.amount.toFixed(), s.foots])).toEqual([
      ['table', '1590000000', true],
      ['text', '1590000000', true],
    ]);
    expect(r.value.candidates.every((c) => !c.fits && c.deviatingRows === 21)).toBe(true);
  });

  it('2022 foots to 1 382 000 000 and fits no built-in population', () => {
    const r = auditTable({ table: sharedTable(2022), candidates: candidates() });
    if (!r.ok) throw new Error();
    expect(r.value.foots).toBe(true);
    expect(r.value.statedTotals.find((s) => s.kind === 'text')?.source?.text).toContain('1 382 miljoner kronor');
    expect(r.value.best?.fits).toBe(false);
  });

  it('2024: the rows foot to the table total 1 367 000 000, the text says 1 357 000 000, SCB 2023-12-31 is closest but did not make it', () => {
    const r = auditTable({ table: sharedTable(2024), candidates: candidates() });
    if (!r.ok) throw new Error();
    const v = r.value;
    expect(v.tableTotal.toFixed()).toBe('1367000000');
    expect(v.foots).toBe(false);
    const text = v.statedTotals.find((s) => s.kind === 'text');
    expect([text?.amount.toFixed(), text?.difference.toFixed()]).toEqual(['1357000000', '-10000000']);
    expect(text?.source?.text).toBe('Till regionerna avsätts 1 357 000 000 utifrån befolkningsmängd samt 150 000 000 i en särskild landsbygdssatsning.');
    // The agreement's 1 535 000 000 is more than both columns (1 517 000 000): money outside this table.
    expect(v.textAmounts.map((t) => [t.amount.toFixed(), t.equals])).toEqual([
      ['1535000000', null],
      ['1357000000', null],
      ['150000000', { column: 1 }],
    ]);
    expect(v.best?.table.referenceDate).toBe('2023-12-31');
    expect(v.best?.fits).toBe(false);
    const stockholm = v.best && evidenceRow(v.best);
    expect(stockholm?.id).toBe('01');
    expect(stockholm?.weight.toFixed()).toBe('2454821');
    expect(stockholm?.contains).toBe(false);
    // 317 989 729 kr of 1 367 000 000 over SCB's 10 551 707 inhabitants: about 2 454 524 inhabitants.
    expect(stockholm?.min.toFixed(0)).toBe('2454524');
    expect(stockholm?.max.toFixed(0)).toBe('2454524');
  });

  it('2024 landsbygdssatsning: column by name, its text total found, no population made it', () => {
    const table = sharedTable(2024);
    const column = findColumn(table, 'landsbygd');
    expect(column).toBe(1);
    const r = auditTable({ table, column: column as number, candidates: [SCB_COUNTY_2023_12_31] });
    if (!r.ok) throw new Error();
    expect(r.value.foots).toBe(true);
    expect(r.value.statedTotals.map((s) => [s.kind, s.amount.toFixed()])).toEqual([
      ['table', '150000000'],
      ['text', '150000000'],
    ]);
    expect(r.value.best?.fits).toBe(false);
  });
});
