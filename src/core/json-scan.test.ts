import fc from 'fast-check';
import { scanJson } from './json-scan';

const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};
const depthOf = (v: unknown): number => (v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0);

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts (JSON.parse as the oracle)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, Math.floor(j.length / 2)))), (text) => {
        expect(scanJson(text).errorAt === undefined).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('measures the nesting depth of any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(scanJson(JSON.stringify(v)).maxDepth).toBe(depthOf(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('points at the first wrong character, where V8 names no position too', () => {
    expect(scanJson('abc').errorAt).toBe(0);
    expect(scanJson('{"a": 1,}').errorAt).toBe(8);
    expect(scanJson('{"a": [1, 2').errorAt).toBe(11);
    expect(scanJson('  ').errorAt).toBe(2);
    expect(scanJson('{"a": tru}').errorAt).toBe(9);
  });

  it('stops at a depth limit without walking the rest, and without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(scanJson(deep).maxDepth).toBe(200_000);
    expect(scanJson(deep, 64).maxDepth).toBe(65);
  });
});
