import type { Catalogue, IssueOf } from '../result';

/** Which amount a message is about: the amount to distribute, the base per recipient, or one fixed amount. */
export type Whose = { readonly of: 'amount' } | { readonly of: 'base' } | { readonly of: 'fixed'; readonly id: string };

interface OffUnit {
  readonly whose: Whose;
  readonly amount: string;
  readonly unitSv: string;
  readonly unitEn: string;
}

function whose(w: Whose, lang: 'sv' | 'en'): string {
  if (w.of === 'fixed') return lang === 'sv' ? `Det fasta beloppet för ${w.id}` : `The fixed amount for ${w.id}`;
  if (w.of === 'base') return lang === 'sv' ? 'Grundbeloppet per mottagare' : 'The base amount per recipient';
  return lang === 'sv' ? 'Beloppet' : 'The amount';
}


export const MAX_RECIPIENTS = 100_000;
/**
 * Significant digits an amount or a weight may have (integer digits plus decimals): every sum and
 * share is exact in integers, and 30 digits hold 10^20 kr to the öre with room to spare.
 */
export const MAX_DIGITS = 30;

/** Every message the distribution engine can give, in Swedish and English, keyed by stable code. */
export const DISTRIBUTION_MESSAGES = {
  EMPTY_RECIPIENTS: {
    sv: () => 'Det finns inga mottagare att fördela till. Ange minst en mottagare med en vikt.',
    en: () => 'There are no recipients to distribute to. Give at least one recipient with a weight.',
  },
  TOO_MANY_RECIPIENTS: {
    sv: (p: { count: number }) =>
      `${p.count} mottagare är fler än högst ${MAX_RECIPIENTS.toLocaleString('sv-SE')}. Dela upp fördelningen.`,
    en: (p: { count: number }) => `${p.count} recipients are more than the maximum of ${MAX_RECIPIENTS}. Split the distribution.`,
  },
  INVALID_WEIGHT: {
    sv: (p: { id: string; value: string }) =>
      `Vikten för ${p.id} (”${p.value}”) är inte ett tal. Skriv ett tal som 2 454 821 eller 12,5.`,
    en: (p: { id: string; value: string }) => `The weight of ${p.id} ("${p.value}") is not a number. Enter a number such as 2454821 or 12.5.`,
  },
  NEGATIVE_WEIGHT: {
    sv: (p: { id: string; value: string }) =>
      `Vikten för ${p.id} är negativ (${p.value}). Vikter måste vara noll eller större.`,
    en: (p: { id: string; value: string }) => `The weight of ${p.id} is negative (${p.value}). Weights must be zero or more.`,
  },
  ALL_WEIGHTS_ZERO: {
    sv: () => 'Alla vikter är noll, så det går inte att fördela i proportion till dem. Ange minst en vikt större än noll.',
    en: () => 'All weights are zero, so nothing can be shared in proportion to them. Give at least one weight above zero.',
  },
  DUPLICATE_ID: {
    sv: (p: { id: string }) => `Mottagaren ${p.id} finns mer än en gång. Varje mottagare får bara förekomma en gång.`,
    en: (p: { id: string }) => `Recipient ${p.id} appears more than once. Each recipient may appear only once.`,
  },
  EMPTY_ID: {
    sv: () => 'En mottagare saknar kod. Ge varje mottagare en kod, till exempel länskoden 01.',
    en: () => 'A recipient has no id. Give every recipient an id, for example county code 01.',
  },
  INVALID_AMOUNT: {
    sv: (p: { text: string }) => `Beloppet ”${p.text}” går inte att läsa. Skriv till exempel 62 500 000 eller 62,5 mnkr.`,
    en: (p: { text: string }) => `The amount "${p.text}" cannot be read. Write for example 62500000 or 62.5 mnkr.`,
  },
  AMOUNT_NOT_MULTIPLE_OF_UNIT: {
    sv: (p: OffUnit) =>
      `${whose(p.whose, 'sv')} ${p.amount} är inte en jämn multipel av enheten ${p.unitSv}. Välj en mindre enhet (till exempel öre) eller avrunda beloppet först.`,
    en: (p: OffUnit) =>
      `${whose(p.whose, 'en')} ${p.amount} is not a whole multiple of the unit ${p.unitEn}. Choose a smaller unit (for example öre) or round the amount first.`,
  },
  FIXED_EXCEEDS_AMOUNT: {
    sv: (p: { fixed: string; amount: string }) =>
      `De fasta beloppen (${p.fixed}) är större än beloppet som ska fördelas (${p.amount}). Minska de fasta beloppen eller öka beloppet.`,
    en: (p: { fixed: string; amount: string }) =>
      `The fixed amounts (${p.fixed}) exceed the amount to distribute (${p.amount}). Reduce the fixed amounts or raise the amount.`,
  },
  FIXED_SIGN_MISMATCH: {
    sv: (p: { whose: Whose }) =>
      `${whose(p.whose, 'sv')} har annat tecken än beloppet som fördelas. Använd samma tecken (negativt för återbetalningar).`,
    en: (p: { whose: Whose }) => `${whose(p.whose, 'en')} has the opposite sign to the amount. Use the same sign (negative for repayments).`,
  },
  AMOUNT_TOO_PRECISE: {
    sv: (p: { text: string; max: number }) =>
      `Beloppet ${p.text} har fler än ${p.max} siffror. Bidragskollen räknar exakt med högst ${p.max} siffror (heltal och decimaler); avrunda beloppet eller välj en större enhet.`,
    en: (p: { text: string; max: number }) =>
      `The amount ${p.text} has more than ${p.max} digits. Bidragskollen computes exactly with at most ${p.max} digits (whole and decimal); round the amount or choose a larger unit.`,
  },
  WEIGHT_TOO_PRECISE: {
    sv: (p: { id: string; max: number }) => `Vikten för ${p.id} har fler än ${p.max} siffror. Avrunda vikten till högst ${p.max} siffror.`,
    en: (p: { id: string; max: number }) => `The weight of ${p.id} has more than ${p.max} digits. Round it to at most ${p.max} digits.`,
  },
  INVALID_DECIMALS: {
    sv: (p: { value: string }) => `Antalet decimaler (${p.value}) måste vara ett heltal mellan 0 och 20.`,
    en: (p: { value: string }) => `The number of decimals (${p.value}) must be a whole number from 0 to 20.`,
  },
} as const satisfies Catalogue;

export type DistributionIssueCode = keyof typeof DISTRIBUTION_MESSAGES;

/** Every issue this module gives, discriminated by code. */
export type DistributionIssue = IssueOf<typeof DISTRIBUTION_MESSAGES>;
