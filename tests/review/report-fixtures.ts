import { issueText } from '../../src/core/result';
import ExcelJS from 'exceljs';
import { getAgreement } from '../../src/core/agreements';
import { SCB_COUNTY_2023_12_31 } from '../../src/core/reference';
import { REDOVISNING, formTemplate, prefillGrant, type FormOptions, type Grant } from '../../src/core/templates';
import { namePrefix } from '../../src/core/sheet';
import { buildWorkbook } from '../../src/xlsx';

export const AGREEMENT = 'sammanhallen-vard-2023';

const OPTIONS: FormOptions = {
  profile: { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0115', kontaktperson: 'Anna Andersson', postadress: 'Box 517, 301 80 Halmstad', telefon: '035-13 48 00', epost: 'anna@example.se', firmatecknare: 'Bertil Berg', ekonomichef: { namn: 'Cecilia Ek', befattning: 'Ekonomidirektör' } },
  lang: 'sv',
  info: { productVersion: '0.0.0-test', generatedAt: '2024-01-10T10:00:00+01:00' },
};

export function grantFor(code: string): Grant {
  const a = getAgreement(AGREEMENT);
  if (!a.ok) throw new Error('no agreement');
  const g = prefillGrant(a.value, code, { weights: SCB_COUNTY_2023_12_31 });
  if (!g.ok) throw new Error(issueText(g.issues[0]!));
  return g.value.grant;
}

/** Our own form, as the writer makes it: empty but for what the profile fills. */
export async function blankReport(code: string, lang: 'sv' | 'en' = 'sv'): Promise<Buffer> {
  const r = await buildWorkbook({ title: 'Redovisning', generator: 'test', sheets: [formTemplate('redovisning', grantFor(code), { ...OPTIONS, lang })] });
  if (!r.ok) throw new Error(issueText(r.issues[0]!));
  return r.value.buffer;
}

export type Fill = Record<string, ExcelJS.CellValue>;

/** What a careful recipient fills in: paid out in full, two cost lines, alternative 1, signed in time. */
export function goodFill(code: string): Fill {
  const total = grantFor(code).total.toNumber();
  return {
    utbetalt: total,
    kostnad_1_text: 'Personal',
    kostnad_1_belopp: Math.floor(total * 0.6),
    kostnad_2_text: 'Utbildning',
    kostnad_2_belopp: 100_000,
    granskning: 'Alt 1: Redovisningen under punkt 3 är korrekt',
    datum: new Date(Date.UTC(2024, 1, 20)),
    namnfortydligande: 'Bertil Berg',
  };
}

/** Fills the form's input cells through their defined names, as Excel would save them. */
export async function filledReport(code: string, fill: Fill, edit?: (wb: ExcelJS.Workbook, cell: (key: string) => ExcelJS.Cell) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await blankReport(code)) as unknown as ArrayBuffer);
  const prefix = namePrefix(REDOVISNING.short, AGREEMENT, code);
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const cell = (key: string): ExcelJS.Cell => {
    const range = model.find((n) => n.name === `${prefix}_${key}`)?.ranges[0];
    if (!range) throw new Error(`no name ${prefix}_${key}`);
    const bang = range.lastIndexOf('!');
    const ws = wb.getWorksheet(range.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
    if (!ws) throw new Error('no sheet');
    return ws.getCell(range.slice(bang + 1).replace(/\$/g, ''));
  };
  for (const [key, value] of Object.entries(fill)) cell(key).value = value;
  edit?.(wb, cell);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
