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
