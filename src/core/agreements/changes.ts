import { serializeAgreement } from './load';
import type { Agreement, AgreementJson } from './types';

/** What changed between two versions of an agreement (as a controller corrects it on its sheet): figures counted, the rest only noticed. */
export interface AgreementChanges {
  readonly same: boolean;
  /** There was no earlier version (a sheet written by the CLI, or its id changed on the sheet). */
  readonly added: boolean;
  readonly amounts: number;
  readonly dates: number;
}

/** Amounts and dates by what they belong to (a line by its id), so a row added above does not count every row below as changed. */
function figures(a: AgreementJson): { amounts: Map<string, string | null>; dates: Map<string, string | null> } {
  const amounts = new Map<string, string | null>();
  const dates = new Map<string, string | null>();
  for (const k of ['total', 'stateShare', 'regionsShare', 'frame'] as const) {
    const stated = a[k];
    if (stated) amounts.set(k, stated.amount);
  }
  const walk = (lines: readonly { id: string; amount: string | null; lines?: readonly unknown[] | undefined }[] | undefined) => {
    for (const l of lines ?? []) {
      amounts.set(`line:${l.id}`, l.amount);
      walk(l.lines as typeof lines);
    }
  };
  walk(a.areas);
  for (const g of a.recipientTotals ?? []) for (const p of g.parts) amounts.set(`part:${g.id}:${p.id}`, p.amount);
  for (const d of a.deadlines ?? []) dates.set(`deadline:${d.id}`, d.date);
  if (a.period) {
    dates.set('period:start', a.period.start ?? null);
    dates.set('period:end', a.period.end ?? null);
  }
  (a.parties ?? []).forEach((p, i) => dates.set(`party:${i}`, p.signedOn ?? null));
  return { amounts, dates };
}

const differing = (x: ReadonlyMap<string, string | null>, y: ReadonlyMap<string, string | null>): number =>
  [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k)).length;

export function changesBetween(before: Agreement | undefined, after: Agreement): AgreementChanges {
  const b = before ? serializeAgreement(before) : '';
  const a = serializeAgreement(after);
  if (a === b) return { same: true, added: false, amounts: 0, dates: 0 };
  if (!before) return { same: false, added: true, amounts: 0, dates: 0 };
  const fb = figures(JSON.parse(b) as AgreementJson);
  const fa = figures(JSON.parse(a) as AgreementJson);
  return { same: false, added: false, amounts: differing(fb.amounts, fa.amounts), dates: differing(fb.dates, fa.dates) };
}

