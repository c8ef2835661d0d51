import type { Method } from './types';

/**
 * Method names as users type them, in either language, and the numbers the spreadsheet functions
 * take: 1 largest remainder (default), 2 round and adjust the largest, 3 round only, 0 none.
 */
const ALIASES: Readonly<Record<string, Method>> = {
  '1': 'largest-remainder',
  'largest-remainder': 'largest-remainder',
  'largest remainder': 'largest-remainder',
  hamilton: 'largest-remainder',
  'största rest': 'largest-remainder',
  'största-rest': 'largest-remainder',
  'storsta-rest': 'largest-remainder',
  'största resten': 'largest-remainder',
  '2': 'adjust-largest',
  'adjust-largest': 'adjust-largest',
  'adjust largest': 'adjust-largest',
  'justera största': 'adjust-largest',
  'justera-största': 'adjust-largest',
  'justera-storsta': 'adjust-largest',
  '3': 'round',
  round: 'round',
  avrunda: 'round',
  avrundning: 'round',
  '0': 'none',
  none: 'none',
  ingen: 'none',
  'ingen avrundning': 'none',
  exakt: 'none',
  exact: 'none',
};

export function parseMethod(input: string | number): Method | undefined {
  return ALIASES[String(input).trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ')];
}

export const METHOD_LABELS: Readonly<Record<Method, { sv: string; en: string }>> = {
  'largest-remainder': { sv: 'största rest (Hamilton)', en: 'largest remainder (Hamilton)' },
  'adjust-largest': { sv: 'avrunda, justera största andelen', en: 'round, adjust the largest share' },
  round: { sv: 'avrunda utan justering', en: 'round without adjustment' },
  none: { sv: 'ingen avrundning', en: 'no rounding' },
};

export const TIE_BREAK_LABEL = {
  sv: 'lika rester: större vikt först, sedan ordningen i indata',
  en: 'equal remainders: larger weight first, then input order',
} as const;

