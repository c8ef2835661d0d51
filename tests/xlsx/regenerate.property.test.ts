import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Dec } from '../../src/core/money';
import type { Sheet } from '../../src/core/sheet';
import { redovisningTemplate, type Grant } from '../../src/core/templates';
import { OPTIONS, grantFor } from '../templates/fixtures';
import { build, load, named, save } from './helpers';

const inputKeys = (t: Sheet) => t.cells.flatMap((c) => (c.input ? [c.input] : []));

/** A value a user could type into an input cell of the given kind. */
const typed = (kind: string): fc.Arbitrary<ExcelJS.CellValue> => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !s.startsWith('='));
  switch (kind) {
    case 'amount':
      return fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100));
    case 'date':
      return fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
    default:
      return fc.oneof(text, fc.constant('Alt 2: Redovisningen under punkt 3 är inte korrekt'), fc.integer());
  }
};

describe('regeneration keeps what the user typed', () => {
  const first = redovisningTemplate(grantFor('13'), OPTIONS);
  const inputs = inputKeys(first);
  const edits = fc.uniqueArray(fc.constantFrom(...inputs), { minLength: 1, maxLength: inputs.length, selector: (i) => i.key }).chain((chosen) =>
    fc.tuple(...chosen.map((i) => typed(i.kind).map((v) => [i.key, v] as const))),
  );

  it('every edited input survives, filled inputs stay, empty ones take the new prefill, generated cells follow the new data', async () => {
    const bytes = await build([first]);
    await fc.assert(
      fc.asyncProperty(edits, fc.integer({ min: 1, max: 5_000_000 }), async (changes, newAmount) => {
        const wb = await load(bytes);
        for (const [key, v] of changes) named(wb, `${first.namePrefix}_${key}`).value = v;
        const edited = await save(wb);

        const g = grantFor('13');
        const changed: Grant = { ...g, lines: g.lines.map((l) => ({ ...l, amount: new Dec(newAmount) })), total: new Dec(newAmount) };
        const second = redovisningTemplate(changed, { ...OPTIONS, profile: { ...OPTIONS.profile, kontaktperson: 'Ny Person', fax: '035-10 00 00' } });
        const out = await load(await build([second], edited));
        expect(out.worksheets.map((w) => w.name)).toEqual([first.sheetName]);

        const edits = new Map(changes);
        for (const input of inputKeys(second)) {
          const cell = named(out, `${second.namePrefix}_${input.key}`);
          if (edits.has(input.key)) expect(cell.value).toEqual(edits.get(input.key));
          else if (input.key === 'kontaktperson') expect(cell.value).toBe('Anna Andersson');
          else if (input.key === 'fax') expect(cell.value).toBe('035-10 00 00');
        }
        const line = second.cells.find((c) => c.anchor?.startsWith('line:'))!;
        expect(out.getWorksheet(first.sheetName)!.getCell(line.ref).value).toBe(newAmount);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
