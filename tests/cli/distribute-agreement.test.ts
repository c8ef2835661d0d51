import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { cli } from './harness';

/** `distribute --agreement`: an agreement's lines distributed as it states (issue 9, point 3). */
describe('bidragskollen distribute --agreement', () => {
  const A = 'sammanhallen-vard-2023';

  it('goes through every line: shared ones as a table that foots, whole ones to their payee, the rest with the reason and what to do', async () => {
    const r = await cli(['distribute', '--agreement', A]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Överenskommelse: Överenskommelse om sammanhållen, jämlik och säker vård 2023');
    // The equal-shares line of the samverkansregioner, with the agreement's own words.
    expect(r.out).toContain('Rad vardforlopp-samverkansregionerna');
    expect(r.out).toContain('Delas mellan samverkansregionerna (nyckel: lika belopp).');
    expect(r.out).toMatch(/Summa\s+60 000 000/);
    expect(r.out).toContain('Källa: ”60 000 000 kronor gå till samverkansregionerna');
    // A population line, by SCB's default table.
    expect(r.out).toMatch(/Summa\s+62 500 000/);
    expect(r.out).toContain('Region Stockholm');
    // Paid whole, and funded by the regions themselves.
    expect(r.out).toContain('Raden betalas i sin helhet till SKR.');
    expect(r.out).toContain('Fördelas inte: Raden finansieras av regionerna själva');
    expect(r.out).toMatch(/\d+ rader: \d+ delas, \d+ betalas i sin helhet till en mottagare, \d+ fördelas inte\./);
  });

  it('gives one line as CSV and JSON, exact to the krona, with its source', async () => {
    const csv = await cli(['distribute', '--agreement', A, '--line', 'vardforlopp-befolkning', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = csv.out.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(21);
    const sum = rows.reduce((s, l) => s.plus((l.split(';').at(-1) as string).replace(',', '.')), new Decimal(0));
    expect(sum.toFixed()).toBe('62500000');

    const json = await cli(['distribute', '--agreement', A, '--format', 'json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.out) as { agreement: { id: string }; lines: { id: string; plan: string; amount: string | null; source: { quote: string } | null; distribution?: { amount: string; rows: { amount: string }[] } }[] };
    expect(out.agreement.id).toBe(A);
    expect(new Set(out.lines.map((l) => l.plan))).toEqual(new Set(['shared', 'whole', 'not-distributed']));
    for (const l of out.lines.filter((x) => x.plan === 'shared')) {
      expect(l.distribution?.amount).toBe(l.amount);
      expect(l.distribution?.rows.reduce((s, x) => s.plus(x.amount), new Decimal(0)).toFixed()).toBe(l.amount);
      expect(l.source?.quote).toBeTruthy();
    }
  });

  it('states each line\'s amount as the agreement does, whatever unit the shares are rounded to', async () => {
    const r = await cli(['distribute', '--agreement', A, '--line', 'vardforlopp-befolkning', '--unit', 'öre']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Medel till regionerna för genomförande, 62 500 000 kr\n');
    expect(r.out).toMatch(/Summa\s+62 500 000,00/);
  });

  it('follows --population for the regions, and names the table', async () => {
    const r = await cli(['distribute', '--agreement', A, '--line', 'vardforlopp-befolkning', '--population', '2024-12-31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('referensdatum 2024-12-31');
    const d23 = await cli(['distribute', '--agreement', A, '--line', 'vardforlopp-befolkning', '--population', '2023-12-31']);
    expect(d23.out).toContain('referensdatum 2023-12-31');
    expect(d23.out).not.toBe(r.out);
  });

  it('reads the agreement from an agreement sheet (.xlsx) as from the catalog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-distribute-agreement-'));
    const file = join(dir, 'overenskommelse.xlsx');
    expect((await cli(['agreement', 'sheet', A, '--out', file])).code).toBe(0);
    const fromSheet = await cli(['distribute', '--agreement', file, '--format', 'json']);
    const fromCatalog = await cli(['distribute', '--agreement', A, '--format', 'json']);
    expect(fromSheet.code).toBe(0);
    expect(JSON.parse(fromSheet.out)).toEqual(JSON.parse(fromCatalog.out));
  });

  it('speaks English with --lang en, the quotes in the agreement\'s own words', async () => {
    const r = await cli(['distribute', '--agreement', A, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Agreement: Agreement on coordinated, equitable and safe care 2023/);
    expect(r.out).toContain('Shared among the healthcare cooperation regions (key: equal shares).');
    expect(r.out).toContain('The line is paid whole to SKR.');
    expect(r.out).toContain('The line is funded by the regions themselves');
    expect(r.out).toMatch(/Code\s+Recipient\s+Weight\s+Quota\s+Adjustment\s+Amount/);
    expect(r.out).toMatch(/Total\s+60 000 000/);
    expect(r.out).toContain('Source: ”60 000 000 kronor gå till samverkansregionerna');
    expect(r.out).not.toMatch(/Betalas|Delas mellan|Fördelas inte|Summa|Avrundningsdifferens/);
    const plain = await cli(['distribute', '--amount', '100', '--equal', 'samverkansregioner', '--lang', 'en']);
    expect(plain.out).toMatch(/^Distribution of 100 kr\n/);
    expect(plain.out).toContain('Rounding difference: 0 kr (the total foots)');
  });

  it('refuses what does not go with an agreement, saying what to do (exit 2)', async () => {
    const amount = await cli(['distribute', '--agreement', A, '--amount', '100']);
    expect(amount.code).toBe(2);
    expect(amount.err).toContain('--amount gäller ett eget belopp');
    const line = await cli(['distribute', '--agreement', A, '--line', 'finns-inte']);
    expect(line.code).toBe(2);
    expect(line.err).toContain('har ingen rad ”finns-inte”. Raderna: ');
    expect(line.err).toContain('vardforlopp-befolkning');
    const csv = await cli(['distribute', '--agreement', A, '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('Välj en med --line (fördelas: vardforlopp-samverkansregionerna, vardforlopp-befolkning');
    const neither = await cli(['distribute', '--population', '2023-12-31']);
    expect(neither.code).toBe(2);
    expect(neither.err).toContain('Ange --amount <belopp> (ett eget belopp) eller --agreement <id|fil>');
    const lineAlone = await cli(['distribute', '--amount', '100', '--line', 'x']);
    expect(lineAlone.code).toBe(2);
    expect(lineAlone.err).toContain('--line gäller bara tillsammans med --agreement.');
  });
});
