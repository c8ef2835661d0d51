import type { RecipientType } from '../agreements';

/** The recipients a table cell or a phrase can name without a region code. */
export type GroupRecipient = Exclude<RecipientType, 'region' | 'other'>;

/** Recipient words as agreements write them, most specific first. */
const WORDS: readonly (readonly [RegExp, GroupRecipient])[] = [
  [/^regionerna via SKR$/i, 'regions-via-skr'],
  [/^samverkansregion(erna)?$/i, 'samverkansregioner'],
  [/^(sjukvårdsregionerna)$/i, 'samverkansregioner'],
  [/^SKR$|^Sveriges Kommuner och Regioner( \(SKR\))?$/i, 'skr'],
  [/^(regionerna|landstingen|regioner|landsting)$/i, 'regions'],
  [/^(kommunerna|kommuner)$/i, 'municipalities'],
];

/** A table's recipient cell ("Regionerna via SKR"), or undefined when it names several or none. */
export function recipientOfCell(cell: string): GroupRecipient | undefined {
  const c = cell.replace(/\s+/g, ' ').trim();
  for (const [re, type] of WORDS) if (re.test(c)) return type;
  return undefined;
}

/** Whether a trailing table cell names recipients at all ("Regionerna och SKR" does, but mixed). */
export function looksLikeRecipientCell(cell: string): boolean {
  return /^(regionerna|kommunerna|skr|samverkansregionerna|sveriges kommuner och regioner)\b/i.test(cell.trim());
}

/** "till regionerna", "mottagare SKR", "SKR tilldelas": a recipient named in prose around an amount. */
export function recipientInProse(before: string, after: string): GroupRecipient | undefined {
  const a = /^\s*(?:kronor\s*)?\(?(?:mottagare|till)\s+(regionerna via SKR|samverkansregionerna|regionerna|kommunerna|SKR)\b/i.exec(after);
  const tail = /(?:kronor\s+)?(?:ska\s+)?(?:gå|fördelas|avsätts|betalas ut|utbetalas)?\s*(?:till|mottagare)\s+(regionerna via SKR|samverkansregionerna|regionerna|kommunerna|SKR)\b/i.exec(
    after.slice(0, 60),
  );
  const b =
    /\b(SKR|Regionerna|Kommunerna|Samverkansregionerna)\s+(?:tilldelas|erhåller|mottar|får)\s*$/i.exec(before.slice(-40)) ??
    /\b(?:tilldelas|erhåller|får)\s+(SKR|regionerna|kommunerna|samverkansregionerna)\s*$/i.exec(before.slice(-40));
  const c = /^\s*(?:kronor\s+)?(?:ska\s+)?tilldelas\s+(regionerna via SKR|samverkansregionerna|regionerna|kommunerna|SKR)\b/i.exec(after);
  // "tilldelas SKR 12,5 miljoner kronor och 2 500 000 kronor till regionerna": a "till" past the next amount is that amount's.
  const word = a?.[1] ?? c?.[1] ?? (tail && tail.index < 25 && !/\s\d/.test(after.slice(0, tail.index)) ? tail[1] : undefined) ?? b?.[1];
  return word === undefined ? undefined : recipientOfCell(word);
}

const NAMED = String.raw`regionerna via SKR|Sveriges Kommuner och Regioner|samverkansregionerna|regionerna|landstingen|kommunerna|regioner|kommuner|SKR`;
const FIRST = new RegExp(String.raw`^\s*(?:kronor\s+)?(?:\S+\s+){0,2}?(?:till|åt)\s+(${NAMED})\b`, 'i');
const MORE = new RegExp(String.raw`^(?:\s*(?:\(SKR\))?\s*,\s*|\s+och\s+)(?:till\s+)?(${NAMED})\b`, 'i');

/**
 * Who an amount is paid to when a decision names them after it ("… kronor till regionerna"), or
 * `"mixed"` when it names several ("till SKR, till regionerna och till samverkansregionerna").
 */
export function payeesAfter(after: string): GroupRecipient | 'mixed' | undefined {
  const first = FIRST.exec(after);
  if (!first) return undefined;
  const types = new Set<GroupRecipient>();
  const add = (w: string | undefined) => {
    const t = w === undefined ? undefined : recipientOfCell(w);
    if (t) types.add(t);
  };
  add(first[1]);
  let rest = after.slice(first.index + first[0].length);
  for (let m = MORE.exec(rest); m; m = MORE.exec(rest)) {
    add(m[1]);
    rest = rest.slice(m[0].length);
  }
  if (types.size > 1) return 'mixed';
  return [...types][0];
}
