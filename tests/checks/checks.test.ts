import { issueText } from '../../src/core/result';
import { listAgreements, parseAgreement, type Agreement, type AgreementJson, type Line } from '../../src/core/agreements';
import { CHECK_CODES, CHECK_MESSAGES, checkAgreement, checkDistribution, type CheckIssue } from '../../src/core/checks';
import { Dec } from '../../src/core/money';
import { REGIONS, SAMVERKANSREGIONER } from '../../src/core/reference';
import { BROKEN, baseAgreement } from './fixtures';

function load(json: AgreementJson): Agreement {
  const r = parseAgreement(json);
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i, 'en')).join('\n'));
  return r.value;
}

function broken(code: string): Agreement {
  const json = baseAgreement();
  BROKEN[code]!(json);
  return load(json);
}

const line = (over: Partial<Line>): Line => ({ id: 'x', title: 'Rad', amount: new Dec(60), source: null, ...over }) as Line;
const regionRows = (amount: string) => REGIONS.map((r) => ({ recipient: r.code, amount }));

/** Distribution tables that each break one rule. */
const DISTRIBUTION_CASES: Record<string, () => CheckIssue[]> = {
  DISTRIBUTION_INVALID_AMOUNT: () => checkDistribution(line({ recipient: { type: 'skr' } }), [{ recipient: 'SKR', amount: 'sextio' }]),
  DISTRIBUTION_NEGATIVE_AMOUNT: () => checkDistribution(line({ recipient: { type: 'skr' } }), [{ recipient: 'SKR', amount: '-60' }]),
  DISTRIBUTION_DUPLICATE_RECIPIENT: () =>
    checkDistribution(line({ amount: new Dec(21), recipient: { type: 'regions' } }), [...regionRows('1').slice(0, 20), { recipient: 'Region Stockholm', amount: '1' }]),
  DISTRIBUTION_UNKNOWN_RECIPIENT: () => checkDistribution(line({ amount: new Dec(22), recipient: { type: 'regions' } }), [...regionRows('1'), { recipient: '02', amount: '1' }]),
  DISTRIBUTION_MISSING_RECIPIENTS: () => checkDistribution(line({ amount: new Dec(20), recipient: { type: 'regions' } }), regionRows('1').slice(1)),
  DISTRIBUTION_FOOTING_MISMATCH: () => checkDistribution(line({ recipient: { type: 'skr' } }), [{ recipient: 'SKR', amount: 60 }], { statedTotal: '61' }),
  DISTRIBUTION_TOTAL_MISMATCH: () => checkDistribution(line({ recipient: { type: 'skr' } }), [{ recipient: 'SKR', amount: '59,50' }]),
  DISTRIBUTION_LINE_AMOUNT_UNKNOWN: () => checkDistribution(line({ amount: null }), [{ recipient: 'x', amount: 1 }]),
  DISTRIBUTION_NOT_EQUAL: () =>
    checkDistribution(
      line({ amount: new Dec(60_000_000), recipient: { type: 'samverkansregioner' }, key: 'equal' }),
      SAMVERKANSREGIONER.map((s, i) => ({ recipient: s.id, amount: i === 0 ? '9 999 998' : i === 1 ? '10 000 002' : '10 000 000' })),
    ),
};

describe('checkAgreement', () => {
  it('finds nothing in the clean base agreement', () => {
    expect(checkAgreement(load(baseAgreement()))).toEqual([]);
  });

  it.each(Object.keys(BROKEN))('a hand-made broken agreement triggers %s', (code) => {
    const issues = checkAgreement(broken(code));
    expect(issues.map((i) => i.code)).toContain(code);
    const issue = issues.find((i) => i.code === code)!;
    expect(issue.severity).toBe(CHECK_MESSAGES[code as keyof typeof CHECK_MESSAGES].severity);
    expect(issueText(issue)).not.toBe('');
    expect(issueText(issue, 'en')).not.toBe(issueText(issue));
  });

  it.each(Object.keys(DISTRIBUTION_CASES))('a broken distribution table triggers %s', (code) => {
    expect(DISTRIBUTION_CASES[code]!().map((i) => i.code)).toContain(code);
  });

  it.each(Object.keys(DISTRIBUTION_CASES))('%s reads in English without Swedish labels', (code) => {
    const issue = DISTRIBUTION_CASES[code]!().find((i) => i.code === code)!;
    expect(issueText(issue, 'en')).not.toMatch(/regionerna|samverkansregion|summa|raden|mottagare/i);
  });

  it('names the total row and the expected recipients in the language shown', () => {
    const [total] = checkDistribution(line({ recipient: { type: 'skr' } }), [{ recipient: 'SKR', amount: 60 }], { statedTotal: 'sextio' });
    expect(issueText(total!, 'en')).toBe('Row 2 (the total row): "sextio" is not an amount.');
    expect(issueText(total!)).toBe('Rad 2 (summaraden): ”sextio” är inte ett belopp.');
    const [unknown] = checkDistribution(line({ amount: new Dec(1), recipient: { type: 'samverkansregioner' } }), [{ recipient: 'Gotland', amount: 1 }]);
    expect(issueText(unknown!, 'en')).toBe('Row 1: "Gotland" is not one of the line\'s recipients (the six healthcare cooperation regions).');
    expect(issueText(unknown!)).toMatch(/\(de sex samverkansregionerna\)\.$/);
    expect(unknown!.expected).toBe(SAMVERKANSREGIONER.map((s) => s.id).join(', '));
  });

  it('writes English with no Swedish outside quoted titles and proper names, for every code and the whole catalog', () => {
    const names = [...REGIONS.map((r) => r.name), ...SAMVERKANSREGIONER.map((s) => s.name)];
    const issues = [
      ...Object.keys(BROKEN).flatMap((code) => checkAgreement(broken(code))),
      ...Object.values(DISTRIBUTION_CASES).flatMap((c) => c()),
      ...listAgreements().flatMap((a) => checkAgreement(a)),
    ];
    for (const issue of issues) {
      let text = issueText(issue, 'en').replace(/"[^"]*"/g, '""');
      for (const name of names) text = text.split(name).join('');
      expect([issue.code, text]).not.toEqual([issue.code, expect.stringMatching(/[åäöÅÄÖ]|\b(och|de|raden|området|summa|roten|regionerna)\b/)]);
    }
  });

  it('has a case for every issue code', () => {
    expect([...Object.keys(BROKEN), ...Object.keys(DISTRIBUTION_CASES)].sort()).toEqual([...CHECK_CODES].sort());
  });

  it('reports the numbers exactly: expected, actual and difference = actual − expected', () => {
    const [issue] = checkAgreement(broken('PARTS_SUM_MISMATCH')).filter((i) => i.code === 'PARTS_SUM_MISMATCH');
    expect(issue).toMatchObject({ path: ['areas'], expected: '110', actual: '100', difference: '-10', severity: 'error' });
    expect(issueText(issue!)).toContain('Det saknas 10 kr');
  });

  it('names recipients in the message’s own language, and a sum of money takes a singular verb', () => {
    const [rec] = checkAgreement(broken('STATEMENT_RECIPIENT_MISMATCH')).filter((i) => i.code === 'STATEMENT_RECIPIENT_MISMATCH');
    expect(issueText(rec!)).toMatch(/anger Regionerna/);
    expect(issueText(rec!, 'en')).toMatch(/states the regions/i);
    expect(issueText(rec!, 'en')).not.toMatch(/regionerna/i);
    const [sum] = checkAgreement(broken('PARTS_SUM_MISMATCH')).filter((i) => i.code === 'PARTS_SUM_MISMATCH');
    expect(issueText(sum!, 'en')).toContain('10 kr is missing');
  });

  it('names the remainder of an incomplete list as a warning, not an error', () => {
    const issues = checkAgreement(broken('UNALLOCATED_REMAINDER'));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.find((i) => i.code === 'UNALLOCATED_REMAINDER')).toMatchObject({ expected: '110', actual: '100', difference: '-10' });
  });

  it('never passes a constraint it cannot verify', () => {
    const issue = checkAgreement(broken('CONSTRAINT_NOT_VERIFIABLE')).find((i) => i.code === 'CONSTRAINT_NOT_VERIFIABLE');
    expect(issue).toMatchObject({ severity: 'info', expected: '48', actual: '0' });
    expect(issueText(issue!)).toContain('kan inte kontrolleras med de uppgifter som finns');
  });

  it('passes a constraint the lines satisfy, and flags one they break for certain', () => {
    const ok = baseAgreement();
    BROKEN.CONSTRAINT_VIOLATED!(ok);
    ok.constraints[0]!.target.lines = ['a1'];
    expect(checkAgreement(load(ok))).toEqual([]);
    const max = baseAgreement();
    BROKEN.CONSTRAINT_VIOLATED!(max);
    max.constraints[0]!.kind = 'max-share';
    max.constraints[0]!.percent = '50';
    max.constraints[0]!.target.lines = ['a1'];
    expect(checkAgreement(load(max)).map((i) => i.code)).toEqual(['CONSTRAINT_VIOLATED']);
  });
});

describe('checkDistribution', () => {
  it('accepts a table that foots and matches its line, with Swedish amounts and spreadsheet numbers', () => {
    const rows = SAMVERKANSREGIONER.map((s) => ({ recipient: s.name, amount: '10 000 000' }));
    const l = line({ amount: new Dec(60_000_000), recipient: { type: 'samverkansregioner' }, key: 'equal' });
    expect(checkDistribution(l, rows, { statedTotal: 60_000_000 })).toEqual([]);
  });

  it('allows one krona of rounding spread in an equal split', () => {
    const l = line({ amount: new Dec(100), recipient: { type: 'samverkansregioner' }, key: 'equal' });
    const amounts = ['17', '17', '17', '17', '16', '16'];
    expect(checkDistribution(l, SAMVERKANSREGIONER.map((s, i) => ({ recipient: s.id, amount: amounts[i]! })))).toEqual([]);
  });

  it('reports the difference to the line exactly, in öre', () => {
    const [issue] = DISTRIBUTION_CASES.DISTRIBUTION_TOTAL_MISMATCH!();
    expect(issue).toMatchObject({ expected: '60', actual: '59.5', difference: '-0.5', path: ['total'] });
  });

  it('checks a named region line against that region only', () => {
    const l = line({ amount: new Dec(5), recipient: { type: 'region', code: '03', viaSkr: true } });
    expect(checkDistribution(l, [{ recipient: 'Region Uppsala', amount: 5 }])).toEqual([]);
    expect(checkDistribution(l, [{ recipient: '01', amount: 5 }]).map((i) => i.code)).toEqual(['DISTRIBUTION_UNKNOWN_RECIPIENT', 'DISTRIBUTION_MISSING_RECIPIENTS']);
  });
});
