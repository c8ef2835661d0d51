import fc from 'fast-check';
import { getAgreement, leaves, type DistributionKey, type Line, type Recipient } from '../agreements';
import { distribute } from '../distribution';
import { Dec } from '../money';
import { DEFAULT_POPULATION_TABLE_IDS, SCB_COUNTY_2023_12_31, builtInPopulation } from '../reference';
import { issueText } from '../result';
import { distributionRequest, notPlannedIssue, planLine, planLines, type NotPlanned, type PlanResult } from '.';

const line = (id: string, extra: Partial<Line> = {}): Line => ({ id, title: id, amount: new Dec(1_000_000), source: null, ...extra });
const planOf = (l: Line, area: Partial<Line> = {}): PlanResult<Line> => {
  const [visit] = leaves({ areas: [line('area', { ...area, lines: [l] })] });
  return planLine(visit!);
};
const summary = (r: PlanResult<Line>) =>
  r.ok ? (r.plan.kind === 'whole' ? { whole: r.plan.to } : { shared: r.plan.group, key: r.plan.key, viaSkr: r.plan.viaSkr }) : r.reason;

describe('planLine', () => {
  it.each<[string, Recipient, DistributionKey | undefined, unknown]>([
    ['SKR whole', { type: 'skr' }, 'fixed', { whole: { kind: 'skr' } }],
    ['a region whole', { type: 'region', code: '13' }, undefined, { whole: { kind: 'region', code: '13' } }],
    ['a region via SKR to SKR', { type: 'region', code: '03', viaSkr: true }, 'fixed', { whole: { kind: 'skr' } }],
    ['the regions by population by default', { type: 'regions' }, undefined, { shared: 'regioner', key: 'population', viaSkr: false }],
    ['the regions in equal shares', { type: 'regions' }, 'equal', { shared: 'regioner', key: 'equal', viaSkr: false }],
    ['samverkansregioner equally by default', { type: 'samverkansregioner' }, undefined, { shared: 'samverkansregioner', key: 'equal', viaSkr: false }],
    ['regions via SKR by population, paid to SKR', { type: 'regions-via-skr' }, 'population', { shared: 'regioner', key: 'population', viaSkr: true }],
    ['regions via SKR without a key we compute: SKR whole', { type: 'regions-via-skr' }, 'unspecified', { whole: { kind: 'skr' } }],
    ['performance-based: not computable', { type: 'regions' }, 'performance', { code: 'KEY_NOT_COMPUTABLE', group: 'regioner', key: 'performance' }],
    ['fixed amounts per region: not computable', { type: 'regions' }, 'fixed', { code: 'KEY_NOT_COMPUTABLE', group: 'regioner', key: 'fixed' }],
    ['samverkansregioner by population: no such table', { type: 'samverkansregioner' }, 'population', { code: 'KEY_NOT_COMPUTABLE', group: 'samverkansregioner', key: 'population' }],
    ['the municipalities by population by default', { type: 'municipalities' }, undefined, { shared: 'kommuner', key: 'population', viaSkr: false }],
    ['the municipalities in equal shares', { type: 'municipalities' }, 'equal', { shared: 'kommuner', key: 'equal', viaSkr: false }],
    ['the municipalities by performance: not computable', { type: 'municipalities' }, 'performance', { code: 'KEY_NOT_COMPUTABLE', group: 'kommuner', key: 'performance' }],
    ['another recipient: no list', { type: 'other', name: 'Inera' }, undefined, { code: 'RECIPIENTS_NOT_LISTED', recipient: 'other' }],
  ])('%s', (_, recipient, key, expected) => {
    expect(summary(planOf(line('x', { recipient, ...(key ? { key } : {}) })))).toEqual(expected);
  });

  it('reads recipient, key and funder through the inheritance rule', () => {
    expect(summary(planOf(line('x'), { recipient: { type: 'regions' }, key: 'equal' }))).toMatchObject({ shared: 'regioner', key: 'equal' });
    expect(summary(planOf(line('x', { recipient: { type: 'regions' } }), { funder: 'regions' }))).toEqual({ code: 'FUNDED_BY_REGIONS' });
    expect(summary(planOf(line('x', { recipient: { type: 'regions' }, funder: 'state' }), { funder: 'regions' }))).toMatchObject({ shared: 'regioner' });
  });

  it('says why before it looks at the recipient: the regions’ own money, no recipient, no amount', () => {
    expect(summary(planOf(line('x', { amount: null }), { funder: 'regions' }))).toEqual({ code: 'FUNDED_BY_REGIONS' });
    expect(summary(planOf(line('x', { amount: null })))).toEqual({ code: 'NO_RECIPIENT' });
    expect(summary(planOf(line('x', { amount: null, recipient: { type: 'municipalities' } })))).toEqual({ code: 'AMOUNT_NOT_STATED' });
  });

  it('plans a line by what it inherits: stating the area’s fields on the line itself changes nothing', () => {
    const recipient = fc.option(
      fc.constantFrom<Recipient>({ type: 'skr' }, { type: 'regions' }, { type: 'regions-via-skr' }, { type: 'samverkansregioner' }, { type: 'region', code: '13', viaSkr: true }, { type: 'municipalities' }),
      { nil: undefined },
    );
    const key = fc.option(fc.constantFrom<DistributionKey>('population', 'equal', 'fixed', 'performance', 'unspecified'), { nil: undefined });
    const funder = fc.option(fc.constantFrom('state' as const, 'regions' as const), { nil: undefined });
    const fields = fc.record({ recipient, key, funder });
    fc.assert(
      fc.property(fields, fields, fc.boolean(), (area, own, stated) => {
        const defined = (f: typeof own) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
        const leaf = line('x', { amount: stated ? new Dec(5) : null, ...defined(own) });
        const under = planOf(leaf, defined(area));
        const alone = planLine(leaves({ areas: [{ ...leaf, ...defined({ recipient: leaf.recipient ?? area.recipient, key: leaf.key ?? area.key, funder: leaf.funder ?? area.funder }) }] })[0]!);
        expect(summary(under)).toEqual(summary(alone));
      }),
    );
  });

  it('finds the two shared lines of Sammanhållen vård, which the task pane offers', () => {
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error('catalog');
    const shared = planLines(a.value).flatMap((r) => (r.ok && r.plan.kind === 'shared' ? [[r.plan.visit.line.id, r.plan.group, r.plan.key]] : []));
    expect(shared).toEqual([
      ['vardforlopp-samverkansregionerna', 'samverkansregioner', 'equal'],
      ['vardforlopp-befolkning', 'regioner', 'population'],
    ]);
  });
});

describe('distributionRequest', () => {
  const shared = (recipient: Recipient, key?: DistributionKey, amount = new Dec(1_000_000)) => {
    const r = planOf(line('x', { recipient, amount, ...(key ? { key } : {}) }));
    if (!r.ok || r.plan.kind !== 'shared') throw new Error('not shared');
    return r.plan;
  };

  it('takes equal shares from the reference tables and population from the table given', () => {
    const eq = distributionRequest(shared({ type: 'samverkansregioner' }), { population: { regioner: SCB_COUNTY_2023_12_31 } });
    expect(eq.table).toMatchObject({ id: 'samverkansregioner', kind: 'equal' });
    expect(eq.request.recipients).toHaveLength(6);
    const pop = distributionRequest(shared({ type: 'regions' }), { population: { regioner: SCB_COUNTY_2023_12_31 }, method: 'adjust-largest', unit: { exponent: 3 } });
    expect(pop.table).toBe(SCB_COUNTY_2023_12_31);
    expect(pop.request).toMatchObject({ method: 'adjust-largest', unit: { exponent: 3 }, source: { kind: 'population', referenceDate: '2023-12-31' } });
  });

  it('shares a municipal line by the municipal table given, else the default one for kommuner', () => {
    const own = builtInPopulation('scb-kommuner-2025-12-31')!;
    const given = distributionRequest(shared({ type: 'municipalities' }), { population: { regioner: SCB_COUNTY_2023_12_31, kommuner: own } });
    expect(given.table).toBe(own);
    expect(given.request.recipients).toHaveLength(290);
    const dflt = distributionRequest(shared({ type: 'municipalities' }), { population: { regioner: SCB_COUNTY_2023_12_31 } });
    expect(dflt.table.id).toBe(DEFAULT_POPULATION_TABLE_IDS.kommuner);
    expect(distributionRequest(shared({ type: 'regions' }), { population: { kommuner: own } }).table.id).toBe(DEFAULT_POPULATION_TABLE_IDS.regioner);
  });

  it('distributes 1 050 Mkr to the 290 municipalities to the krona (God och nära vård’s sum to kommunerna)', () => {
    const plan = planOf(line('kommunerna', { amount: new Dec(1_050_000_000), recipient: { type: 'municipalities' } }));
    if (!plan.ok || plan.plan.kind !== 'shared') throw new Error('not shared');
    const d = distribute(distributionRequest(plan.plan, { population: {} }).request);
    if (!d.ok) throw new Error('distribute');
    expect(d.value.rows).toHaveLength(290);
    expect(d.value.rows.find((r) => r.id === '0180')?.amount.toFixed()).toBe('98732653');
    expect(d.value.total.toFixed()).toBe('1050000000');
  });

  it('gives a request the engine distributes to the line’s amount exactly', () => {
    const cases: [Recipient, DistributionKey | undefined][] = [
      [{ type: 'regions' }, undefined],
      [{ type: 'regions' }, 'equal'],
      [{ type: 'samverkansregioner' }, undefined],
      [{ type: 'municipalities' }, undefined],
    ];
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom(...cases), (amount, [recipient, key]) => {
        const { request } = distributionRequest(shared(recipient, key, new Dec(amount.toString())), { population: { regioner: SCB_COUNTY_2023_12_31 } });
        const d = distribute(request);
        expect(d.ok && d.value.total.toFixed()).toBe(amount.toString());
      }),
    );
  });
});

describe('notPlannedIssue', () => {
  it('says for every reason, in both languages, why the line is not distributed', () => {
    const reasons: NotPlanned[] = [
      { code: 'FUNDED_BY_REGIONS' },
      { code: 'NO_RECIPIENT' },
      { code: 'AMOUNT_NOT_STATED' },
      { code: 'RECIPIENTS_NOT_LISTED', recipient: 'other' },
      { code: 'KEY_NOT_COMPUTABLE', group: 'regioner', key: 'performance' },
    ];
    const texts = reasons.map((r) => notPlannedIssue({ sv: 'Raden ”X”', en: 'The line "X"' }, r)).map((i) => [issueText(i, 'sv'), issueText(i, 'en')]);
    for (const [sv, en] of texts) {
      expect(sv).toMatch(/^Raden ”X” /);
      expect(en).toMatch(/^The line "X" /);
    }
    expect(texts[4]).toEqual([
      'Raden ”X” fördelas mellan regionerna (nyckel: prestationsbaserat), vilket inte kan räknas fram ur befolkningen; beloppen per mottagare står i överenskommelsen.',
      'The line "X" is shared among the regions (key: performance-based), which cannot be computed from the population; the amounts per recipient are in the agreement.',
    ]);
  });
});
