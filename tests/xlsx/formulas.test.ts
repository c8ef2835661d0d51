import { Dec } from '../../src/core/money';
import { batchTemplates, distributionSheet, prefillAll, redovisningTemplate, rekvisitionTemplate } from '../../src/core/templates';
import { TEST_AGREEMENT } from '../templates/agreement-fixture';
import { OPTIONS, POPULATION, allGrants, grantFor } from '../templates/fixtures';
import { build, named } from './helpers';
import { evaluateWorkbook } from './hyperformula';

/** Every formula is evaluated as the written file has it, by HyperFormula with Excel's ROUND. */
describe('template formulas in HyperFormula', () => {
  it('unused funds = grant − costs with three cost lines, and the repayment note', async () => {
    const g = grantFor('13');
    const tpl = redovisningTemplate(g, OPTIONS);
    const bytes = await build([tpl]);
    const p = tpl.namePrefix;
    const ev = await evaluateWorkbook(bytes, (wb) => {
      named(wb, `${p}_kostnad_1_belopp`).value = 10000.5;
      named(wb, `${p}_kostnad_2_belopp`).value = 5000;
      named(wb, `${p}_kostnad_3_belopp`).value = 2499.5;
    });
    const sheet = tpl.sheetName;
    const ref = (anchor: string) => tpl.cells.find((c) => c.anchor === anchor)?.ref as string;
    expect(ev.value(sheet, ref('costs'))).toBe(17500);
    expect(ev.value(sheet, ref('unused'))).toBe(g.total.minus(17500).toNumber());
    const check = tpl.cells.find((c) => c.style === 'check' && c.value.t === 'formula' && c.value.f.includes(ref('unused')))?.ref as string;
    expect(ev.value(sheet, check)).toBe('Medel som inte har använts ska återbetalas till Kammarkollegiet senast 2024-03-31.');
    expect(ev.errors()).toEqual([]);
  });

  it('flags costs above the grant and a missing deviation text with alternative 2', async () => {
    const g = grantFor('13');
    const tpl = redovisningTemplate(g, OPTIONS);
    const p = tpl.namePrefix;
    const ev = await evaluateWorkbook(await build([tpl]), (wb) => {
      named(wb, `${p}_kostnad_1_belopp`).value = g.total.plus(1).toNumber();
      named(wb, `${p}_granskning`).value = 'Alt 2: Redovisningen under punkt 3 är inte korrekt';
    });
    const values = tpl.cells.filter((c) => c.style === 'check').map((c) => ev.value(tpl.sheetName, c.ref));
    expect(values).toEqual(expect.arrayContaining(['Kostnaderna är större än bidraget.', 'Vid alternativ 2 ska avvikelserna och åtgärderna redovisas.']));
  });

  it('the rekvisition sums its lines', async () => {
    const g = grantFor('skr');
    const tpl = rekvisitionTemplate(g, OPTIONS);
    const ev = await evaluateWorkbook(await build([tpl]));
    expect(ev.value(tpl.sheetName, tpl.cells.find((c) => c.anchor === 'total')?.ref as string)).toBe(120000);
  });

  it('the batch index foots to every line of the agreement, through formulas across 28 sheets', async () => {
    const sheets = batchTemplates('rekvisition', allGrants(), OPTIONS);
    const index = sheets[0]!;
    const ev = await evaluateWorkbook(await build(sheets));
    expect(ev.errors()).toEqual([]);
    const row = (label: string) => index.cells.find((c) => c.value.t === 'text' && c.value.v === label)?.ref.slice(1) as string;
    const cols = ['B', 'C', 'D', 'E', 'F'];
    expect(cols.map((c) => ev.value(index.sheetName, `${c}${row('Summa mottagare')}`))).toEqual([100000, 20000, 700000, 200000, 1020000]);
    expect(cols.map((c) => ev.value(index.sheetName, `${c}${row('Differens')}`))).toEqual([0, 0, 0, 0, 0]);
    const status = index.cells.find((c) => c.style === 'check')?.ref as string;
    expect(ev.value(index.sheetName, status)).toBe('Summorna stämmer med överenskommelsen.');
  });

  it('the redovisning index sums paid, costs and unused over the recipients', async () => {
    const sheets = batchTemplates('redovisning', allGrants(), OPTIONS);
    const ev = await evaluateWorkbook(await build(sheets), (wb) => {
      named(wb, `${sheets[1]!.namePrefix}_kostnad_1_belopp`).value = 1000;
      named(wb, `${sheets[2]!.namePrefix}_kostnad_1_belopp`).value = 500;
    });
    expect(ev.errors()).toEqual([]);
    const index = sheets[0]!;
    const sumRow = index.cells.find((c) => c.value.t === 'text' && c.value.v === 'Summa mottagare')?.ref.slice(1);
    expect(['G', 'H', 'I'].map((c) => ev.value(index.sheetName, `${c}${sumRow}`))).toEqual([1020000, 1500, 1018500]);
  });

  it('the distribution sheet totals its rows and shows a zero difference', async () => {
    const p = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
    if (!p.ok) throw new Error();
    const d = p.value.distributions.get('a-regioner')!;
    const tpl = distributionSheet({ agreement: { id: 'test-2023', title: 'Prov' }, line: { id: 'a-regioner', title: 'Till regionerna' }, distribution: d, lang: 'sv', stamp: OPTIONS.info });
    const ev = await evaluateWorkbook(await build([tpl]));
    expect(ev.errors()).toEqual([]);
    const total = tpl.cells.find((c) => c.anchor === 'total')!.ref;
    expect(ev.value(tpl.sheetName, total)).toBe(700000);
    const weights = ev.value(tpl.sheetName, `C${total.slice(1)}`);
    expect(new Dec(weights as number).eq(POPULATION.rows.reduce((s, r) => s.plus(r.weight), new Dec(0)))).toBe(true);
    const check = tpl.cells.find((c) => c.style === 'check')!.ref;
    expect(ev.value(tpl.sheetName, check)).toBe('Summan stämmer.');
  });

  it('uses Excel’s ROUND, not Math.round', async () => {
    const { HyperFormula } = await import('hyperformula');
    await evaluateWorkbook(await build([rekvisitionTemplate(grantFor('13'), OPTIONS)]));
    const hf = HyperFormula.buildFromArray([['=ROUND(1.005,2)', '=ROUND(-2.5,0)']], { licenseKey: 'gpl-v3' });
    expect(hf.getSheetValues(0)).toEqual([[1.01, -3]]);
  });
});
