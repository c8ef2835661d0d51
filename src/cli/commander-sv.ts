/**
 * Commander writes its own usage errors in English; our users read Swedish. Each known message is
 * rewritten with the same facts; anything unknown passes through unchanged rather than being lost.
 */
const RULES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^error: unknown option '([^']*)'/, (o) => `okänd flagga ${o}`],
  [/^error: required option '([^']*)' not specified/, (o) => `flaggan ${o} måste anges`],
  [/^error: option '([^']*)' argument missing/, (o) => `flaggan ${o} saknar värde`],
  [/^error: missing required argument '([^']*)'/, (a) => `argumentet ${a} saknas`],
  [/^error: unknown command '([^']*)'/, (c) => `okänt kommando ${c}`],
  [/^error: too many arguments(?: for '([^']*)')?/, (c) => (c ? `för många argument till ${c}` : 'för många argument')],
  [/^error: option '([^']*)' argument '([^']*)' is invalid/, (o, v) => `ogiltigt värde ${v} för ${o}`],
];

export function commanderMessageInSwedish(text: string): string {
  const lines = text.split('\n');
  const [first = '', ...rest] = lines;
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(first);
    if (m) {
      const suggestion = /\(Did you mean (.+)\?\)/.exec(text);
      const tail = suggestion ? ` (menade du ${suggestion[1]}?)` : '';
      return `bidragskollen: ${say(...m.slice(1).map((x) => x ?? ''))}${tail}.\n`;
    }
  }
  return [first, ...rest].join('\n');
}
