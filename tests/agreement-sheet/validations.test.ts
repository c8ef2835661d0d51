import { CATALOG_JSON, getAgreement, listAgreements, type AgreementJson } from '../../src/core/agreements';
import type { Lang } from '../../src/core/result';
import { issueText } from '../../src/core/result';
import type { Validation } from '../../src/core/sheet';
import { agreementSheet, readAgreementSheet, sheetValues, type CellInput } from '../../src/core/templates';
import { CHOICES, COLUMNS, NOT_STATED, SECTIONS, type ChoiceSet } from '../../src/core/templates/agreement-sheet-layout';
import { columnArea, overlaps } from './sections';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };
const agreement = (() => {
  const a = getAgreement('sammanhallen-vard-2023');
  if (!a.ok) throw new Error();
  return a.value;
})();

const words = (set: ChoiceSet, lang: Lang, notStated = false): Validation => ({
  type: 'list',
  options: [...Object.values(CHOICES[set]).map((l: { sv: string; en: string }) => l[lang]), ...(notStated ? [NOT_STATED[lang]] : [])],
});

type Section = keyof typeof SECTIONS;
/** Each choice, amount and date column of the sheet, and the validation its rows carry. */
const EXPECTED = (lang: Lang): [Section, string, Validation][] => {
  const c = <S extends Section>(s: S, k: keyof (typeof COLUMNS)[S]) => [s, ((COLUMNS[s] as Record<string, { sv: string; en: string }>)[k as string] as { sv: string; en: string })[lang]] as const;
  return [
    [...c('parties', 'role'), words('role', lang)],
    [...c('parties', 'signedOn'), { type: 'date' }],
    [...c('lines', 'amount'), { type: 'amount' }],
    [...c('lines', 'recipient'), words('recipient', lang, true)],
    [...c('lines', 'viaSkr'), words('boolean', lang)],
    [...c('lines', 'key'), words('key', lang)],
    [...c('lines', 'funder'), words('funder', lang, true)],
    [...c('lines', 'linesComplete'), words('boolean', lang)],
    [...c('alsoStated', 'amount'), { type: 'amount' }],
    [...c('alsoStated', 'recipient'), words('recipient', lang, true)],
    [...c('alsoStated', 'viaSkr'), words('boolean', lang)],
    [...c('recipientTotals', 'of'), words('of', lang)],
    [...c('recipientTotals', 'complete'), words('boolean', lang)],
    [...c('recipientTotals', 'amount'), { type: 'amount' }],
    [...c('constraints', 'kind'), words('constraint', lang)],
    [...c('deadlines', 'kind'), words('deadline', lang)],
    [...c('deadlines', 'date'), { type: 'date' }],
  ];
};

describe('the agreement sheet is made for typing', () => {
  it.each(['sv', 'en'] as const)('every choice column has its dropdown, every amount and date column its rule, on the rows and the spare rows (%s)', (lang) => {
    const sheet = agreementSheet(agreement, lang, STAMP);
    for (const [section, header, validation] of EXPECTED(lang)) {
      const { col, top, bottom } = columnArea(sheet, SECTIONS[section][lang], header);
      expect([section, header, sheet.validations]).toEqual([section, header, expect.arrayContaining([{ range: `${col}${top}:${col}${bottom}`, validation, alert: 'warning' }])]);
    }
    // The header fields: each value cell says what it takes; the amounts, dates and the yes/no take only those.
    const value = (label: string) => sheet.validations?.find((v) => v.range === `B${sheet.cells.find((c) => c.ref.startsWith('A') && c.value.t === 'text' && c.value.v === label)?.ref.slice(1)}`);
    const f = (sv: string, en: string) => value(lang === 'sv' ? sv : en);
    expect(f('Totalt, kr', 'Total, SEK')?.validation).toEqual({ type: 'amount' });
    expect(f('Period från', 'Period from')?.validation).toEqual({ type: 'date' });
    expect(f('Områdena kompletta', 'Areas complete')?.validation).toEqual(words('boolean', lang));
    expect(f('Id', 'Id')?.prompt).toMatch(lang === 'sv' ? /små bokstäver/ : /lower-case/);
  });

  it('no two validations share a cell, and every list fits inline (255 characters, no comma in a choice)', () => {
    for (const lang of ['sv', 'en'] as const) {
      const v = agreementSheet(agreement, lang, STAMP).validations ?? [];
      expect(v.length).toBeGreaterThan(25);
      for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++) expect([v[i]!.range, v[j]!.range, overlaps(v[i]!.range, v[j]!.range)]).toEqual([v[i]!.range, v[j]!.range, false]);
      for (const x of v)
        if (x.validation?.type === 'list') {
          expect(x.validation.options.join(',').length).toBeLessThanOrEqual(255);
          expect(x.validation.options.some((o) => o.includes(','))).toBe(false);
        }
    }
  });

  it('a line and a deadline typed into the spare rows are read; the spare rows left empty change nothing', () => {
    const sheet = agreementSheet(agreement, 'sv', STAMP);
    const g: CellInput[][] = sheetValues(sheet).map((r) => [...r]);
    const line = columnArea(sheet, 'Områden och rader', 'Id');
    const deadline = columnArea(sheet, 'Tidsfrister', 'Id');
    // The first empty row of each section: the row after its last written line.
    const firstEmpty = (a: { top: number; bottom: number }, col: number) => {
      for (let r = a.top; r <= a.bottom; r++) if ((g[r - 1] ?? []).slice(0, col).every((v) => v === null || v === undefined)) return r;
      throw new Error('no spare row');
    };
    const l = firstEmpty(line, 24);
    const d = firstEmpty(deadline, 12);
    expect(line.bottom - l + 1).toBe(5);
    const set = (row: number, values: CellInput[]) => values.forEach((v, i) => v !== undefined && ((g[row - 1] ??= [])[i] = v));
    // Level 2 under the first area, then a deadline for that area.
    const area = agreement.areas[0]!;
    set(l, [2, 'ny-rad', area.id, 'En ny rad', 1000]);
    set(d, ['ny-frist', 'Slutrapport', '2024-03-31', undefined, area.id, 'Regionerna', 'Socialdepartementet', 'Slutrapport', 'Final report', '7 Redovisning', 'senast den 31 mars 2024']);
    const r = readAgreementSheet(g, { sheetName: sheet.sheetName });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
    const json = structuredClone(CATALOG_JSON[listAgreements().findIndex((x) => x.id === agreement.id)] as AgreementJson);
    json.areas[0]!.lines!.push({ id: 'ny-rad', title: 'En ny rad', amount: '1000', source: null });
    json.deadlines.push({
      id: 'ny-frist',
      kind: 'final-report',
      date: '2024-03-31',
      title: 'Slutrapport',
      titleEn: 'Final report',
      by: 'Regionerna',
      to: 'Socialdepartementet',
      areas: [area.id],
      source: { where: '7 Redovisning', quote: 'senast den 31 mars 2024' },
    });
    expect(r.value).toStrictEqual(json);
  });
});
