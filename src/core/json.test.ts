import { jsonSyntaxText, parseJsonText } from './json';

const error = (text: string) => {
  const r = parseJsonText(text);
  if (r.ok) throw new Error('parsed');
  return r.error;
};

describe('parseJsonText', () => {
  it('ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where the error is, in Swedish and English', () => {
    const e = error('{"a": 1,\n  "b" 2}');
    expect(e).toMatchObject({ line: 2, column: 7 });
    expect(jsonSyntaxText(e, 'sv')).toBe('fel vid rad 2, kolumn 7');
    expect(jsonSyntaxText(e, 'en')).toBe('error at line 2, column 7');
  });

  it('says when the text ends too early', () => {
    expect(jsonSyntaxText(error('{"a": 1'), 'sv')).toMatch(/^texten tar slut för tidigt/);
    expect(jsonSyntaxText(error(''), 'sv')).toMatch(/^texten tar slut för tidigt/);
  });

  it('never passes on the engine’s English', () => {
    for (const text of ['{"a":}', 'x', '{"a":1}}']) {
      expect(jsonSyntaxText(error(text), 'sv')).not.toMatch(/Unexpected|JSON|token/);
    }
  });
});

describe('parseJsonText: every syntax error has a place, and the limits hold', () => {
  it('names a line and column for every broken text (fast-check, JSON.parse as the judge)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require('fast-check') as typeof import('fast-check');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.json().map((j) => `${j}x`)), (text) => {
        const r = parseJsonText(text);
        if (r.ok) return;
        expect(r.error.line).toBeGreaterThanOrEqual(1);
        expect(r.error.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
    expect(error('abc')).toMatchObject({ line: 1, column: 1 });
    expect(error('"x" y')).toMatchObject({ line: 1, column: 5 });
  });

  it('refuses a file nested deeper than the limit, without a stack overflow', () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const e = error(deep);
    expect(e.tooDeep).toBe(true);
    expect(jsonSyntaxText(e, 'sv')).toBe('filen är nästlad i fler än 64 nivåer');
    expect(parseJsonText(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
  });

  it('refuses a file larger than the limit before reading it', () => {
    const e = error(`"${'x'.repeat(21 * 1024 * 1024)}"`);
    expect(e.tooLarge).toBe(true);
    expect(jsonSyntaxText(e, 'en')).toBe('the file is larger than 20 MB');
  });
});
