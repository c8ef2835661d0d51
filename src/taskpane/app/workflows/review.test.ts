import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distribute } from '../../../core/distribution';
import { SCB_COUNTY_2023_12_31, tableRecipients } from '../../../core/reference';
import { testPane } from '../../../../tests/support/pane';
import { redovisningTemplate } from '../../../core/templates';
import { officePort } from '../../../excel/office';
import { excelRunner, FakeWorkbook } from '../../../../tests/support/fake-excel';
import { OPTIONS, grantFor } from '../../../../tests/templates/fixtures';
import { editStatedTotal, reviewReports, reviewTable, showCell, writeFollowUp } from './review';
import { resolvePending, writePlan } from './write';

const SHARED = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'published-tables');

/** The page's text as it lands when pasted into Excel: one line a cell, down column B from B2; the corpus's own "# source" line left out. */
function pasted(file: string) {
  const lines = readFileSync(join(SHARED, file), 'utf8').split(/\r?\n/).filter((l) => !l.startsWith('# source:'));
  return { sheet: 'Blad1', address: `B2:B${lines.length + 1}`, values: lines.map((l) => [l === '' ? null : l]) };
}

/** A table the engine made from SCB 2023-12-31, as two columns of names and amounts from D5. */
function engineTable(change?: { row: number; by: number }) {
  const d = distribute({ amount: 62_500_000, recipients: tableRecipients(SCB_COUNTY_2023_12_31) });
  if (!d.ok) throw new Error('distribute');
  const values = d.value.rows.map((r, i) => [r.name, r.amount.toNumber() + (change?.row === i ? change.by : 0)]);
  return { sheet: 'Tabell', address: `D5:E${4 + values.length}`, values };
}

describe('Granska en tabell', () => {
  test("SKR's 2024 table pasted as text: foots to its total row, the text's total differs, the closest method, and the populations it was not made from", async () => {
    const { pane, port } = testPane();
    const sel = pasted('skr-kvinnors-halsa-fordelning-2024.txt');
    port.selectedCells = sel;
    await reviewTable(pane);
    const v = pane.state.audit?.table;
    expect(v?.regions).toBe(21);
    expect(v?.tableTotal).toBe('1 367 000 000 kr');
    const [own, text] = v?.totals ?? [];
    expect(own).toMatchObject({ kind: 'table', amount: '1 367 000 000 kr', foots: true });
    expect(text).toMatchObject({ kind: 'text', amount: '1 357 000 000 kr', foots: false, difference: '-10 000 000' });
    expect(text?.quote).toMatch(/^Till regionerna avsätts 1 357 000 000 utifrån befolkningsmängd/);
    // Every figure is located: the cell holds the words it was read from.
    const cell = (address: string | undefined) => sel.values[Number(address?.slice(1)) - 2]?.[0];
    expect(cell(text?.at?.address)).toContain(text?.quote);
    expect(v?.method.sv).toMatch(/^Ingen metod återger tabellen\. Närmast: största rest/);
    expect(v?.candidates.map((c) => c.referenceDate)).toEqual(['2023-12-31', '2024-12-31']);
    expect(v?.candidates[0]?.verdict?.sv).toBe(
      'Tabellen är inte gjord från Folkmängd per län 31 december 2023 (SCB, BE0101N1): Region Stockholms belopp 317 989 729 kr motsvarar mellan 2 454 524,09 och 2 454 524,12 invånare, SCB har 2 454 821.',
    );
    const stockholm = v?.deviations.find((d) => d.id === '01');
    expect(stockholm).toMatchObject({ published: '317 989 729', weight: '2 454 821', interval: '2 454 524,09–2 454 524,12' });
    expect(cell(stockholm?.at?.address)).toBe('317 989 729');
    expect(pane.state.notices[0]?.text).toMatch(/^Granskade 21 regioner i Blad1!B2:B\d+: summerar inte, ingen metod återger tabellen\.$/);
    await showCell(pane, stockholm?.at ?? { sheet: '', address: '' });
    expect(port.selected).toEqual({ sheet: 'Blad1', address: stockholm?.at?.address });
  });

  test('a table the engine made, in two columns: foots, the method and the population that made it, no deviating rows', async () => {
    const { pane, port } = testPane();
    port.selectedCells = engineTable();
    editStatedTotal(pane, '62 500 000');
    await reviewTable(pane);
    const v = pane.state.audit?.table;
    expect(v?.foots).toBe(true);
    expect(v?.totals).toEqual([{ kind: 'given', amount: '62 500 000 kr', foots: true, difference: '0', quote: null }]);
    expect(v?.fits).toBe(true);
    expect(v?.method.sv).toMatch(/^Tabellen återges exakt av största rest \(Hamilton\).* med Folkmängd per län 31 december 2023/);
    expect(v?.candidates[0]).toMatchObject({ referenceDate: '2023-12-31', fits: true, verdict: null });
    expect(v?.deviations).toEqual([]);
    expect(pane.state.notices[0]?.kind).toBe('success');
  });

  test('one changed krona: the total given no longer foots and the row is found at its cell', async () => {
    const { pane, port } = testPane();
    port.selectedCells = engineTable({ row: 4, by: 1 });
    editStatedTotal(pane, '62 500 000');
    await reviewTable(pane);
    const v = pane.state.audit?.table;
    expect(v?.foots).toBe(false);
    expect(v?.totals[0]).toMatchObject({ foots: false, difference: '-1' });
    expect(v?.deviations.map((d) => [d.id, d.difference, d.at])).toContainEqual(['06', '+1', { sheet: 'Tabell', address: 'E9' }]);
  });

  test('bad input says what to fix and leaves no earlier result standing', async () => {
    const { pane, port } = testPane();
    port.selectedCells = engineTable();
    await reviewTable(pane);
    expect(pane.state.audit?.table).toBeDefined();
    editStatedTotal(pane, 'mycket');
    await reviewTable(pane);
    expect(pane.state.audit?.table).toBeUndefined();
    expect(pane.state.notices[0]?.text).toMatch(/mycket/);
    editStatedTotal(pane, '');
    port.selectedCells = { sheet: 'Blad1', address: 'A:B', values: [] };
    await reviewTable(pane);
    expect(pane.state.notices[0]?.text).toMatch(/^Tabellen är tom/);
    port.selectedCells = { sheet: 'Blad1', address: 'A1:B2', values: [['Stockholm', 5], ['Uppsala', 7]] };
    await reviewTable(pane);
    expect(pane.state.notices[0]?.text).toMatch(/^Tabellen saknar 19 regioner: Region Sörmland \(04\)/);
  });

  test('the audit loads lazily, and a failed load says so without reading on', async () => {
    const { pane, port } = testPane({ lazy: { review: () => Promise.reject(new Error('offline')) } });
    port.selectedCells = engineTable();
    await reviewTable(pane);
    expect(pane.state.notices[0]?.text).toMatch(/^En del av tillägget kunde inte laddas\./);
    expect(pane.state.audit?.table).toBeUndefined();
  });
});

describe('Granska redovisningar', () => {
  /** A workbook with a rekvisition-free report form for Halland written by the Office.js port, filled through its names, and the user's own sheet. */
  async function workbookWithReport(fill: Record<string, string | number>) {
    const wb = new FakeWorkbook();
    const office = officePort(excelRunner(wb));
    const written = await office.writeSheet(redovisningTemplate(grantFor('13'), OPTIONS));
    if (!written.ok) throw new Error('write');
    for (const [key, value] of Object.entries(fill)) {
      const n = wb.names.find((x) => x.name.endsWith(`_${key}`));
      if (!n?.sheet) throw new Error(`no name for ${key}`);
      n.sheet.cells.set(n.ref, { input: value, numberFormat: key === 'datum' ? 'yyyy-mm-dd' : 'General' });
    }
    return { reads: await office.readNamedCells(), sheet: written.value.sheetName };
  }

  test('every report sheet of the workbook reviewed, each finding at its cell, and the follow-up written as a sheet (asking before replacing it)', async () => {
    const { pane, port } = testPane();
    const total = grantFor('13').total.toNumber();
    const { reads, sheet } = await workbookWithReport({ utbetalt: total, kostnad_1_text: 'Personal', kostnad_1_belopp: 1000, datum: 45342 });
    port.namedCells = reads;
    await reviewReports(pane);
    const v = pane.state.audit?.reports;
    expect(v?.reports).toHaveLength(1);
    expect(pane.state.notices[0]?.text).toMatch(/^Granskade 1 redovisningar/);
    const r = v?.reports[0];
    expect(r?.sheet).toBe(sheet);
    expect(r?.received).toBe(grantFor('13').total.toFixed().replace(/\B(?=(\d{3})+$)/g, ' '));
    expect(r?.findings.length).toBeGreaterThan(0);
    const located = r?.findings.find((f) => f.at);
    expect(located?.at?.sheet).toBe(sheet);
    await showCell(pane, located?.at ?? { sheet: '', address: '' });
    expect(port.selected).toEqual(located?.at);

    await writeFollowUp(pane, { writePlan, resolvePending });
    const followUp = port.sheets.find((s) => s.planId === 'uppfoljning:redovisningar');
    expect(followUp?.name).toBe('Uppföljning');
    const cells = new Map(followUp?.plan?.cells.map((c) => [c.ref, c.value]));
    expect(cells.get('A1')).toEqual({ t: 'text', v: 'Uppföljning av ekonomiska redovisningar' });
    expect(cells.get('B4')).toEqual({ t: 'text', v: sheet });
    await writeFollowUp(pane, { writePlan, resolvePending });
    expect(pane.state.pending?.sheet).toBe('Uppföljning');
  });

  test('a workbook without our reports says so and shows nothing', async () => {
    const { pane } = testPane();
    await reviewReports(pane);
    expect(pane.state.audit?.reports).toBeUndefined();
    expect(pane.state.notices[0]?.text).toBe('Arbetsboken innehåller ingen ekonomisk redovisning från Bidragskollen.');
  });
});
