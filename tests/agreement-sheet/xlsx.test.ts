import { CATALOG_JSON, listAgreements } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { agreementSheet } from '../../src/core/templates';
import { buildWorkbook } from '../../src/xlsx';
import { readAgreementWorkbook } from '../../src/xlsx/agreement-reader';
import { load } from '../xlsx/helpers';
import { unzipText } from '../xlsx/zip-writer';
import { columnArea } from './sections';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('catalog → .xlsx (ExcelJS) → agreement', () => {
  it.each(listAgreements().map((a, i) => [a.id, a, CATALOG_JSON[i]] as const))('%s comes back identical', async (_id, agreement, json) => {
    const built = await buildWorkbook({ title: agreement.title, generator: 'test', sheets: [agreementSheet(agreement, 'sv', STAMP)] });
    if (!built.ok) throw new Error('not built');
    const back = await readAgreementWorkbook(built.value.buffer, 'test.xlsx');
    if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
    expect(back.value.sheetName).toBe('Överenskommelse');
    expect(back.value.agreement).toStrictEqual(json);
  });
});

describe('the .xlsx carries the dropdowns and rules', () => {
  it('as Excel stores them: one sqref per column range, the list inline, a warning alert; ExcelJS reads them back on every cell', async () => {
    const a = listAgreements().find((x) => x.id === 'sammanhallen-vard-2023')!;
    const sheet = agreementSheet(a, 'sv', STAMP);
    const built = await buildWorkbook({ title: a.title, generator: 'test', sheets: [sheet] });
    if (!built.ok) throw new Error('not built');
    const xml = unzipText(built.value.buffer).get('xl/worksheets/sheet1.xml') ?? '';
    const recipient = columnArea(sheet, 'Områden och rader', 'Mottagare');
    const range = `${recipient.col}${recipient.top}:${recipient.col}${recipient.bottom}`;
    const list = '&quot;SKR,Regionerna via SKR,Regionerna,Kommunerna,Samverkansregionerna,En region,Annan,ej angivet&quot;';
    expect(xml).toMatch(new RegExp(`<dataValidation type="list" allowBlank="1"[^>]*errorStyle="warning"[^>]*sqref="${range}"><formula1>${list}</formula1></dataValidation>`));
    const count = Number(/<dataValidations count="(\d+)"/.exec(xml)?.[1]);
    expect(count).toBe(sheet.validations?.length);

    const wb = await load(built.value.buffer);
    const ws = wb.getWorksheet(sheet.sheetName)!;
    // The last spare row has the dropdown too, and the header fields their prompts.
    expect(ws.getCell(`${recipient.col}${recipient.bottom}`).dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning', formulae: [list.replace(/&quot;/g, '"')] });
    const date = columnArea(sheet, 'Tidsfrister', 'Datum');
    expect(ws.getCell(`${date.col}${date.bottom}`).dataValidation).toMatchObject({ type: 'date', errorStyle: 'warning' });
    const amount = columnArea(sheet, 'Områden och rader', 'Belopp, kr');
    expect(ws.getCell(`${amount.col}${amount.bottom}`).dataValidation).toMatchObject({ type: 'decimal' });
    expect(ws.getCell('B6').dataValidation).toMatchObject({ showInputMessage: true, prompt: expect.stringContaining('små bokstäver') });
  });
});
