import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_JSON, getAgreement, listAgreements } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { agreementSheet, blankAgreementSheet } from '../../src/core/templates';
import { readAgreementWorkbook } from '../../src/xlsx/agreement-reader';
import { build, load, save } from '../xlsx/helpers';
import { findSoffice, recalculateWithLibreOffice } from '../xlsx/libreoffice';
import { controllerTyping } from './controller';
import { columnArea } from './sections';

/**
 * LibreOffice, a second program, opens the agreement sheets (a catalog entry's, the blank one, and
 * the blank one filled in) and saves them again: the dropdowns and rules are still on their cells,
 * and what it saved reads back as the same agreement. Skipped with a message without LibreOffice,
 * required under CI.
 */
const soffice = findSoffice();
if (!soffice && process.env.CI === 'true') throw new Error('CI=true but LibreOffice (soffice) is not installed: .ci/run should have installed libreoffice-calc.');
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the agreement sheet LibreOffice test.');
const withLibreOffice = soffice ? it : it.skip;
const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('LibreOffice opens the agreement sheets', () => {
  withLibreOffice(
    'keeps the validations on the rows and spare rows, and what it saves reads back as the same agreement',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bk-lo-agreement-'));
      const a = getAgreement('sammanhallen-vard-2023');
      if (!a.ok) throw new Error();
      const sheet = agreementSheet(a.value, 'sv', STAMP);
      const blank = blankAgreementSheet('sv', STAMP);
      writeFileSync(join(dir, 'catalog.xlsx'), await build([sheet]));
      writeFileSync(join(dir, 'blank.xlsx'), await build([blank]));
      const typed = await load(await build([blank]));
      const ws = typed.getWorksheet(blank.sheetName)!;
      for (const [ref, v] of controllerTyping(blank)) ws.getCell(ref).value = v;
      writeFileSync(join(dir, 'filled.xlsx'), await save(typed));

      const [catalog, blankOut, filled] = recalculateWithLibreOffice(soffice as string, ['catalog', 'blank', 'filled'].map((f) => join(dir, `${f}.xlsx`)), dir) as [string, string, string];

      for (const [file, s] of [[catalog, sheet], [blankOut, blank]] as const) {
        const wb = await load(readFileSync(file));
        const out = wb.getWorksheet(s.sheetName)!;
        const recipient = columnArea(s, 'Områden och rader', 'Mottagare');
        expect(out.getCell(`${recipient.col}${recipient.bottom}`).dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning', formulae: expect.arrayContaining([expect.stringContaining('Regionerna via SKR')]) });
        const kind = columnArea(s, 'Tidsfrister', 'Slag');
        expect(out.getCell(`${kind.col}${kind.top}`).dataValidation).toMatchObject({ type: 'list', formulae: expect.arrayContaining([expect.stringContaining('Ekonomisk redovisning')]) });
        const date = columnArea(s, 'Tidsfrister', 'Datum');
        expect(out.getCell(`${date.col}${date.bottom}`).dataValidation).toMatchObject({ type: 'date' });
        expect(out.getCell('B6').dataValidation).toMatchObject({ prompt: expect.stringContaining('små bokstäver') });
      }

      const back = await readAgreementWorkbook(readFileSync(catalog), 'catalog.xlsx');
      if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
      expect(back.value.agreement).toStrictEqual(CATALOG_JSON[listAgreements().findIndex((x) => x.id === 'sammanhallen-vard-2023')]);
      const fromBlank = await readAgreementWorkbook(readFileSync(filled), 'filled.xlsx');
      if (!fromBlank.ok) throw new Error(fromBlank.issues.map((i) => issueText(i)).join('\n'));
      expect(fromBlank.value.agreement.id).toBe('psykisk-halsa-2025');
      expect(fromBlank.value.agreement.deadlines[0]?.date).toBe('2025-12-01');
    },
    240_000,
  );
});
