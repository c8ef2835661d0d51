import { issueText } from '../../src/core/result';
import { builtInPopulation, DEFAULT_POPULATION_TABLE_IDS, readTableText } from '../../src/core/reference';
import { prefillAll, prefillGrant, resolveRecipient } from '../../src/core/templates';
import { POPULATION } from './fixtures';
import { MUNICIPAL_AGREEMENT, MUNICIPALITIES_CSV_289 } from './municipal-agreement';

describe('forms for a municipality', () => {
  const all = prefillAll(MUNICIPAL_AGREEMENT, { weights: POPULATION });
  if (!all.ok) throw new Error(all.issues.map((i) => issueText(i)).join('\n'));

  it('resolves a four-digit municipality code, and not a county code, as a municipality', () => {
    expect(resolveRecipient('0180')).toEqual({ code: '0180', name: 'Stockholm', kind: 'municipality' });
    expect(resolveRecipient('01')?.kind).toBe('region');
    expect(resolveRecipient('9999')).toBeUndefined();
  });

  it('gives each of the 290 municipalities its population share by the default table for kommuner, footing to the line', () => {
    const municipal = all.value.grants.filter((g) => g.recipient.kind === 'municipality');
    expect(municipal).toHaveLength(290);
    const sum = municipal.reduce((s, g) => s.plus(g.total), municipal[0]!.total.minus(municipal[0]!.total));
    expect(sum.toFixed()).toBe('1050000000');
    const stockholm = municipal.find((g) => g.recipient.code === '0180')!;
    expect(stockholm.lines.map((l) => [l.lineId, l.amount.toFixed()])).toEqual([['k', '98732653']]);
    expect(stockholm.lines[0]?.basis).toMatchObject({ kind: 'distributed', key: 'population', referenceDate: '2024-12-31' });
    expect(all.value.distributions.get('k')?.source).toMatchObject({ id: DEFAULT_POPULATION_TABLE_IDS.kommuner });
    // SKR first, then the regions, then the municipalities, then the samverkansregioner.
    const kinds = all.value.grants.map((g) => g.recipient.kind);
    expect(kinds.indexOf('municipality')).toBeGreaterThan(kinds.lastIndexOf('region'));
    expect(kinds.lastIndexOf('municipality')).toBeLessThan(kinds.indexOf('samverkansregion'));
  });

  it('takes the deadlines that name the municipalities or nobody, not those for the regions or SKR only', () => {
    const stockholm = all.value.grants.find((g) => g.recipient.code === '0180')!;
    expect(stockholm.requisitionDeadline).toBe('2023-10-31');
    expect(stockholm.repaymentDeadline).toBeUndefined();
    expect(stockholm.reportDeadline).toBeUndefined();
    const halland = all.value.grants.find((g) => g.recipient.code === '13')!;
    expect(halland.reportDeadline).toBe('2024-02-29');
    expect(halland.requisitionDeadline).toBe('2023-12-01');
  });

  it('uses the municipal table it is given', () => {
    const t2025 = builtInPopulation('scb-kommuner-2025-12-31')!;
    const r = prefillGrant(MUNICIPAL_AGREEMENT, '0180', { weights: POPULATION, municipalWeights: t2025 });
    if (!r.ok) throw new Error('prefill');
    expect(r.value.grant.lines[0]?.basis).toMatchObject({ referenceDate: '2025-12-31' });
  });

  it('refuses a user table with 289 municipalities for the forms, naming the one missing', () => {
    const own = readTableText(MUNICIPALITIES_CSV_289(builtInPopulation('scb-kommuner-2024-12-31')!.rows), { where: 'kommuner.csv' });
    if (!own.ok) throw new Error('read');
    expect(own.value.rows).toHaveLength(289);
    const r = prefillAll(MUNICIPAL_AGREEMENT, { weights: POPULATION, municipalWeights: own.value });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['TABLE_INCOMPLETE']);
    expect(issueText(r.issues[0]!)).toContain('2584');
  });

  it('refuses a county table given as the municipalities’ table', () => {
    const r = prefillAll(MUNICIPAL_AGREEMENT, { weights: POPULATION, municipalWeights: POPULATION });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['WEIGHTS_NOT_MUNICIPALITIES']);
  });

  it('an agreement without municipal lines needs no municipal table', () => {
    const { areas, ...rest } = MUNICIPAL_AGREEMENT;
    expect(prefillAll({ ...rest, areas: areas.filter((a) => a.id !== 'k') }, { weights: POPULATION, municipalWeights: POPULATION }).ok).toBe(true);
  });
});
