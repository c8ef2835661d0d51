import { getAgreement, walkLines } from '../../src/core/agreements';
import { overviewTemplate } from '../../src/core/templates';
import { wrappedHeight } from '../../src/core/templates/overview';

describe('the overview sheet’s row heights', () => {
  it('counts the wrapped lines of the longest cell', () => {
    expect(wrappedHeight([['Kort', 52]])).toBe(15);
    expect(wrappedHeight([['Uppdatering behandlingsrekommendationer vid bristsituationer', 52]])).toBe(30);
    expect(wrappedHeight([['a', 52], ['regionerna via SKR och fler ord här', 22]])).toBe(30);
    expect(wrappedHeight([['x'.repeat(100), 20]])).toBe(15 * Math.ceil(100 / 18));
  });

  it('gives every line whose title wraps a row tall enough to print it whole', () => {
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error('catalog');
    const sheet = overviewTemplate({ agreement: a.value, checks: [], deadlines: [], today: '2023-11-15' }, 'sv', { productVersion: '0.1.0', generatedAt: '2023-11-15T10:00:00+01:00' });
    const long = walkLines(a.value).filter((v) => v.line.title.length + 4 * v.depth > 46);
    expect(long.length).toBeGreaterThan(2);
    for (const v of long) {
      const cell = sheet.cells.find((c) => c.value.t === 'text' && c.value.v.trim() === v.line.title && c.ref.startsWith('A'));
      const row = Number(cell!.ref.slice(1));
      expect([v.line.title, sheet.rowHeights?.[row]]).toEqual([v.line.title, 30]);
    }
  });
});
