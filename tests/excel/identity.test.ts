import { issueText } from '../../src/core/result';
import { readRegistry, registryName, type Sheet } from '../../src/core/sheet';
import { distributionSheet, prefillAll, rekvisitionTemplate } from '../../src/core/templates';
import { officePort } from '../../src/excel/office';
import { buildWorkbook } from '../../src/xlsx';
import { excelRunner } from '../support/fake-excel';
import { TEST_AGREEMENT } from '../templates/agreement-fixture';
import { OPTIONS, POPULATION, grantFor } from '../templates/fixtures';
import { book, build, load, named, save } from '../xlsx/helpers';
import { fakeFromXlsx, xlsxFromFake } from './workbook-bridge';

const distribution = (): Sheet => {
  const p = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
  if (!p.ok) throw new Error();
  const d = p.value.distributions.get('a-regioner')!;
  return distributionSheet({ agreement: { id: 'test-2023', title: 'Prov 2023' }, line: { id: 'a-regioner', title: 'Till regionerna' }, distribution: d, lang: 'sv', stamp: OPTIONS.info });
};
const form = () => rekvisitionTemplate(grantFor('13'), OPTIONS);

describe('one identity for generated sheets, whichever writer made them', () => {
  it('a workbook the CLI wrote is recognised and updated in place by the task pane', async () => {
    const fake = fakeFromXlsx(await load(await build([distribution(), form()])));
    fake.addSheet('Mina anteckningar');
    const port = officePort(excelRunner(fake));

    const inventory = await port.inventory();
    expect(inventory.sheets).toEqual([
      { name: 'Fördelning', planId: 'distribution:test-2023:a-regioner' },
      { name: 'Rekv 13 Halland', planId: 'rekvisition:test-2023:13' },
      { name: 'Mina anteckningar' },
    ]);
    // The pane reads the CLI's table by its column headings.
    const [table] = await port.readDistributionTables();
    expect(table).toMatchObject({ sheet: 'Fördelning', table: 'bk_fordelning_a_regioner', planId: 'distribution:test-2023:a-regioner', totalAddress: 'E26' });
    expect(table!.rows[0]).toMatchObject({ code: '01', recipient: 'Region Stockholm', amountAddress: 'E5' });

    const r = await port.writeSheet(distribution(), { replace: true });
    expect(r.ok && r.value).toMatchObject({ sheetName: 'Fördelning', replaced: 'Fördelning', tableName: 'bk_fordelning_a_regioner' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Fördelning', 'Rekv 13 Halland', 'Mina anteckningar']);
    expect(fake.names.filter((n) => n.name.startsWith('bk_ark_')).map((n) => [n.sheet?.name, n.ref])).toEqual([
      ['Rekv 13 Halland', 'AZ1'],
      ['Fördelning', 'AZ1'],
    ]);
  });

  it('a workbook the task pane wrote is recognised and updated in place by the CLI, keeping what the user typed', async () => {
    const fake = fakeFromXlsx(await load(await build([])));
    fake.addSheet('Blad1');
    const port = officePort(excelRunner(fake));
    for (const s of [distribution(), form()]) expect((await port.writeSheet(s)).ok).toBe(true);
    const tpl = form();
    const typed = tpl.cells.find((c) => c.input?.key === 'kontaktperson')!;
    fake.sheet(tpl.sheetName)!.cells.set(typed.ref, { input: 'Ifylld i Excel', numberFormat: 'General' });

    const bytes = await save(xlsxFromFake(fake));
    const r = await buildWorkbook(book([distribution(), tpl]), { bytes, file: 'från-fönstret.xlsx' });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
    expect(r.value.sheets.map((s) => [s.sheetId, s.sheetName, s.status])).toEqual([
      ['distribution:test-2023:a-regioner', 'Fördelning', 'updated'],
      ['rekvisition:test-2023:13', 'Rekv 13 Halland', 'updated'],
    ]);
    const out = await load(r.value.buffer);
    expect(out.worksheets.map((w) => w.name)).toEqual(['Blad1', 'Fördelning', 'Rekv 13 Halland']);
    expect(named(out, `${tpl.namePrefix}_kontaktperson`).value).toBe('Ifylld i Excel');
  });

  it('reads back the id from the name alone, for any id', () => {
    for (const id of ['distribution:a:b', 'rekvisition:sammanhållen-vård_2023:13', "x:'y z'!", 'index:a:redovisning']) {
      expect(readRegistry([{ name: registryName(id), formula: "='Blad 1'!$AZ$1" }])).toEqual([{ name: registryName(id), sheet: 'Blad 1', id }]);
      expect(registryName(id)).toMatch(/^bk_ark_[A-Za-z0-9_]+$/);
      expect(readRegistry([{ name: registryName(id, [registryName(id)]), formula: "='Blad 1'!$AZ$1" }])[0]?.id).toBe(id);
    }
    expect(readRegistry([{ name: registryName('a:b'), formula: "='Blad 1'!$B$2" }])).toEqual([]);
  });
});

