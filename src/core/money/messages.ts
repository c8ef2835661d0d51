import type { Catalogue, IssueOf } from '../result';

export const MONEY_MESSAGES = {
  EMPTY_AMOUNT: {
    sv: () => 'Beloppet saknas. Skriv ett belopp, till exempel 1 234 567 eller 1 234 567,50.',
    en: () => 'The amount is missing. Enter an amount, for example 1 234 567 or 1 234 567.50.',
  },
  INVALID_AMOUNT: {
    sv: (p: { text: string }) =>
      `”${p.text}” är inte ett belopp. Skriv siffror med mellanslag som tusentalsavgränsare och komma före decimalerna, till exempel 1 234 567,50.`,
    en: (p: { text: string }) =>
      `"${p.text}" is not an amount. Use digits, spaces between thousands and a decimal comma or point, for example 1 234 567.50.`,
  },
  NOT_FINITE: {
    sv: () => 'Beloppet är inte ett ändligt tal.',
    en: () => 'The amount is not a finite number.',
  },
} as const satisfies Catalogue;

/** Every issue this module gives, discriminated by code. */
export type MoneyIssue = IssueOf<typeof MONEY_MESSAGES>;
