import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgreementJson, type AgreementJson } from '../../src/core/agreements';
import { checkAgreement } from '../../src/core/checks';
import { draftFigures, importAgreementText } from '../../src/core/import';
import { figureKeys, percent, score } from './figures';
import { quotedFigures } from './seed-support';
import { BLIND, ENGLISH, LAST, UNSEEN } from './unseen-fixtures';

describe.each([...UNSEEN, ...BLIND, ...LAST].map((f) => [f.name, f] as const))('unseen agreement %s', (_name, fixture) => {
  const r = importAgreementText(fixture.text, { document: 'unseen.txt' });
  // A text it refuses fails each test below with the reason, not the whole file.
  const read = () => {
    if (!r.ok) throw new Error(`${fixture.name}: ${r.issues.map((i) => i.code).join(', ')}`);
    return r.value;
  };

  it('gives the figures a controller reads off it (recall and precision printed), and invents none', () => {
    const a = read().agreement;
    const s = score(fixture.expected, figureKeys(a));
    console.log(
      `Osedd överenskommelse ${fixture.name}: recall ${percent(s.recall)} (${s.matched}/${s.expected}), precision ${percent(s.precision)} (${s.matched}/${s.found})` +
        (s.missing.length ? `\n  ej lästa: ${s.missing.join('; ')}` : '') +
        (s.extra.length ? `\n  FEL: ${s.extra.join('; ')}` : ''),
    );
    expect(s.extra).toEqual([]);
    expect([...s.missing].sort()).toEqual([...fixture.cannotReadYet].sort());
  });

  it('quotes every figure verbatim, and each quote contains its figure as written', () => {
    const { agreement: a, text } = read();
    const quoted = quotedFigures(a);
    expect(quoted.filter((q) => !text.flat.includes(q.quote)).map((q) => `${q.path}: ${q.quote}`)).toEqual([]);
    expect(quoted.filter((q) => !q.mustContain(q.quote)).map((q) => `${q.path}: ${q.figure} not in «${q.quote}»`)).toEqual([]);
  });

  it('marks exactly the figures the text states twice differently as conflicting, keeping both', () => {
    const conflicts = draftFigures(read().agreement)
      .filter((f) => f.status === 'conflicting')
      .map((f) => [f.value, f.alsoStated.map((x) => x.value).filter((v) => v !== f.value)]);
    expect(conflicts).toEqual((fixture.conflicts ?? []).map(([v, others]) => [v, [...others]]));
  });

  it('is a valid agreement in the catalog format', () => {
    expect(parseAgreementJson(JSON.stringify(read().agreement)).ok).toBe(true);
  });
});

describe('a table per region in an appendix', () => {
  const regional = UNSEEN.find((f) => f.name.startsWith('B'))!;
  const checked = (text: string) => {
    const r = importAgreementText(text);
    if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
    const parsed = parseAgreementJson(JSON.stringify(r.value.agreement));
    if (!parsed.ok) throw new Error('invalid draft');
    return { agreement: r.value.agreement, issues: checkAgreement(parsed.value) };
  };
  const regionsLine = (a: AgreementJson) => a.areas.flatMap((x) => x.lines ?? []).find((l) => l.lines?.every((r) => r.recipient?.type === 'region'));

  it('gives each region its fixed amount under the line the table sums to, and the rows foot', () => {
    const { agreement, issues } = checked(regional.text);
    const line = regionsLine(agreement);
    expect(line).toMatchObject({ amount: '297000000', linesComplete: true });
    expect(line?.lines).toHaveLength(21);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('lets the checks report rows that do not add up to the stated sum, keeping every row', () => {
    const { agreement, issues } = checked(regional.text.replace('Region Gotland   1 722', 'Region Gotland   1 822'));
    expect(regionsLine(agreement)).toMatchObject({ amount: '297000000', linesComplete: false });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.params])).toEqual([['PARTS_EXCEED_TOTAL', expect.objectContaining({ expected: '297 000 000', actual: '297 100 000' })]]);
  });
});

describe('a text the importer cannot read', () => {
  it('refuses an agreement written in English with a clear message, giving no figure', () => {
    const r = importAgreementText(ENGLISH);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['NOT_AN_AGREEMENT']);
  });
});

describe('the importer knows the genre, not these fixtures', () => {
  it('names no word, name or amount of the unseen fixtures in its code', () => {
    const dir = join(__dirname, '../../src/core/import');
    const code = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((line, i) => ({ at: `${f}:${i + 1}`, line })));
    const hits = [...UNSEEN, ...BLIND, ...LAST].flatMap((fx) => code.filter((c) => fx.ownWords.test(c.line)).map((c) => `${fx.name} ${c.at}: ${c.line.trim()}`));
    expect(hits).toEqual([]);
  });
});
