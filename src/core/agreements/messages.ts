import { jsonSyntaxText, type JsonSyntaxError } from '../json';
type Msg<P> = { readonly sv: (p: P) => string; readonly en: (p: P) => string };

interface At {
  readonly at: string;
}

/** Every message loading an agreement file can give, in Swedish and English. */
export const AGREEMENT_MESSAGES = {
  INVALID_JSON: {
    sv: (p: { syntax: JsonSyntaxError }) => `Filen är inte giltig JSON (${jsonSyntaxText(p.syntax, 'sv')}). Kontrollera kommatecken, citattecken och klamrar.`,
    en: (p: { syntax: JsonSyntaxError }) => `The file is not valid JSON (${jsonSyntaxText(p.syntax, 'en')}). Check commas, quotes and brackets.`,
  },
  FORMAT_AMOUNT: {
    sv: (p: At) => `${p.at}: beloppet ska vara en decimalsträng i kronor utan mellanslag, till exempel "326000000" eller "29535000.50" (eller null om det inte anges).`,
    en: (p: At) => `${p.at}: the amount must be a decimal string in kronor without spaces, for example "326000000" or "29535000.50" (or null when not stated).`,
  },
  FORMAT_DATE: {
    sv: (p: At) => `${p.at}: datumet ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD, till exempel "2023-12-01".`,
    en: (p: At) => `${p.at}: the date must be a real date written YYYY-MM-DD, for example "2023-12-01".`,
  },
  FORMAT_DATE_OR_MONTH: {
    sv: (p: At) => `${p.at}: ange ett datum ÅÅÅÅ-MM-DD ("2023-12-01") eller, när bara månaden anges, ÅÅÅÅ-MM ("2023-05").`,
    en: (p: At) => `${p.at}: give a date YYYY-MM-DD ("2023-12-01") or, when only the month is stated, YYYY-MM ("2023-05").`,
  },
  FORMAT_ID: {
    sv: (p: At) => `${p.at}: id ska bestå av små bokstäver a–z, siffror och bindestreck, till exempel "kvalitetsregister".`,
    en: (p: At) => `${p.at}: an id consists of lower-case letters a–z, digits and hyphens, for example "kvalitetsregister".`,
  },
  FORMAT_PERCENT: {
    sv: (p: At) => `${p.at}: procentsatsen ska vara en decimalsträng från 0 till 100, till exempel "65".`,
    en: (p: At) => `${p.at}: the percentage must be a decimal string from 0 to 100, for example "65".`,
  },
  UNKNOWN_REGION_CODE: {
    sv: (p: At) => `${p.at}: länskoden finns inte. Använd en av regionernas tvåsiffriga koder, till exempel "03" för Region Uppsala.`,
    en: (p: At) => `${p.at}: unknown county code. Use one of the regions' two-digit codes, for example "03" for Region Uppsala.`,
  },
  DUPLICATE_ID: {
    sv: (p: At & { id: string }) => `${p.at}: id "${p.id}" används mer än en gång. Varje id måste vara unikt i överenskommelsen.`,
    en: (p: At & { id: string }) => `${p.at}: id "${p.id}" is used more than once. Every id must be unique within the agreement.`,
  },
  UNKNOWN_AREA: {
    sv: (p: At & { id: string }) => `${p.at}: det finns inget område med id "${p.id}".`,
    en: (p: At & { id: string }) => `${p.at}: there is no area with id "${p.id}".`,
  },
  UNKNOWN_LINE: {
    sv: (p: At & { id: string }) => `${p.at}: det finns ingen rad med id "${p.id}".`,
    en: (p: At & { id: string }) => `${p.at}: there is no line with id "${p.id}".`,
  },
  PERIOD_REVERSED: {
    sv: (p: At & { id: string }) => `${p.at}: perioden slutar före sin början (${p.id}).`,
    en: (p: At & { id: string }) => `${p.at}: the period ends before it starts (${p.id}).`,
  },
  SCHEMA: {
    sv: (p: At & { detail: string }) => `${p.at}: ${p.detail}`,
    en: (p: At & { detail: string }) => `${p.at}: ${p.detail}`,
  },
  UNKNOWN_AGREEMENT: {
    sv: (p: { id: string; known: string }) => `Det finns ingen inbyggd överenskommelse med id "${p.id}". Kända id: ${p.known}.`,
    en: (p: { id: string; known: string }) => `There is no built-in agreement with id "${p.id}". Known ids: ${p.known}.`,
  },
} as const satisfies Record<string, Msg<never>>;

export type AgreementIssueCode = keyof typeof AGREEMENT_MESSAGES;
