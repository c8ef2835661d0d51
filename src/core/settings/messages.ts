import { issueText, type Bilingual, type Catalogue, type Issue, type IssuePath, type Lang, type IssueOf } from '../result';
import { schemaProblemText, type SchemaProblem } from '../schema-problem';

interface Stored {
  /** "Inställningarna" / "settings": what was stored. */
  readonly what: Bilingual;
  readonly backup: string;
}

/** Why the stored value could not be read: the first issue its validation gave, or not an envelope at all. */
const because = (cause: Issue | undefined, lang: Lang): string =>
  cause ? `: ${issueText(cause, lang).replace(/\.$/, '')}.` : lang === 'sv' ? ' (okänt format).' : ' (unknown format).';

export const SETTINGS_MESSAGES = {
  STORED_INVALID: {
    severity: 'info',
    sv: (p: Stored & { cause?: Issue }) =>
      `${p.what.sv} som sparats i arbetsboken gick inte att läsa${because(p.cause, 'sv')} Standardvärdena används i stället; det gamla värdet finns kvar under nyckeln ${p.backup}. Fyll i och spara på nytt under Inställningar.`,
    en: (p: Stored & { cause?: Issue }) =>
      `The ${p.what.en} saved in the workbook could not be read${because(p.cause, 'en')} The defaults are used instead; the old value is kept under the key ${p.backup}. Fill in and save again under Settings.`,
  },
  STORED_OUTDATED: {
    severity: 'info',
    sv: (p: Stored & { version: string }) =>
      `${p.what.sv} i arbetsboken är sparade av en annan version av Bidragskollen (version ${p.version}). Standardvärdena används i stället; det gamla värdet finns kvar under nyckeln ${p.backup}. Kontrollera och spara på nytt under Inställningar.`,
    en: (p: Stored & { version: string }) =>
      `The ${p.what.en} in the workbook were saved by another version of Bidragskollen (version ${p.version}). The defaults are used instead; the old value is kept under the key ${p.backup}. Check them and save again under Settings.`,
  },
  SETTINGS_FIELD: {
    sv: (p: { path: IssuePath; problem: SchemaProblem }) =>
      `${p.path.length > 0 ? `Fältet ${p.path.join('.')}` : 'Hela värdet'}: ${schemaProblemText(p.problem, 'sv')}`,
    en: (p: { path: IssuePath; problem: SchemaProblem }) =>
      `${p.path.length > 0 ? `The field ${p.path.join('.')}` : 'The whole value'}: ${schemaProblemText(p.problem, 'en')}`,
  },
} as const satisfies Catalogue;

/** Every issue this module gives, discriminated by code. */
export type SettingsIssue = IssueOf<typeof SETTINGS_MESSAGES>;
