import { cli } from './harness';

describe('bidragskollen deadlines', () => {
  it('prints each deadline with its status, days left and the last working day before a weekend or holiday', async () => {
    const r = await cli(['deadlines', 'sammanhallen-vard-2023', '--today', '2023-11-15']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('I dag: 2023-11-15');
    expect(r.out).toMatch(/2023-12-01\s+inom 30 dagar\s+16\s+Rekvisition/);
    expect(r.out).toContain('lördag: sista arbetsdag 2023-09-29');
    expect(r.out).toContain('2023-05 (månad)');
  });

  it('speaks English with --lang en: headings, status, titles, weekdays (a holiday keeps its Swedish name)', async () => {
    const r = await cli(['deadlines', 'sammanhallen-vard-2023', '--today', '2023-11-15', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Agreement on coordinated, equitable and safe care 2023\nToday: 2023-11-15/);
    expect(r.out).toMatch(/Date\s+Status\s+Days left\s+What\s+To\s+Note/);
    expect(r.out).toMatch(/2023-12-01\s+within 30 days\s+16\s+Requisition/);
    expect(r.out).toContain('Saturday: last working day 2023-09-29');
    expect(r.out).toContain('2023-05 (month)');
    expect(r.out).not.toMatch(/passerad|kommande|sista arbetsdag|lördag/);
    const bad = await cli(['deadlines', 'sammanhallen-vard-2023', '--lang', 'de']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Välj sv eller en');
  });
});
