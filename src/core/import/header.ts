import type { AgreementJson } from '../agreements';
import { collapse } from './normalise';
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

const PLACE_DATE = new RegExp(String.raw`([A-ZÅÄÖ][a-zåäö]+)\s+den\s+(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})`, 'g');

/**
 * The signature block as PDF extraction flattens two columns: "För staten genom   För Sveriges
 * Kommuner och", then the places and dates, the names and the titles, column by column.
 */
export function findParties(lines: readonly string[], section: Section | undefined): Party[] {
  const start = section?.start ?? 0;
  const end = section?.end ?? lines.length;
  let first = -1;
  for (let i = start; i < end; i++) if (/(^|\s{2,})För\s+\S/.test(lines[i] ?? '') && /^\s*För\s/.test(lines[i] ?? '')) {
    first = i;
    break;
  }
  if (first < 0) return [];
  const block: string[] = [];
  for (let i = first; i < Math.min(end, first + 16); i++) {
    if (/^\s*Bilaga\b/.test(lines[i] ?? '')) break;
    block.push(lines[i] ?? '');
  }
  const columns = (line: string) => line.trim().split(/\s{2,}/).map((c) => c.trim()).filter((c) => c !== '');
  const nonEmpty = block.filter((l) => l.trim() !== '');
  const dateAt = nonEmpty.findIndex((l) => PLACE_DATE.test(l) && ((PLACE_DATE.lastIndex = 0), true));
  PLACE_DATE.lastIndex = 0;
  if (dateAt < 0) return [];
  const dates = [...(nonEmpty[dateAt] ?? '').matchAll(PLACE_DATE)].map((m) => swedishDate(m[2] ?? '', m[3] ?? '', m[4] ?? ''));
  const width = Math.max(1, dates.length);
  const nameLines = nonEmpty.slice(0, dateAt).map(columns);
  const names: string[] = Array.from({ length: width }, (_, c) => collapse(nameLines.map((cols) => (cols.length === width ? (cols[c] ?? '') : c === 0 ? cols.join(' ') : '')).join(' ')));
  const after = nonEmpty.slice(dateAt + 1).map(columns).filter((c) => c.length > 0);
  const signers = after[0] ?? [];
  const roles = after[1] ?? [];
  const quote = collapse(block.join(' '));
  return names.flatMap((raw, c) => {
    const name = raw.replace(/^För\s+/, '');
    if (name === '') return [];
    const display = name.charAt(0).toUpperCase() + name.slice(1);
    const signer = signers.length === width ? signers[c] : undefined;
    const role = roles.length === width ? roles[c] : undefined;
    const party: Party = {
      name: display,
      role: /\bstaten\b|departement|regeringen/i.test(name) ? 'state' : /Sveriges Kommuner och Regioner|\bSKR\b/.test(name) ? 'skr' : 'other',
      signedOn: dates[c] ?? null,
      source: { where: section?.where ?? 'Underskrifter', quote },
    };
    if (signer) party.signatory = role ? `${signer}, ${role.charAt(0).toLowerCase()}${role.slice(1)}` : signer;
    return [party];
  });
}
