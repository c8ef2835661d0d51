import { Dec } from '../../src/core/money';
import { prefillAll, prefillGrant, resolveRecipient } from '../../src/core/templates';
import { TEST_AGREEMENT } from './agreement-fixture';
import { POPULATION } from './fixtures';

describe('prefill', () => {
  const all = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
  if (!all.ok) throw new Error('prefill failed');
  const { grants, warnings } = all.value;

  it('gives SKR the SKR and regions-via-SKR lines whole, and never the regions’ own funding', () => {
    const skr = grants.find((g) => g.recipient.code === 'skr');
    expect(skr?.lines.map((l) => [l.lineId, l.amount.toFixed()])).toEqual([
      ['a-skr', '100000'],
      ['b-stat', '20000'],
    ]);
  });

  it('gives every region its population share and every samverkansregion an equal share', () => {
    const halland = grants.find((g) => g.recipient.code === '13');
    expect(halland?.lines.map((l) => l.lineId)).toEqual(['a-regioner']);
    expect(halland?.lines[0]?.basis).toMatchObject({ kind: 'distributed', key: 'population', method: 'largest-remainder', referenceDate: '2023-12-31', publisher: 'SCB' });
    const svr = grants.filter((g) => g.recipient.kind === 'samverkansregion');
    expect(svr.map((g) => g.total.toFixed())).toEqual(['33334', '33334', '33333', '33333', '33333', '33333']);
  });

  it('foots: the recipients’ shares of every line sum to the line', () => {
    const byLine = new Map<string, Dec>();
    for (const g of grants) for (const l of g.lines) byLine.set(l.lineId, (byLine.get(l.lineId) ?? new Dec(0)).plus(l.amount));
    expect(Object.fromEntries([...byLine].map(([k, v]) => [k, v.toFixed()]))).toEqual({ 'a-regioner': '700000', 'a-svr': '200000', 'a-skr': '100000', 'b-stat': '20000' });
    expect(grants).toHaveLength(1 + 21 + 6);
  });

  it('carries appropriation, deadlines and only Regeringskansliet’s diarienummer', () => {
    const g = grants.find((x) => x.recipient.code === '01');
    expect(g?.lines[0]?.appropriation).toBe('UO 9 anslag 1:6 ap. 40 Jämlik sjukvård');
    expect(g).toMatchObject({ requisitionDeadline: '2023-12-01', repaymentDeadline: '2024-03-31', agreement: { diarienummer: 'S2023/00001' } });
    expect(g?.reportDeadline).toBeUndefined();
    expect(grants[0]?.reportDeadline).toBe('2024-03-31');
  });

  it('reads recipient, key, funder and appropriation through the inheritance rule', () => {
    const area = {
      id: 'c',
      title: 'C. Ärvt',
      amount: new Dec(2_100),
      recipient: { type: 'regions' as const },
      key: 'equal' as const,
      funder: 'state' as const,
      appropriation: { utgiftsomrade: 9, anslag: '1:6', anslagspost: 7 },
      lines: [
        { id: 'c-lika', title: 'Lika till regionerna', amount: new Dec(2_100) },
        { id: 'c-egen', title: 'Regionernas egen', amount: new Dec(5), funder: 'regions' as const },
        { id: 'c-skr', title: 'Till SKR', amount: new Dec(7), recipient: { type: 'skr' as const } },
      ],
    };
    const r = prefillAll({ ...TEST_AGREEMENT, areas: [area] }, { weights: POPULATION });
    if (!r.ok) throw new Error('prefill failed');
    const lines = r.value.grants.flatMap((g) => g.lines.map((l) => [g.recipient.code, l.lineId, l.amount.toFixed(), l.appropriation]));
    expect(lines).toHaveLength(21 + 1);
    expect(lines[0]).toEqual(['skr', 'c-skr', '7', 'UO 9 anslag 1:6 ap. 7']);
    expect(new Set(lines.slice(1).map(([, id, amount]) => `${id} ${amount}`))).toEqual(new Set(['c-lika 100']));
  });

  it('warns about a line without a stated amount', () => {
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['LINE_AMOUNT_UNKNOWN', ['areas', 'b-okand']]]);
  });

  it('resolves recipients by code or name and reports unknown ones and recipients without lines', () => {
    expect(resolveRecipient('SKR')?.kind).toBe('skr');
    expect(resolveRecipient('3')).toMatchObject({ code: '03', kind: 'region' });
    expect(resolveRecipient('Region Halland')?.code).toBe('13');
    expect(resolveRecipient('sodra')).toMatchObject({ kind: 'samverkansregion', name: 'Södra sjukvårdsregionen' });
    const bad = prefillGrant(TEST_AGREEMENT, '99', { weights: POPULATION });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['UNKNOWN_RECIPIENT']);
    const noLines = prefillGrant({ ...TEST_AGREEMENT, areas: [TEST_AGREEMENT.areas[1]!] }, '13', { weights: POPULATION });
    expect(noLines.ok ? [] : noLines.issues.map((i) => i.code)).toEqual(['NO_LINES_FOR_RECIPIENT']);
  });

  it('refuses a weight table that is not per region', () => {
    const r = prefillAll(TEST_AGREEMENT, { weights: { ...POPULATION, rows: [{ id: 'x', name: 'X', weight: new Dec(1) }] } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['WEIGHTS_NOT_REGIONS']);
  });

  it('refuses a weight table that lacks regions or repeats one, naming them, when a line is shared by it', () => {
    const two = { ...POPULATION, rows: POPULATION.rows.filter((r) => r.id === '13' || r.id === '01') };
    const r = prefillAll(TEST_AGREEMENT, { weights: two });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['WEIGHTS_MISSING_REGIONS']);
    expect(r.ok ? '' : r.issues[0]!.message).toContain('Saknas: 03, 04');
    expect(r.ok ? '' : r.issues[0]!.messageEn).toContain('Missing: 03, 04');
    const repeated = { ...POPULATION, rows: [...POPULATION.rows, POPULATION.rows[0]!] };
    const r2 = prefillAll(TEST_AGREEMENT, { weights: repeated });
    expect(r2.ok ? [] : r2.issues.map((i) => i.code)).toEqual(['WEIGHTS_MISSING_REGIONS']);
    expect(r2.ok ? '' : r2.issues[0]!.message).toContain('upprepade: 01');
  });

  it.each(['round', 'none'] as const)('refuses the method %s, whose shares would not foot or be whole', (method) => {
    const r = prefillAll(TEST_AGREEMENT, { weights: POPULATION, method });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['METHOD_NOT_FOR_FORMS']);
  });

  it('accepts adjust-largest for forms', () => {
    expect(prefillAll(TEST_AGREEMENT, { weights: POPULATION, method: 'adjust-largest' }).ok).toBe(true);
  });

  it('takes the earliest deadline by the day it means: a month-only one counts to the month’s end', () => {
    const deadlines = [
      { id: 'maj', kind: 'requisition', date: '2023-05', title: 'Rekvisition i maj', by: null, areas: [] },
      { id: 'mitten', kind: 'requisition', date: '2023-05-15', title: 'Rekvisition', by: null, areas: [] },
    ];
    const r = prefillGrant({ ...TEST_AGREEMENT, deadlines }, '13', { weights: POPULATION });
    expect(r.ok ? r.value.grant.requisitionDeadline : undefined).toBe('2023-05-15');
    expect(r.ok ? r.value.grant.lines.map((l) => l.requisitionDeadline) : []).toContain('2023-05-15');
  });
});
