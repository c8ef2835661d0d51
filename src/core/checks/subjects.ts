import type { Recipient, RecipientType } from '../agreements';
import { findRegion } from '../reference';
import type { Subject } from './types';

/** Something the agreement names: its English title, when the file gives one, is used in English. */
interface Titled {
  readonly title: string;
  readonly titleEn?: string | undefined;
}

export const areaSubject = (x: Titled): Subject => ({ sv: `området ”${x.title}”`, en: `area "${x.titleEn ?? x.title}"` });
export const lineSubject = (x: Titled): Subject => ({ sv: `raden ”${x.title}”`, en: `line "${x.titleEn ?? x.title}"` });
export const agreementSubject = (x: Titled): Subject => ({ sv: `överenskommelsen ”${x.title}”`, en: `the agreement "${x.titleEn ?? x.title}"` });
export const breakdownSubject = (title: string): Subject => ({ sv: `fördelningen ”${title}”`, en: `the breakdown "${title}"` });

const TYPE_LABELS: Record<RecipientType, Subject> = {
  skr: { sv: 'SKR', en: 'SKR' },
  'regions-via-skr': { sv: 'Regionerna via SKR', en: 'the regions via SKR' },
  regions: { sv: 'Regionerna', en: 'the regions' },
  municipalities: { sv: 'Kommunerna', en: 'the municipalities' },
  samverkansregioner: { sv: 'Samverkansregionerna', en: 'the healthcare cooperation regions' },
  region: { sv: 'en namngiven region', en: 'a named region' },
  other: { sv: 'annan mottagare', en: 'another recipient' },
};

export function recipientLabel(r: Recipient): Subject {
  if (r.type === 'region') {
    const name = findRegion(r.code)?.name ?? r.code;
    return r.viaSkr ? { sv: `${name} via SKR`, en: `${name} via SKR` } : { sv: name, en: name };
  }
  if (r.type === 'other') return { sv: r.name, en: r.name };
  return TYPE_LABELS[r.type];
}

export function recipientTypesLabel(types: readonly RecipientType[]): Subject {
  const labels = types.map((t) => TYPE_LABELS[t]);
  return { sv: `summan till ${labels.map((l) => l.sv).join(', ')}`, en: `the sum to ${labels.map((l) => l.en).join(', ')}` };
}

export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

const normal = (r: Recipient) => (r.type === 'region' ? { type: r.type, code: r.code, viaSkr: r.viaSkr === true } : r);
