import { jsonSyntaxText, type JsonSyntaxError } from '../json';
import type { Catalogue, IssueOf, IssuePath, IssueSpec, Severity } from '../result';
import { schemaProblemText, type SchemaProblem } from '../schema-problem';

const m = <P>(sv: (p: P) => string, en: (p: P) => string, severity?: Severity): IssueSpec<P> => ({ sv, en, ...(severity ? { severity } : {}) });

/** Every message the profile and identifier checks give, in Swedish and English, keyed by stable code. */
export const PROFILE_MESSAGES = {
  ORGNR_FORMAT: m<{ value: string }>(
    (p) => `Organisationsnumret ”${p.value}” ska ha tio siffror, till exempel 232100-0016.`,
    (p) => `The organisation number "${p.value}" must have ten digits, for example 232100-0016.`,
  ),
  ORGNR_CHECKSUM: m<{ value: string }>(
    (p) => `Organisationsnumret ”${p.value}” har fel kontrollsiffra. Kontrollera att det är rätt skrivet.`,
    (p) => `The organisation number "${p.value}" has a wrong check digit. Check that it is typed correctly.`,
  ),
  BANKGIRO_FORMAT: m<{ value: string }>(
    (p) => `Bankgironumret ”${p.value}” ska ha sju eller åtta siffror, till exempel 5050-1055.`,
    (p) => `The bankgiro number "${p.value}" must have seven or eight digits, for example 5050-1055.`,
  ),
  BANKGIRO_CHECKSUM: m<{ value: string }>(
    (p) => `Bankgironumret ”${p.value}” har fel kontrollsiffra. Kontrollera att det är rätt skrivet.`,
    (p) => `The bankgiro number "${p.value}" has a wrong check digit. Check that it is typed correctly.`,
  ),
  PLUSGIRO_FORMAT: m<{ value: string }>(
    (p) => `Plusgironumret ”${p.value}” ska ha två till åtta siffror, till exempel 4 12 34-6.`,
    (p) => `The plusgiro number "${p.value}" must have two to eight digits, for example 41234-6.`,
  ),
  PLUSGIRO_CHECKSUM: m<{ value: string }>(
    (p) => `Plusgironumret ”${p.value}” har fel kontrollsiffra. Kontrollera att det är rätt skrivet.`,
    (p) => `The plusgiro number "${p.value}" has a wrong check digit. Check that it is typed correctly.`,
  ),
  PAYMENT_ACCOUNT_BOTH: m<Record<string, never>>(
    () => 'Ange antingen bankgiro eller plusgiro, inte båda.',
    () => 'Give either a bankgiro or a plusgiro number, not both.',
  ),
  DIARIENUMMER_FORMAT: m<{ value: string }>(
    (p) =>
      `Diarienumret ”${p.value}” ser inte ut som Regeringskansliets format (till exempel S2023/01234). Kontrollera det; mallen skrivs ändå.`,
    (p) => `The reference number "${p.value}" does not look like the Government Offices' format (for example S2023/01234). Check it; the template is written anyway.`,
    'warning',
  ),
  PROFILE_FIELD: m<{ path: IssuePath; problem: SchemaProblem }>(
    (p) => `Profilen, ${p.path.length > 0 ? `fältet ${p.path.join('.')}` : 'hela filen'}: ${schemaProblemText(p.problem, 'sv')}`,
    (p) => `The profile, ${p.path.length > 0 ? `field ${p.path.join('.')}` : 'the whole file'}: ${schemaProblemText(p.problem, 'en')}`,
  ),
  PROFILE_UNKNOWN_FIELD: m<{ field: string; known: string }>(
    (p) => `Profilen: okänt fält ${p.field}. Kända fält: ${p.known}.`,
    (p) => `The profile: unknown field ${p.field}. Known fields: ${p.known}.`,
  ),
  PROFILE_NOT_JSON: m<{ syntax: JsonSyntaxError }>(
    (p) => `Profilen är inte giltig JSON (${jsonSyntaxText(p.syntax, 'sv')}).`,
    (p) => `The profile is not valid JSON (${jsonSyntaxText(p.syntax, 'en')}).`,
  ),
} as const satisfies Catalogue;

export type ProfileIssueCode = keyof typeof PROFILE_MESSAGES;

/** Every issue this module gives, discriminated by code. */
export type ProfileIssue = IssueOf<typeof PROFILE_MESSAGES>;
