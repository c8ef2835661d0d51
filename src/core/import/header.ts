import type { AgreementJson } from '../agreements';
import { collapse } from './normalise';
import { isCalendarDate } from '../calendar';
import { MONTHS, swedishDate } from './model';
import type { Section } from './sections';

type Party = AgreementJson['parties'][number];
type Diarienummer = AgreementJson['diarienummer'][number];

const TITLE = /^\s*(Överenskommelse\s+(?:om|mellan|för)\s+.+?)\s*$/;

/** The agreement's name: its first "Överenskommelse om …" line, with a wrapped second line joined. */
export function findTitle(lines: readonly string[]): { title: string; line: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = TITLE.exec(lines[i] ?? '');
    if (!m || /[.;:]$/.test(m[1] ?? '') || (m[1] ?? '').length > 140) continue;
    let title = collapse(m[1] ?? '');
    const next = collapse(lines[i + 1] ?? '');
    if (/^[a-zåäö0-9]/.test(next) && next.length < 60 && !/[.:]$/.test(next)) title = `${title} ${next}`;
    return { title, line: i };
  }
  return undefined;
}

const DNR = /\b((?:SKR|S|Fi|U|A|N|Ju|Ku|M|I|Ö)\s?\d{4}\/\d{3,6}(?:\/[A-ZÅÄÖ\w]+)?)\b/g;
const DNR_LABEL = /(vårt ärendenr|ärendenr|ärendenummer|diarienummer|dnr|dnr\.)\s*:?\s*$/i;

/** Case numbers with the label that introduces them ("Ärendenr: SKR2031/01234"). */
export function findDiarienummer(lines: readonly string[], where: (line: number) => string): Diarienummer[] {
  const out: Diarienummer[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = collapse(lines[i] ?? '');
    const prev = collapse(lines[i - 1] ?? '');
    for (const m of line.matchAll(DNR)) {
      const before = line.slice(0, m.index);
      const labelHere = DNR_LABEL.exec(before);
      const labelPrev = before.trim() === '' ? DNR_LABEL.exec(prev) : null;
      // A government case number also stands without a label in a department's letterhead.
      const letterhead = !labelHere && !labelPrev && /^(S|Fi|U|A|N|Ju|Ku|M|I)\d/.test(m[1] ?? '') && (/departementet|Regeringskansliet/.test(line) || line === m[0]) ? [m[0], 'diarienummer'] : null;
      const label = labelHere ?? labelPrev ?? letterhead;
      if (!label) continue;
      const value = (m[1] ?? '').replace(/\s/g, '');
      if (out.some((d) => d.value === value)) continue;
      const quote = labelPrev && !labelHere ? `${prev} ${line}` : line;
      const issuer = value.startsWith('SKR') ? 'SKR' : 'Regeringskansliet';
      out.push({
        value,
        issuer,
        description: `${issuer === 'SKR' ? 'SKR:s' : 'Regeringskansliets'} ärendenummer (${collapse(label[1] ?? '').toLowerCase()})`,
        source: { where: where(i), quote: collapse(quote) },
      });
    }
  }
  return out;
}

/**
 * The signature block, in the layouts PDF extraction leaves: two columns side by side ("För staten
 * genom   För Sveriges Kommuner och", then places and dates, names and titles; or the dates above
 * the parties), or one column after the other as pdf.js reads them (date, party, name, title).
 */
export function findParties(lines: readonly string[], section: Section | undefined): Party[] {
  const start = section?.start ?? 0;
  const end = section?.end ?? lines.length;
  let first = -1;
  for (let i = start; i < end; i++)
    if (/^\s*För\s+\S/.test(lines[i] ?? '')) {
      first = i;
      break;
    }
  if (first < 0) return section ? titledParties(lines.slice(start, Math.min(end, start + 24)), section.where) : [];
  // A place and date may stand just above the first party.
  let from = first;
  for (let i = first - 1, seen = 0; i >= start && seen < 2; i--) {
    if ((lines[i] ?? '').trim() === '') continue;
    seen++;
    if (placeDates(lines[i] ?? '').length > 0) from = i;
    else break;
  }
  // 24 lines with words from the first party on: blank lines between the signatures do not count, or they cut the last title off.
  const block: string[] = [];
  for (let i = from, filled = 0; i < end && filled < 24; i++) {
    if (/^\s*Bilaga\b/.test(lines[i] ?? '')) break;
    block.push(lines[i] ?? '');
    if (i >= first && (lines[i] ?? '').trim() !== '') filled++;
  }
  const quote = collapse(block.join(' '));
  const where = section?.where ?? 'Underskrifter';
  const nonEmpty = block.filter((l) => l.trim() !== '');
  const fors = nonEmpty.filter((l) => /^\s*För\s/.test(l));
  const dateLines = nonEmpty.filter((l) => placeDates(l).length > 0);
  if (dateLines.length === 0) return [];
  const oneColumn = fors.length >= 2 && dateLines.every((l) => placeDates(l).length === 1) && fors.every((l) => columns(l).length === 1);
  const signed = oneColumn ? oneColumnParties(nonEmpty) : columnParties(block);
  return signed.filter((p) => p.name.replace(/^För\s+/, '') !== '').map((p) => party(p, where, quote));
}

interface Signed {
  readonly name: string;
  readonly date: string | undefined;
  readonly signer: string | undefined;
  readonly role: string | undefined;
}

/** "Stockholm den 20 januari 2030", or "Stockholm 2030-01-20". */
const PLACE_DATE = new RegExp(String.raw`([A-ZÅÄÖ][a-zåäö]+)\s+(?:den\s+(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})|(?:den\s+)?(\d{4}-\d{2}-\d{2})\b)`, 'g');
const placeDates = (line: string) => [...line.matchAll(PLACE_DATE)].map((m) => (m[5] ? (isCalendarDate(m[5]) ? m[5] : undefined) : swedishDate(m[2] ?? '', m[3] ?? '', m[4] ?? '')));
const columns = (line: string) => line.trim().split(/\s{2,}/).map((c) => c.trim()).filter((c) => c !== '');

/** Side by side: the parties' words column by column, then (below or above) the dates, names and titles. */
function columnParties(block: readonly string[]): Signed[] {
  const nonEmpty = block.filter((l) => l.trim() !== '');
  const dateAt = nonEmpty.findIndex((l) => placeDates(l).length > 0);
  const forAt = nonEmpty.findIndex((l) => /^\s*För\s/.test(l));
  const dates = placeDates(nonEmpty[dateAt] ?? '');
  const width = Math.max(1, dates.length);
  let nameLines: string[];
  let after: string[][];
  if (dateAt > forAt) {
    nameLines = nonEmpty.slice(forAt, dateAt);
    after = nonEmpty.slice(dateAt + 1).map(columns);
  } else {
    // The dates stand above: the parties' words run until the first blank line, names and titles follow.
    const forLine = block.findIndex((l) => /^\s*För\s/.test(l));
    let stop = forLine;
    while (stop < block.length && (block[stop] ?? '').trim() !== '') stop++;
    nameLines = block.slice(forLine, stop);
    after = block.slice(stop).filter((l) => l.trim() !== '').map(columns);
  }
  const names = namesByPosition(nameLines, width);
  const rows = after.filter((c) => c.length > 0);
  const signers = rows[0] ?? [];
  const roles = rows[1] ?? [];
  return names.map((name, c) => ({
    name,
    date: dates[c],
    signer: signers.length === width ? signers[c] : undefined,
    role: roles.length === width ? roles[c] : undefined,
  }));
}

/**
 * The parties' words column by column: a continuation line's pieces go to the column whose "För"
 * starts nearest before them ("Socialdepartementet   Regioner" under "För staten genom   För Sveriges Kommuner och").
 */
function namesByPosition(nameLines: readonly string[], width: number): string[] {
  const starts = [...(nameLines[0] ?? '').matchAll(/(?:^|\s{2,})(För\s)/g)].map((m) => m.index + m[0].indexOf('För'));
  const names: string[][] = Array.from({ length: width }, () => []);
  for (const line of nameLines) {
    const cols = columns(line);
    if (cols.length === width || starts.length !== width) {
      cols.forEach((c, k) => names[cols.length === width ? k : 0]?.push(c));
      continue;
    }
    let from = 0;
    for (const c of cols) {
      const at = line.indexOf(c, from);
      from = at + c.length;
      const k = starts.reduce((best, s, j) => (s <= at + 2 ? j : best), 0);
      names[k]?.push(c);
    }
  }
  return names.map((n) => collapse(n.join(' ')));
}

/** One column after the other: each party's date (above or below its "För …" line), its words, then name and title. */
function oneColumnParties(nonEmpty: readonly string[]): Signed[] {
  const forAt = nonEmpty.flatMap((l, i) => (/^\s*För\s/.test(l) ? [i] : []));
  // Dates stand above the "För" lines when the first party's does; else each is in or below its own block.
  const datesAbove = placeDates(nonEmpty[(forAt[0] ?? 0) - 1] ?? '').length > 0;
  return forAt.map((at, k) => {
    const next = forAt[k + 1] ?? nonEmpty.length;
    let stop = next;
    // The next party's date may stand above its "För" line.
    if (datesAbove && k + 1 < forAt.length && placeDates(nonEmpty[next - 1] ?? '').length > 0) stop = next - 1;
    const own = nonEmpty.slice(at, stop);
    const dateAbove = datesAbove ? placeDates(nonEmpty[at - 1] ?? '')[0] : undefined;
    const date = dateAbove ?? own.map((l) => placeDates(l)[0]).find((d) => d !== undefined);
    const words = own.filter((l) => placeDates(l).length === 0).map(collapse);
    // No title under the name: the last line is the signer and the one before it still the party's wrapped name ("För Sveriges Kommuner och / Regioner / Anna Ek").
    const untitled = words.length >= 3 && SIGNER.test(words.at(-1) ?? '') && !SIGNER.test(words.at(-2) ?? '');
    if (untitled) return { name: collapse(words.slice(0, -1).join(' ')), date, signer: words.at(-1), role: undefined };
    const tail = words.length >= 3 ? words.slice(-2) : words.length === 2 ? [words[1], undefined] : [undefined, undefined];
    return { name: collapse(words.slice(0, Math.max(1, words.length - 2)).join(' ')), date, signer: tail[0], role: tail[1] };
  });
}

/** A signer's name as a signature block writes it: two or more capitalised words ("Ann Ek", "Bo Ås-Lind"). */
const SIGNER = /^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)+$/;
/** A title that says whom the signer signs for: SKR by its name, the state by a member of the government or its state secretary. */
const SKR_IN_TITLE = /,?\s*(?:(?:för|vid)\s+)?(Sveriges Kommuner och Regioner(?: \(SKR\))?|SKR)\b/;
const STATE_TITLE = /^(?:statsråd|statssekreterare|[a-zåäö]*minister)\b/i;
const DEPARTMENT = /\b([A-ZÅÄÖ][a-zåäö]+departementet)\b/;

/**
 * A signature block without "För …" lines: each place and date, the signer's name, then a title
 * that names the party ("Ordförande, Sveriges Kommuner och Regioner"; "Statsråd" signs for the
 * state). A signature whose title names no party is left out: its party is not stated.
 */
function titledParties(block: readonly string[], where: string): Party[] {
  const nonEmpty = block.map(collapse).filter((l) => l !== '');
  const quote = collapse(block.join(' '));
  const out: Party[] = [];
  nonEmpty.forEach((line, i) => {
    const dates = placeDates(line);
    const signer = nonEmpty[i + 1] ?? '';
    const title = nonEmpty[i + 2] ?? '';
    if (dates.length !== 1 || !dates[0] || !SIGNER.test(signer) || placeDates(title).length > 0) return;
    const skr = SKR_IN_TITLE.exec(title);
    const role = collapse((skr ? title.replace(skr[0], '') : title).replace(DEPARTMENT, '').replace(/[,\s]+$/, ''));
    if (role === '') return;
    const department = DEPARTMENT.exec(title)?.[1];
    const name = skr ? (skr[1] ?? 'SKR') : STATE_TITLE.test(role) ? (department ? `staten genom ${department}` : 'staten') : undefined;
    if (name) out.push(party({ name, date: dates[0], signer, role }, where, quote));
  });
  return out;
}

function party(p: Signed, where: string, quote: string): Party {
  const name = p.name.replace(/^För\s+/, '');
  const display = name.charAt(0).toUpperCase() + name.slice(1);
  const out: Party = {
    name: display,
    role: /\bstaten\b|departement|regeringen/i.test(name) ? 'state' : /Sveriges Kommuner\b|\bSKR\b/.test(name) ? 'skr' : 'other',
    signedOn: p.date ?? null,
    source: { where, quote },
  };
  if (p.signer) out.signatory = p.role ? `${p.signer}, ${p.role.charAt(0).toLowerCase()}${p.role.slice(1)}` : p.signer;
  return out;
}
