import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCell, type Sheet } from '../../../core/sheet';
import { testPane } from '../../../../tests/support/pane';
import { readCorrections } from './agreement-sheet';
import { createForm, selectFormRecipient } from './forms';
import { importHost } from './import';
import { confirmImport, connect, importPasted } from './import-review';
import { go } from './navigation';
import { selectLine } from './distribute';

connect(importHost);

const SEED = readFileSync(join(__dirname, '../../../../../shared/seeds/000_6d1cf6cedc0d2a94.txt'), 'utf8');

/** The cell of a heading's column on the row whose "Rubrik" is `title`, as a controller finds it. */
function cellOf(plan: Sheet, title: string, heading: string): string {
  const texts = plan.cells.filter((c) => c.value.t === 'text');
  const head = texts.find((c) => c.value.t === 'text' && c.value.v === heading && texts.some((x) => x.value.t === 'text' && x.value.v === 'Rubrik' && parseCell(x.ref).row === parseCell(c.ref).row));
  const row = texts.find((c) => c.value.t === 'text' && c.value.v === title && parseCell(c.ref).row > parseCell(head!.ref).row);
  if (!head || !row) throw new Error(`no ${heading} for ${title}`);
  return `${head.ref.replace(/\d+$/, '')}${parseCell(row.ref).row}`;
}

/**
 * The north star in the pane (issue 9, "Done when"): this year's agreement's text → a reviewed draft
 * → saved and written as the agreement sheet → a figure corrected on the sheet → the pane uses the
 * correction → Fördela and a rekvisition for the controller's own region carry it.
 */
describe('from the agreement text to a rekvisition for one region, corrected on the sheet, in the pane', () => {
  it('imports, writes the sheet, reads the correction back and fills the form with it', async () => {
    const { pane, port } = testPane();
    await importPasted(pane, SEED);
    await confirmImport(pane);
    const id = pane.state.agreement!.id;
    const sheet = port.sheets.find((s) => s.planId === `agreement:${id}`);
    expect(sheet?.plan).toBeDefined();

    // The controller corrects two lines on the sheet, keeping their parent's sum.
    const plan = sheet!.plan!;
    port.typed.set(`${sheet!.name}!${cellOf(plan, 'Medel till regionerna', 'Belopp, kr')}`, 63_000_000);
    port.typed.set(`${sheet!.name}!${cellOf(plan, 'Medel till samverkansregionerna', 'Belopp, kr')}`, '59 500 000');
    await readCorrections(pane);
    expect(pane.state.sheetProblems).toEqual([]);
    expect(pane.state.notices.map((n) => n.text).join(' ')).toContain('2 belopp har ändrats');

    // Fördela shares the corrected amount.
    await go(pane, 'distribute');
    const line = pane.state.lines.find((l) => l.visit.line.title === 'Medel till regionerna');
    expect(line?.amount.toFixed()).toBe('63000000');
    selectLine(pane, line!.visit.line.id);
    expect(pane.state.preview?.total.toFixed()).toBe('63000000');
    const uppsala = pane.state.preview!.rows.find((r) => r.id === '03')!.amount;

    // Region Uppsala's rekvisition carries its share of the corrected amount.
    await go(pane, 'forms');
    await selectFormRecipient(pane, '03');
    await createForm(pane, 'rekvisition');
    const form = port.sheets.at(-1)!.plan!;
    expect(form.sheetName).toMatch(/^Rekv 03/);
    const amounts = form.cells.flatMap((c) => (c.value.t === 'amount' ? [c.value.v] : []));
    expect(amounts).toContain(uppsala.toFixed());
  });
});
