/**
 * What the method check says (BIDRAG.METOD and the audit): apart from the table reader's messages,
 * so the custom functions' bundle carries these three and not the whole catalogue.
 */
export type Msg<P> = { readonly sv: (p: P) => string; readonly en: (p: P) => string };

export const METHOD_MESSAGES = {
  AUDIT_TOTAL_NOT_NUMBER: {
    sv: (p: { text: string }) => `Summan ”${p.text}” är inte ett belopp. Skriv till exempel 1 357 000 000 eller 1 357 mnkr.`,
    en: (p: { text: string }) => `The total "${p.text}" is not an amount. Write for example 1357000000 or 1357 mnkr.`,
  },
  METHOD_LENGTH_MISMATCH: {
    sv: (p: { amounts: number; weights: number }) => `Tabellen har ${p.amounts} belopp men vikterna är ${p.weights}. Ge lika många belopp som vikter.`,
    en: (p: { amounts: number; weights: number }) => `The table has ${p.amounts} amounts but there are ${p.weights} weights. Give as many amounts as weights.`,
  },
  METHOD_BAD_AMOUNT: {
    sv: (p: { row: number; text: string }) => `Belopp nummer ${p.row} i tabellen (”${p.text}”) är inte ett tal.`,
    en: (p: { row: number; text: string }) => `Amount number ${p.row} of the table ("${p.text}") is not a number.`,
  },
} as const satisfies Record<string, Msg<never>>;
