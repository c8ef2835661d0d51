/**
 * Text as PDF extraction leaves it, made readable line by line: soft hyphens and end-of-line
 * hyphenation joined, page headers/footers and lone page artefacts ("/ ", page numbers) removed.
 * Pages are separated by form feeds (\f) when the extractor knows them.
 */
export interface NormalisedText {
  /** The cleaned lines; internal runs of spaces are kept (they separate flattened table columns). */
  readonly lines: readonly string[];
  /** All lines joined with single spaces: the text every quote is taken from, verbatim. */
  readonly flat: string;
}

/** Words that follow a hyphen that is a real hyphen ("hälso- och sjukvård"), not a line-end break. */
const HYPHEN_KEEPERS = /^(och|eller|samt|respektive|resp\.?|till|som|med)\b/;
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl' };
const PAGE_ARTEFACT = /^\s*(\/|\d{1,3}|\d{1,3}\s*\(\d{1,3}\)|sida \d+( av \d+)?|\d+\s*\/\s*\d+)\s*$/i;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function normaliseText(raw: string): NormalisedText {
  const text = raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[\uFB00-\uFB04]/g, (l) => LIGATURES[l] ?? l)
    .replace(/[\u2010\u2011]/g, '-').replace(/\r\n?/g, '\n').replace(/\u00AD\s*\n\s*/g, '').replace(/\u00AD/g, '');
  const pages = text.split('\f').map((p) => p.split('\n'));
  const repeated = pages.length >= 2 ? repeatedEdges(pages) : new Set<string>();
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const line of page) {
      const trimmed = line.replace(/[\s\u00a0]+$/, '').replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/\t/g, '  ');
      if (PAGE_ARTEFACT.test(trimmed)) {
        kept.push('');
        continue;
      }
      // A running header or footer is kept where it first stands (it may carry the case number).
      const key = collapse(trimmed);
      if (repeated.has(key)) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      kept.push(trimmed);
    }
    kept.push('');
  }
  const lines = joinHyphenated(kept);
  return { lines, flat: collapse(lines.join(' ')) };
}

/** The first and last two lines of a page that recur on most pages are headers and footers. */
function repeatedEdges(pages: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const nonEmpty = page.map(collapse).filter((l) => l !== '');
    const edges = new Set([...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)].map((l) => l.replace(/\d+/g, '#')));
    for (const e of edges) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const out = new Set<string>();
  // Two pages that open or close with the same line have a header or footer; from three, most pages must.
  const min = pages.length === 2 ? 2 : Math.max(3, Math.ceil(pages.length / 2));
  for (const page of pages) {
    for (const l of page.map(collapse)) if (l !== '' && (counts.get(l.replace(/\d+/g, '#')) ?? 0) >= min) out.add(l);
  }
  return out;
}

function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    while (/[a-zåäöéü]-$/i.test(line) && !/\s-$/.test(line)) {
      const next = lines[i + 1];
      if (next === undefined) break;
      const rest = next.trimStart();
      if (!/^[a-zåäöéü]/.test(rest) || HYPHEN_KEEPERS.test(rest)) break;
      line = line.slice(0, -1) + rest;
      i++;
    }
    out.push(line);
  }
  return out;
}
