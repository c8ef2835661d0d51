import { collapse } from './normalise';

/** A numbered heading and the lines up to the next one ("4.2 Medelstilldelning…"). */
export interface Section {
  /** "4.2"; "" for the text before the first heading; "bilaga-1" for an appendix. */
  readonly number: string;
  readonly title: string;
  /** First line after the heading, and one past the last line. */
  readonly start: number;
  readonly end: number;
  /** How the section is named in a source: "4.2 Medelstilldelning". */
  readonly where: string;
}

const HEADING = /^\s*(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.?\s+([A-ZÅÄÖ][^]{1,110})$/;
const APPENDIX = /^\s*(Bilaga\s+\d+)\s*$/;
const PREAMBLE_WHERE = 'Inledande text (före avsnitt 1)';

/**
 * Headings are accepted only in sequence (1, 2, 2.1, 2.2, 3 …): a numbered table row or list item
 * further down ("2. Ett område … 4 250 000" in a later chapter's table) is then not taken for a heading.
 */
export function findSections(lines: readonly string[]): Section[] {
  // Most agreements write "2. Rubrik"; some write "2 Rubrik". The second style is accepted only
  // when the first is absent, so a footnote ("2 Beloppet är …") is never taken for a chapter.
  const dotted = lines.some((l) => /^\s*[12]\.\s+[A-ZÅÄÖ]/.test(l));
  const numbered = sectionsWith(lines, dotted);
  return numbered.some((s) => s.number !== '') ? numbered : unnumberedSections(lines);
}

/**
 * Without any numbered heading (as SKR's letters are set): a short line on its own after a blank
 * line, no sentence itself, and followed at once by a sentence, is a heading. The sections are
 * numbered in order for the reading; `where` names them by their words alone.
 */
function unnumberedSections(lines: readonly string[]): Section[] {
  const heads: { title: string; line: number }[] = [];
  const firstBlank = lines.findIndex((l) => l.trim() === '');
  lines.forEach((line, i) => {
    const t = collapse(line);
    const next = collapse(lines[i + 1] ?? '');
    if (i <= firstBlank || t === '' || (lines[i - 1] ?? '').trim() !== '' || next === '') return;
    if (t.length > 90 || t.split(' ').length > 12 || !/^[A-ZÅÄÖ]/.test(t) || /[.,;:!?]$/.test(t) || /\s{3,}/.test(line.trim())) return;
    if (/^(För|Bilaga)\s/.test(t) || /\bden \d{1,2} [a-zåäö]+ \d{4}\b/.test(t) || !/^[A-ZÅÄÖ"”(]/.test(next)) return;
    heads.push({ title: t, line: i });
  });
  const out: Section[] = [];
  const firstLine = heads[0]?.line ?? lines.length;
  if (firstLine > 0) out.push({ number: '', title: '', start: 0, end: firstLine, where: PREAMBLE_WHERE });
  heads.forEach((h, k) => out.push({ number: String(k + 1), title: h.title, start: h.line + 1, end: heads[k + 1]?.line ?? lines.length, where: h.title }));
  return out;
}

function sectionsWith(lines: readonly string[], dotted: boolean): Section[] {
  const heads: { number: string; title: string; line: number }[] = [];
  let top = 0;
  let sub = 0;
  let appendix = false;
  lines.forEach((line, i) => {
    const app = APPENDIX.exec(line);
    if (app && top > 0) {
      heads.push({ number: collapse(app[1] ?? '').toLowerCase().replace(' ', '-'), title: collapse(app[1] ?? ''), line: i });
      appendix = true;
      return;
    }
    if (appendix) return;
    const m = HEADING.exec(line);
    if (!m || m[3] !== undefined) return;
    const title = collapse(m[4] ?? '');
    if (/\d{1,3}( \d{3})+\s*$/.test(title) || /[.;,:]$/.test(title) || title.split(' ').length > 14) return;
    // A table of contents line ends in its page number ("2. Medelstilldelning ....... 7").
    if (/(\.{2,}|…|\s)\s*\d{1,3}$/.test(title)) return;
    const n = Number(m[1]);
    const s = m[2] === undefined ? 0 : Number(m[2]);
    // A chapter number may skip one or two (a chapter removed in a revision) when its first section follows at once.
    // A chapter number may skip one or two (a chapter removed in a revision) when the line is plainly a
    // heading: its first section follows at once, or it stands alone after a blank line, no table row or list item.
    const opensSection = () => lines.slice(i + 1, i + 4).some((l) => new RegExp(`^\\s*${n}\\.1\\.?\\s+[A-ZÅÄÖ]`).test(l));
    const standsAlone = () => (lines[i - 1] ?? '').trim() === '' && !/\s{3,}/.test(line.trim()) && !/^\s*\d{1,2}\.\s/.test(lines[i + 1] ?? '') && title.split(' ').length <= 8;
    const next = s === 0 ? n === top + 1 || (top === 0 && n <= 2) || (top > 0 && n > top + 1 && n <= top + 3 && (opensSection() || standsAlone())) : n === top && s > sub && s <= sub + 2;
    if (!next) return;
    if (s === 0 && dotted && !/^\s*\d+\.\s/.test(line)) return;
    if (s === 0 && !dotted && (title.length > 80 || /\s{3,}/.test(line.trim()))) return;
    if (s === 0) {
      top = n;
      sub = 0;
    } else sub = s;
    let full = title;
    let last = i;
    // A long heading wraps: its next line starts in lower case and is no sentence.
    for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
      const cont = collapse(lines[j] ?? '');
      if (!/^[a-zåäö]/.test(cont) || cont.length > 70 || /[.:]$/.test(cont)) break;
      full = `${full} ${cont}`;
      last = j;
    }
    heads.push({ number: s === 0 ? String(n) : `${n}.${s}`, title: full, line: last });
  });
  const out: Section[] = [];
  const firstLine = heads[0]?.line ?? lines.length;
  if (firstLine > 0) out.push({ number: '', title: '', start: 0, end: firstLine, where: PREAMBLE_WHERE });
  heads.forEach((h, k) => {
    const end = heads[k + 1]?.line ?? lines.length;
    out.push({ number: h.number, title: h.title, start: h.line + 1, end, where: h.number.startsWith('bilaga') ? h.title : `${h.number} ${h.title}` });
  });
  return out;
}

/** The chapter a section belongs to: "4" for "4.2". */
export function chapterOf(section: Section): string {
  return section.number.split('.')[0] ?? '';
}

/** A sentence of running text with the section it stands in. */
export interface Sentence {
  readonly text: string;
  readonly section: Section;
  /** Index among the section's sentences. */
  readonly index: number;
}

/** Splits a section's text into sentences (at ". " before a capital letter or a digit). */
export function sentencesOf(lines: readonly string[], section: Section): Sentence[] {
  const text = collapse(lines.slice(section.start, section.end).join(' '));
  if (text === '') return [];
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ−•–-])|(?<=\S)\s+(?=[−•▪]\s)/)
    .map((t, index) => ({ text: t.trim(), section, index }))
    .filter((s) => s.text !== '');
}
