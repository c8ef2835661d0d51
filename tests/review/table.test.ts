import { issueText } from '../../src/core/result';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPublishedGrid, readPublishedTable, type PublishedTable } from '../../src/core/review';
import { REGIONS } from '../../src/core/reference';
import { sum, ZERO } from '../../src/core/money';

const TABLES = join(__dirname, '../../../shared/published-tables');
const shared = (year: number) => readFileSync(join(TABLES, `skr-kvinnors-halsa-fordelning-${year}.txt`), 'utf8');

function read(text: string, options = {}): PublishedTable {
  const r = readPublishedTable(text, options);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code}: ${issueText(i)}`).join('\n'));
  return r.value;
}
function codes(text: string, options = {}): string[] {
  const r = readPublishedTable(text, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
}
const total = (t: PublishedTable, col = 0) => sum(t.rows.map((r) => r.amounts[col]?.amount ?? ZERO)).toFixed();

/** The 21 regions, one cell a line, as a browser copies a table. */
const ONE_CELL_A_LINE = ['Region', 'Belopp', ...REGIONS.flatMap((r, i) => [r.name, `${(i + 1) * 1000} kr`]), 'Totalt', '231 000'].join('\n');

describe('reading the three shared SKR tables', () => {
  it('2019: one cell a line, "Region:"/"Summa:" header, 21 regions by short name, footing 1 590 000 000', () => {
    const t = read(shared(2019));
    expect(t.rows.map((r) => r.id)).toEqual(REGIONS.map((r) => r.code));
    expect(t.rows[0]).toMatchObject({ id: '01', name: 'Region Stockholm', label: { text: 'Stockholm' } });
    expect(t.rows[0]?.amounts[0]?.source.text).toBe('364 329 400');
    expect(t.columns).toHaveLength(1);
    expect(t.columns[0]?.name).toBe('Summa');
    expect(t.columns[0]?.total?.amount.toFixed()).toBe('1590000000');
    expect(total(t)).toBe('1590000000');
    expect(t.textAmounts.map((a) => [a.amount.toFixed(), a.phrase])).toEqual([['1590000000', '1,59 miljarder']]);
    expect(t.textAmounts[0]?.source.text).toBe('Under 2019 fördelas 1,59 miljarder kronor till regionerna.');
  });

  it('2022: "Jämtland Härjedalen", a total with "kr"', () => {
    const t = read(shared(2022));
    expect(t.rows.find((r) => r.label.text === 'Jämtland Härjedalen')?.id).toBe('23');
    expect(t.columns[0]).toMatchObject({ name: 'Medel 2022' });
    expect(t.columns[0]?.total?.source.text).toBe('1 382 000 000 kr');
    expect(total(t)).toBe('1382000000');
  });

  it('2024: two columns under a header over four lines, "Jämtland/Härjedalen", both totals', () => {
    const t = read(shared(2024));
    expect(t.columns.map((c) => [c.name, c.total?.amount.toFixed()])).toEqual([
      ['Medel i kronor', '1367000000'],
      ['Landsbygdssatsning kronor', '150000000'],
    ]);
    expect(t.rows).toHaveLength(21);
    expect(t.rows.find((r) => r.id === '23')?.label.text).toBe('Jämtland/Härjedalen');
    expect(t.rows[4]?.amounts.map((a) => a.amount.toFixed())).toEqual(['47803842', '10152375']);
    expect(total(t, 0)).toBe('1367000000');
    expect(total(t, 1)).toBe('150000000');
    expect(t.textAmounts.map((a) => a.amount.toFixed())).toEqual(['1535000000', '1357000000', '150000000']);
  });
});

describe('reading other layouts', () => {
  it('reads the 2024 table as pdftotext -layout gives it: one row a line, columns apart by runs of spaces', () => {
    const cells = shared(2024).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const from = cells.indexOf('Stockholm');
    const to = cells.indexOf('Totalt');
    const rows: string[] = [];
    for (let i = from; i <= to; i += 3) rows.push(`${(cells[i] as string).padEnd(24)}${(cells[i + 1] as string).padStart(16)}${(cells[i + 2] as string).padStart(22)}`);
    const t = read(['Fördelning av medel 2024', `${'Region'.padEnd(24)}${'Medel 2024'.padStart(16)}${'Landsbygdssatsning'.padStart(22)}`, ...rows].join('\n'));
    expect(t.columns.map((c) => [c.name, c.total?.amount.toFixed()])).toEqual([
      ['Medel 2024', '1367000000'],
      ['Landsbygdssatsning', '150000000'],
    ]);
    expect(t.rows.find((r) => r.id === '23')?.amounts.map((a) => a.source.text)).toEqual(['17 151 589', '7 460 761']);
  });

  const grid = [['Kod', 'Region', 'Medel', 'Landsbygd'], ...REGIONS.map((r, i) => [r.code, r.county, String(1000 + i), i]), ['', 'Summa', '21210', '210']];

  it('reads one cell a line with official names and "kr"', () => {
    const t = read(ONE_CELL_A_LINE);
    expect(t.rows).toHaveLength(21);
    expect(t.columns[0]?.name).toBe('Belopp');
    expect(t.rows[20]?.amounts[0]?.amount.toFixed()).toBe('21000');
  });

  it('reads a grid with a code column beside a name column, numbers as numbers', () => {
    const r = readPublishedGrid(grid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.columns.map((c) => [c.name, c.total?.amount.toFixed()])).toEqual([
      ['Medel', '21210'],
      ['Landsbygd', '210'],
    ]);
    expect(r.value.rows[1]).toMatchObject({ id: '03', label: { text: '03 Uppsala län', line: 3, column: 1 } });
  });

  it('reads CSV with semicolons and Swedish numbers', () => {
    const csv = '\uFEFFRegion;Belopp\r\n' + REGIONS.map((r, i) => `${r.name};${i + 1} 000`).join('\r\n') + '\r\nTotalt;231 000\r\n';
    const t = read(csv);
    expect(t.rows).toHaveLength(21);
    expect(t.columns[0]?.total?.amount.toFixed()).toBe('231000');
  });

  it('reads tab-separated rows as a browser copies them, and "name amount" lines from a PDF', () => {
    const tabs = 'Län\tMedel\tLandsbygd\n' + REGIONS.map((r, i) => `${r.county}\t${i + 1} 000\t${i}`).join('\n');
    expect(read(tabs).rows[20]?.amounts.map((a) => a.amount.toFixed())).toEqual(['21000', '20']);
    const pdf = 'Fördelning\n' + REGIONS.map((r, i) => `${r.name} ${i + 1} 000`).join('\n') + '\nTotalt 231 000';
    expect(read(pdf).columns[0]?.total?.amount.toFixed()).toBe('231000');
  });

  it('reads a Markdown table, skips subtotals per sjukvårdsregion, and stops at the footer after the total', () => {
    const md = ['| Region | Belopp |', '|---|---:|', ...REGIONS.flatMap((r, i) => [`| ${r.name} | ${i + 1} 000 |`, ...(i === 4 ? ['| Summa Sydöstra | 15 000 |', '| Södra sjukvårdsregionen | 1 |'] : [])]), '| Totalt | 231 000 |', 'Kontakt', '08-452 70 00'].join('\n');
    const t = read(md);
    expect(t.rows).toHaveLength(21);
    expect(t.columns[0]).toMatchObject({ name: 'Belopp' });
    expect(t.columns[0]?.total?.amount.toFixed()).toBe('231000');
  });

  it('reads a partial table when asked to', () => {
    expect(read('Stockholm\n100\nUppsala\n200\n', { requireAllRegions: false }).rows.map((r) => r.id)).toEqual(['01', '03']);
  });
});

describe('bad tables are refused with what to fix', () => {
  const lines = ONE_CELL_A_LINE.split('\n');
  it('a missing region, named', () => {
    const r = readPublishedTable(lines.filter((l, i) => i !== 16 && i !== 17).join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['TABLE_MISSING_REGIONS']);
    expect(issueText(r.issues[0]!)).toContain('Region Gotland (09)');
  });
  it('a duplicated region, with both places', () => {
    const r = readPublishedTable([...lines.slice(0, 4), 'Stockholms län', '5', ...lines.slice(4)].join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['TABLE_DUPLICATE_REGION']);
    expect(issueText(r.issues[0]!)).toMatch(/Rad 5: Region Stockholm .* finns redan på rad 3/);
  });
  it('text in an amount, with the row', () => {
    const r = readPublishedTable(lines.map((l) => (l === '3000 kr' ? 'uppgift saknas' : l)).join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['TABLE_AMOUNT_NOT_NUMBER']);
    expect(issueText(r.issues[0]!)).toContain('Region Sörmland');
  });
  it('an unknown region name, named', () => {
    const r = readPublishedTable(lines.map((l) => (l === 'Region Gotland' ? 'Atlantis' : l)).join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain('TABLE_UNKNOWN_REGION');
    expect(issueText(r.issues[0]!)).toContain('”Atlantis”');
  });
  it('a misspelt region name, with a suggestion but never read as it', () => {
    const r = readPublishedTable(lines.map((l) => (l === 'Region Stockholm' ? 'Stokholm' : l)).join('\n'));
    expect(r.ok ? [] : r.issues.map((i) => issueText(i))).toEqual([expect.stringContaining('”Stokholm” är ingen region som går att känna igen. Menade du Region Stockholm?')]);
  });
  it('glued columns on one line are not read as one number', () => {
    expect(codes('Stockholm 317 989 729 3 823 518\nUppsala 1 2\n')).toEqual(['TABLE_NOT_FOUND']);
    expect(codes('Stockholm\t317 989 729 3 823 518\nUppsala\t5', { requireAllRegions: false })).toEqual(['TABLE_AMOUNT_NOT_NUMBER']);
    expect(codes('Stockholm\nca 3 000\nUppsala\n5', { requireAllRegions: false })).toEqual(['TABLE_AMOUNT_NOT_NUMBER']);
  });
  it('a missing amount in a grid', () => {
    const r = readPublishedGrid([['Region', 'A', 'B'], ['Stockholm', '1', ''], ['Uppsala', '2', '3']], { requireAllRegions: false });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['TABLE_MISSING_AMOUNT']);
  });
  it.each([
    ['empty text', '', 'TABLE_EMPTY'],
    ['no table at all', 'Läs vidare\nKontakt\n', 'TABLE_NOT_FOUND'],
    ['a corrupt file (binary)', '\u0000\u0001PK\u0003\u0004\u00ff\u00fe garbage \u0000', 'TABLE_NOT_FOUND'],
    ['broken CSV quoting', 'Region;Belopp\n"Stockholm;100\nUppsala;200\n', 'TABLE_CSV_PARSE'],
  ])('%s', (_name, text, code) => {
    expect(codes(text)).toEqual([code]);
  });
});
