import type { Sheet } from '../../src/core/sheet';
import { getAgreement } from '../../src/core/agreements';
import { checkAgreement } from '../../src/core/checks';
import { agreementDeadlines } from '../../src/core/deadlines';
import { FORM_KINDS, batchTemplates, distributionColumn, distributionSheet, formTemplate, overviewTemplate, populationSheet, prefillAll, redovisningTemplate, rekvisitionTemplate } from '../../src/core/templates';
import { expectGolden } from './expect-golden';
import { TEST_AGREEMENT } from '../templates/agreement-fixture';
import { MUNICIPAL_AGREEMENT } from '../templates/municipal-agreement';
import { FETCHED } from '../templates/population-fixture';
import { OPTIONS, POPULATION, allGrants, grantFor } from '../templates/fixtures';

/** The sheet data, every cell in order: what both writers (ExcelJS and Office.js) render. */
describe('sheet golden files', () => {
  it.each(FORM_KINDS)('every form: %s for a region, and its batch index', (kind) => {
    expectGolden(`${kind}-13`, formTemplate(kind, grantFor('13'), OPTIONS));
    const sheets = batchTemplates(kind, allGrants(), OPTIONS);
    expect(sheets).toHaveLength(1 + 28);
    expectGolden(`index-${kind}`, sheets[0]);
  });

  it.each([
    ['rekvisition-skr-en', () => rekvisitionTemplate(grantFor('skr'), { ...OPTIONS, lang: 'en', profile: {} })],
    ['redovisning-sodra', () => redovisningTemplate(grantFor('sodra'), { ...OPTIONS, profile: {} })],
  ])('%s', (name, make) => expectGolden(name, make()));

  it('a municipality’s rekvisition: sheet named by code and name, its population share of the municipal line', () => {
    const all = prefillAll(MUNICIPAL_AGREEMENT, { weights: POPULATION });
    if (!all.ok) throw new Error();
    const sheet = formTemplate('rekvisition', all.value.grants.find((g) => g.recipient.code === '0114')!, { ...OPTIONS, profile: {} });
    expect(sheet.sheetName).toBe('Rekv 0114 Upplands Väsby');
    expectGolden('rekvisition-0114', sheet);
  });

  it('a stored SCB population table (two rows of it)', () => {
    expectGolden('population-sheet-small', populationSheet({ ...FETCHED, rows: FETCHED.rows.slice(0, 2) }));
  });

  it('overview', () => {
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error();
    const today = '2023-11-15';
    const deadlines = agreementDeadlines(a.value, today);
    expectGolden('overview-sammanhallen-vard-2023', overviewTemplate({ agreement: a.value, checks: checkAgreement(a.value), deadlines, today }, 'sv', OPTIONS.info));
  });

  it('distribution', () => {
    const p = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
    if (!p.ok) throw new Error();
    const d = p.value.distributions.get('a-regioner');
    if (!d) throw new Error();
    expectGolden('distribution-a-regioner', distributionSheet({ agreement: { id: 'test-2023', title: TEST_AGREEMENT.title }, line: { id: 'a-regioner', title: 'Till regionerna' }, distribution: d, lang: 'sv', stamp: OPTIONS.info }));
  });

  it.each([
    ['error.unknown-recipient', () => prefillAll(TEST_AGREEMENT, { weights: { ...POPULATION, rows: [...POPULATION.rows, { id: 'zz', name: 'Z', weight: POPULATION.rows[0]!.weight }] } })],
  ])('%s fails with stable codes', (name, make) => {
    const r = make();
    expect(r.ok).toBe(false);
    expectGolden(name, r.ok ? null : r.issues.map((i) => ({ code: i.code, path: i.path })));
  });
});

describe('template invariants', () => {
  const distribution = (() => {
    const p = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
    if (!p.ok) throw new Error();
    return distributionSheet({ agreement: { id: 'test-2023', title: 'Prov' }, line: { id: 'a-regioner', title: 'Till regionerna' }, distribution: p.value.distributions.get('a-regioner')!, lang: 'en', stamp: OPTIONS.info });
  })();
  const sheets: Sheet[] = [rekvisitionTemplate(grantFor('13'), OPTIONS), redovisningTemplate(grantFor('13'), OPTIONS), ...batchTemplates('redovisning', allGrants(), OPTIONS), distribution];

  it('input keys and cell addresses are unique per sheet, and every input cell is styled as input', () => {
    for (const s of sheets) {
      const refs = s.cells.map((c) => c.ref);
      expect(new Set(refs).size).toBe(refs.length);
      const keys = s.cells.flatMap((c) => (c.input ? [c.input.key] : []));
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of s.cells) if (c.input) expect(c.style).toBe('input');
    }
  });

  it('names and sheet names stay within Excel’s rules', () => {
    for (const s of sheets) {
      expect(s.sheetName.length).toBeLessThanOrEqual(31);
      expect(s.sheetName).not.toMatch(/[*?:/\\[\]]/);
      expect(s.namePrefix).toMatch(/^bk_[a-z0-9_]+$/);
    }
  });

  it('a table lies within the sheet’s cells and its headings name the distribution columns', () => {
    const t = distribution.table!;
    expect(t.range).toBe('A4:E26');
    const heads = distribution.cells.filter((c) => /^[A-E]4$/.test(c.ref)).map((c) => (c.value.t === 'text' ? distributionColumn(c.value.v) : undefined));
    expect(heads).toEqual(['code', 'recipient', 'population', 'quota', 'amount']);
  });

  it('the review is a validated choice of alternative 1 or 2', () => {
    const review = sheets[1]!.cells.find((c) => c.input?.key === 'granskning');
    expect(review?.input?.validation).toEqual({ type: 'list', options: ['Alt 1: Redovisningen under punkt 3 är korrekt', 'Alt 2: Redovisningen under punkt 3 är inte korrekt'] });
  });
});
