import { draftFigures } from '../../src/core/import';
import { figureKeys, percent, score } from './figures';
import { CATALOG_ENTRY, importSeed, quotedFigures, readText } from './seed-support';

const catalog = JSON.parse(readText(CATALOG_ENTRY));

describe('the seed agreement imported from its text', () => {
  const draft = importSeed();

  it('reproduces the catalog entry figure by figure (recall and precision)', () => {
    const s = score(figureKeys(catalog), figureKeys(draft.agreement));
    console.log(`Import av seed 000 (text): recall ${percent(s.recall)} (${s.matched}/${s.expected}), precision ${percent(s.precision)} (${s.matched}/${s.found})`);
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
  });

  it('quotes every figure verbatim from the normalised text, and each quote contains its figure as written', () => {
    const quoted = quotedFigures(draft.agreement);
    expect(quoted.length).toBeGreaterThan(80);
    const notVerbatim = quoted.filter((q) => !draft.text.flat.includes(q.quote)).map((q) => `${q.path}: ${q.quote}`);
    const withoutFigure = quoted.filter((q) => !q.mustContain(q.quote)).map((q) => `${q.path}: ${q.figure} not in «${q.quote}»`);
    expect(notVerbatim).toEqual([]);
    expect(withoutFigure).toEqual([]);
  });

  it('gives every figure a status: found, with its restatements kept', () => {
    const figures = draftFigures(draft.agreement);
    expect(figures.filter((f) => f.status === 'conflicting')).toEqual([]);
    const total = figures.find((f) => f.path.join('.') === 'total.amount');
    expect(total).toMatchObject({ status: 'found', value: '326 000 000 kr' });
    expect(total?.alsoStated.length).toBeGreaterThanOrEqual(3);
  });
});
