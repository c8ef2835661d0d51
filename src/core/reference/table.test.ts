import { issueText } from '../result';
import fc from 'fast-check';
import { csvTextCell, decodeText, readTableBytes, readTableCells, readTableText, requireCompleteLevel, builtInPopulation, type WeightTable } from '.';

/** Seeded and bounded so CI stays fast; FUZZ_RUNS=100000 for a longer run. */
const FUZZ = { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261201 };

const codes = (r: ReturnType<typeof readTableText>) => (r.ok ? [] : r.issues.map((i) => i.code));
const rows = (r: ReturnType<typeof readTableText>) => (r.ok ? r.value.rows.map((x) => [x.id, x.name, x.weight.toFixed()]) : r.issues.map((i) => i.code));

describe('one table reader for text and cells', () => {
  it('reads text and the same table as cells to the same rows, by the same rules', () => {
    const text = readTableText('Kommunkod;Kommun;Folkmängd\n0180;Stockholm;988 943\n1480;Göteborg;604616\n', { where: 'x.csv' });
    const cells = readTableCells(
      [
        ['Kommunkod', 'Kommun', 'Folkmängd'],
        [180, 'Stockholm', 988_943],
        ['1480', 'Göteborg', '604 616'],
        [null, null, null],
      ],
      { where: 'Blad1!A1:C4' },
    );
    expect(rows(text)).toEqual(rows(cells));
    expect(text.ok && [text.value.kind, text.value.level]).toEqual(['population', 'kommuner']);
  });

  it('without a header: code first, weight last, a name between; codes get their leading zero back', () => {
    expect(rows(readTableCells([[1, 5], [180, 6]], { where: 't' }))).toEqual([
      ['01', 'Region Stockholm', '5'],
      ['0180', 'Stockholm', '6'],
    ]);
    expect(rows(readTableText('Region Skåne;Skåne;12,5\n', { where: 't' }))).toEqual([['12', 'Skåne', '12.5']]);
  });

  it('reads text pasted from Excel (tabs, CRLF, Swedish numbers) like the range it came from', () => {
    const pasted = 'Län\tBefolkning\r\nRegion Stockholm\t2 454 821\r\nUppsala län\t404 589\r\n';
    const range = readTableCells([['Län', 'Befolkning'], ['Region Stockholm', 2_454_821], ['Uppsala län', 404_589]], { where: 'A1:B3' });
    expect(rows(readTableText(pasted, { where: 'inklistrat' }))).toEqual(rows(range));
    expect(rows(range)).toEqual([
      ['01', 'Region Stockholm', '2454821'],
      ['03', 'Uppsala län', '404589'],
    ]);
  });

  it.each([
    ['id,name,weight\na,Alfa,1,5\n', 'TABLE_COLUMN_COUNT'],
    ['kod;vikt\n01;1\n01;2\n', 'TABLE_DUPLICATE_ID'],
    ['kod;vikt\n01;-1\n', 'TABLE_NEGATIVE'],
    ['kod;vikt\n0199;1\n0180;2\n', 'TABLE_UNKNOWN_CODE'],
    ['kod;vikt\n02;1\n', 'TABLE_UNKNOWN_CODE'],
    ['kod;vikt\n', 'TABLE_EMPTY'],
    ['kod;vikt\n"01;1\n', 'TABLE_PARSE'],
  ])('refuses %j with %s and the line', (text, code) => {
    const r = readTableText(text, { where: 'x.csv' });
    expect(codes(r)[0]).toBe(code);
    if (!r.ok && code !== 'TABLE_EMPTY') expect(r.issues[0]?.path?.[0] ?? issueText(r.issues[0]!)).toBeDefined();
  });

  it('gives the decimal-comma line number in both languages', () => {
    const r = readTableText('id,name,weight\nb,Beta,2\na,Alfa,1,5\n', { where: 'x.csv' });
    expect(!r.ok && [issueText(r.issues[0]!), issueText(r.issues[0]!, 'en')]).toEqual([expect.stringContaining('Rad 3 i x.csv har 4 kolumner'), expect.stringContaining('Line 3 of x.csv has 4 columns')]);
  });

  it('states and enforces its limits', () => {
    expect(codes(readTableText('x'.repeat(10 * 1024 * 1024 + 1), { where: 'big.csv' }))).toEqual(['TABLE_TOO_LARGE']);
    const many = Array.from({ length: 100_002 }, (_, i) => [`k${i}`, 1]);
    expect(codes(readTableCells(many, { where: 'r' }))).toEqual(['TABLE_TOO_MANY_ROWS']);
  });

  it('asks a range for the pane to hold every region or every municipality once', () => {
    const counties = builtInPopulation('scb-lan-2023-12-31') as WeightTable;
    const all = counties.rows.map((r) => [r.id, r.name, r.weight.toNumber()]);
    const full = readTableCells(all, { where: 'Blad1!A1:C21', population: true });
    expect(full.ok && requireCompleteLevel(full.value).ok).toBe(true);
    const part = readTableCells(all.slice(1), { where: 'Blad1!A1:C20', population: true });
    const refused = part.ok ? requireCompleteLevel(part.value) : part;
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toEqual(['TABLE_INCOMPLETE']);
    const municipal = (builtInPopulation('scb-kommuner-2024-12-31') as WeightTable).rows.map((r) => [r.id, r.weight.toNumber()]);
    const m289 = readTableCells(municipal.slice(0, 289), { where: 'r', population: true });
    const r289 = m289.ok ? requireCompleteLevel(m289.value) : m289;
    expect(!r289.ok && issueText(r289.issues[0]!)).toContain('har 289 kommuner, men alla 290 behövs (saknas: 2584)');
  });
});

describe('encodings', () => {
  const bytes = (...xs: number[]) => Uint8Array.from(xs);
  it('reads UTF-8 with or without BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('Västra Götaland', 'utf8')))).toEqual({ ok: true, text: 'Västra Götaland', encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('Västra Götaland €', 'latin1').map((b) => (b === 0xac ? 0x80 : b))))).toMatchObject({ encoding: 'windows-1252' });
    expect(decodeText(bytes(0x56, 0xe4, 0x80))).toEqual({ ok: true, text: 'Vä€', encoding: 'windows-1252' });
    expect(decodeText(bytes(0x41, 0x81))).toEqual({ ok: false, offset: 1 });
  });

  it('agrees with TextDecoder on every valid UTF-8 text, and never calls invalid UTF-8 UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const encoded = new TextEncoder().encode(s);
        expect(decodeText(encoded)).toEqual({ ok: true, text: s, encoding: 'utf-8' });
      }),
      FUZZ,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        const d = decodeText(b);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        if (d.ok) expect(d.encoding === 'utf-8').toBe(valid);
        else expect(valid).toBe(false);
      }),
      FUZZ,
    );
  });
});

describe('fuzz: any bytes, text or cells give a table or issues, never an exception', () => {
  const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('01', '0180', '1,5', '-3', 'kod', 'vikt', 'befolkning'));
  it('bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const r = readTableBytes(b, { where: 'f' });
        expect(r.ok || r.issues.every((i) => i.code.startsWith('TABLE_'))).toBe(true);
      }),
      FUZZ,
    );
  });
  it('text of separators, quotes and numbers', () => {
    const piece = fc.constantFrom(';', ',', '\t', '\n', '\r\n', '"', "'", '1', '01', '0180', '2 454,5', 'kod', 'vikt', 'namn', '=', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const r = readTableText(parts.join(''), { where: 'f' });
        expect(r.ok || r.issues.every((i) => i.code.startsWith('TABLE_'))).toBe(true);
        if (r.ok) for (const row of r.value.rows) expect(row.weight.isNegative()).toBe(false);
      }),
      FUZZ,
    );
  });
  it('cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), (grid) => {
        const r = readTableCells(grid, { where: 'r' });
        expect(r.ok || r.issues.every((i) => i.code.startsWith('TABLE_'))).toBe(true);
      }),
      FUZZ,
    );
  });
});

describe('CSV output neutralised against formula injection, and read back exactly', () => {
  const text = fc
    .string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '"', ';', ',', 'a', 'Ö', ' ', '1'), minLength: 1, maxLength: 12 })
    .filter((s) => s.trim() === s && s.trim() !== '' && !/^\d{1,4}$/.test(s) && s !== "'");
  it('no written cell starts a formula; the reader gives back every id and name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(text, text), { minLength: 1, maxLength: 8, selector: ([id]) => id.replace(/^'/, '') }), (pairs) => {
        const csv = ['kod;namn;vikt', ...pairs.map(([id, name], i) => `${csvTextCell(id)};${csvTextCell(name)};${i + 1}`)].join('\r\n');
        for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/^"?[=+\-@\t\r]/);
        const r = readTableText(csv, { where: 'x.csv' });
        if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
        expect(r.value.rows.map((x) => [x.id, x.name])).toEqual(pairs.map(([id, name]) => [id, name]));
      }),
      FUZZ,
    );
  });
});
