import { jsonSyntaxText, type JsonSyntaxError } from '../json';
import { issueText, type Catalogue, type Issue, type IssuePath, type IssueOf } from '../result';
import { schemaProblemText, type SchemaProblem } from '../schema-problem';
import { placeText } from './location';

/** Where in the file: a path, rendered in the message's language. */
interface At {
  readonly path: IssuePath;
}

/** Every message loading an agreement file can give, in Swedish and English. */
export const AGREEMENT_MESSAGES = {
  INVALID_JSON: {
    sv: (p: { syntax: JsonSyntaxError }) => `Filen är inte giltig JSON (${jsonSyntaxText(p.syntax, 'sv')}). Kontrollera kommatecken, citattecken och klamrar.`,
    en: (p: { syntax: JsonSyntaxError }) => `The file is not valid JSON (${jsonSyntaxText(p.syntax, 'en')}). Check commas, quotes and brackets.`,
  },
  FORMAT_AMOUNT: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: beloppet ska vara en decimalsträng i kronor utan mellanslag, till exempel "326000000" eller "29535000.50" (eller null om det inte anges), högst 15 siffror före punkten och 6 efter.`,
    en: (p: At) => `${placeText(p.path, 'en')}: the amount must be a decimal string in kronor without spaces, for example "326000000" or "29535000.50" (or null when not stated), at most 15 digits before the point and 6 after.`,
  },
  FORMAT_DATE: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: datumet ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD, till exempel "2023-12-01".`,
    en: (p: At) => `${placeText(p.path, 'en')}: the date must be a real date written YYYY-MM-DD, for example "2023-12-01".`,
  },
  FORMAT_DATE_OR_MONTH: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: ange ett datum ÅÅÅÅ-MM-DD ("2023-12-01") eller, när bara månaden anges, ÅÅÅÅ-MM ("2023-05").`,
    en: (p: At) => `${placeText(p.path, 'en')}: give a date YYYY-MM-DD ("2023-12-01") or, when only the month is stated, YYYY-MM ("2023-05").`,
  },
  FORMAT_ID: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: id ska bestå av små bokstäver a–z, siffror och bindestreck, till exempel "kvalitetsregister".`,
    en: (p: At) => `${placeText(p.path, 'en')}: an id consists of lower-case letters a–z, digits and hyphens, for example "kvalitetsregister".`,
  },
  FORMAT_PERCENT: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: procentsatsen ska vara en decimalsträng från 0 till 100, till exempel "65".`,
    en: (p: At) => `${placeText(p.path, 'en')}: the percentage must be a decimal string from 0 to 100, for example "65".`,
  },
  FORMAT_ANSLAG: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: anslaget skrivs som två tal med kolon emellan, till exempel "1:6".`,
    en: (p: At) => `${placeText(p.path, 'en')}: the appropriation is written as two numbers with a colon between them, for example "1:6".`,
  },
  UNKNOWN_REGION_CODE: {
    sv: (p: At) => `${placeText(p.path, 'sv')}: länskoden finns inte. Använd en av regionernas tvåsiffriga koder, till exempel "03" för Region Uppsala.`,
    en: (p: At) => `${placeText(p.path, 'en')}: unknown county code. Use one of the regions' two-digit codes, for example "03" for Region Uppsala.`,
  },
  DUPLICATE_ID: {
    sv: (p: At & { id: string }) => `${placeText(p.path, 'sv')}: id "${p.id}" används mer än en gång. Varje id måste vara unikt i överenskommelsen.`,
    en: (p: At & { id: string }) => `${placeText(p.path, 'en')}: id "${p.id}" is used more than once. Every id must be unique within the agreement.`,
  },
  UNKNOWN_AREA: {
    sv: (p: At & { id: string }) => `${placeText(p.path, 'sv')}: det finns inget område med id "${p.id}".`,
    en: (p: At & { id: string }) => `${placeText(p.path, 'en')}: there is no area with id "${p.id}".`,
  },
  UNKNOWN_LINE: {
    sv: (p: At & { id: string }) => `${placeText(p.path, 'sv')}: det finns ingen rad med id "${p.id}".`,
    en: (p: At & { id: string }) => `${placeText(p.path, 'en')}: there is no line with id "${p.id}".`,
  },
  PERIOD_REVERSED: {
    sv: (p: At & { id: string }) => `${placeText(p.path, 'sv')}: perioden slutar före sin början (${p.id}). Skriv ett slutdatum som är samma dag eller senare.`,
    en: (p: At & { id: string }) => `${placeText(p.path, 'en')}: the period ends before it starts (${p.id}). Write an end date on or after the start.`,
  },
  SCHEMA: {
    sv: (p: At & { problem: SchemaProblem }) => `${placeText(p.path, 'sv')}: ${schemaProblemText(p.problem, 'sv')}`,
    en: (p: At & { problem: SchemaProblem }) => `${placeText(p.path, 'en')}: ${schemaProblemText(p.problem, 'en')}`,
  },
  /** A file the user opened, with the first thing wrong in it. */
  FILE: {
    sv: (p: { file: string; cause: Issue }) => `Filen ${p.file} är ingen giltig överenskommelse. ${issueText(p.cause, 'sv')}`,
    en: (p: { file: string; cause: Issue }) => `The file ${p.file} is not a valid agreement. ${issueText(p.cause, 'en')}`,
  },
} as const satisfies Catalogue;

export type AgreementIssueCode = keyof typeof AGREEMENT_MESSAGES;

/** Every issue this module gives, discriminated by code. */
export type AgreementIssue = IssueOf<typeof AGREEMENT_MESSAGES>;
