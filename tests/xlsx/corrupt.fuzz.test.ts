import fc from 'fast-check';
import { rekvisitionTemplate } from '../../src/core/templates';
import { buildWorkbook } from '../../src/xlsx';
import { OPTIONS, grantFor } from '../templates/fixtures';
import { excelFeatureWorkbook } from './excel-features';
import { book } from './helpers';
import { rezip } from './zip-writer';

/**
 * Broken workbooks, seeded and bounded: every one is written into or refused with one of the
 * documented codes, never an exception (which the CLI would report as an internal error, exit 70).
 * BK_FUZZ_RUNS raises the count for a longer run.
 */
const RUNS = Number(process.env.BK_FUZZ_RUNS ?? 60);
jest.setTimeout(30_000 + RUNS * 100);
const ALLOWED = new Set(['NOT_XLSX', 'XLSX_CORRUPT', 'XLSX_ENCRYPTED']);
const rekv = () => rekvisitionTemplate(grantFor('13'), OPTIONS);
const base = excelFeatureWorkbook();

async function outcome(bytes: Buffer): Promise<string> {
  const r = await buildWorkbook(book([rekv()]), { bytes, file: 'x.xlsx' });
  if (r.ok) return 'ok';
  const codes = r.issues.map((i) => i.code);
  for (const c of codes) if (!ALLOWED.has(c)) throw new Error(`unexpected code ${c}`);
  return codes.join(',');
}

describe('corrupt workbooks (fuzz)', () => {
  it('byte flips and truncations anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), fc.option(fc.nat()), async (flips, cut) => {
        const b = Buffer.from(base);
        for (const [at, x] of flips) b[at % b.length] = (b[at % b.length] as number) ^ x;
        await outcome(cut === null ? b : b.subarray(0, cut % b.length));
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
  });

  it('intact zips whose XML is mangled', async () => {
    const names = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', '_rels/.rels'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }), async (name, at, del, ins) => {
        const bytes = rezip(base, (p) => {
          const t = p.get(name) ?? '';
          const i = at % Math.max(1, t.length);
          p.set(name, t.slice(0, i) + ins + t.slice(i + del));
        });
        await outcome(bytes);
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('the named cases', async () => {
    expect(await outcome(Buffer.alloc(0))).toBe('NOT_XLSX');
    expect(await outcome(Buffer.from('PK\u0003\u0004 not really'))).toBe('NOT_XLSX');
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await outcome(cfb)).toBe('XLSX_ENCRYPTED');
    const parts = rezip(base, (p) => p.delete('xl/styles.xml'));
    expect(await outcome(parts)).toBe('NOT_XLSX');
  });
});
