import { issueText, type Issue } from '../result';

type Msg<P> = { sv: (p: P) => string; en: (p: P) => string };

/** Every message the importer gives, in Swedish and English. */
export const IMPORT_MESSAGES = {
  EMPTY_TEXT: {
    sv: () => 'Filen innehåller ingen text. Välj överenskommelsens PDF eller en textfil med dess text.',
    en: () => 'The file contains no text. Choose the agreement PDF or a text file with its text.',
  } satisfies Msg<unknown>,
  TOO_LARGE: {
    sv: (p: { size: string; max: string }) => `Filen är för stor (${p.size}). En överenskommelse är sällan över ${p.max}; välj rätt fil eller dela upp den.`,
    en: (p: { size: string; max: string }) => `The file is too large (${p.size}). An agreement is rarely over ${p.max}; choose the right file or split it.`,
  } satisfies Msg<{ size: string; max: string }>,
  NOT_AN_AGREEMENT: {
    sv: () =>
      'Texten ser inte ut som en överenskommelse eller ett utbetalningsbeslut: den nämner varken ”överenskommelse” eller några belopp i kronor. Kontrollera att du valt rätt fil.',
    en: () => 'The text does not look like an agreement or a payout decision: it mentions neither "överenskommelse" nor any amounts in kronor. Check that you chose the right file.',
  } satisfies Msg<unknown>,
  NO_TEXT_LAYER: {
    sv: () =>
      'PDF-filen har inget textlager (den är troligen inskannad). Kör den genom textigenkänning (OCR) först, eller hämta den textbaserade versionen från regeringen.se eller skr.se.',
    en: () => 'The PDF has no text layer (it is probably scanned). Run it through text recognition (OCR) first, or get the text-based version from regeringen.se or skr.se.',
  } satisfies Msg<unknown>,
  ENCRYPTED_PDF: {
    sv: () => 'PDF-filen är lösenordsskyddad. Spara en kopia utan lösenord och importera den.',
    en: () => 'The PDF is password-protected. Save a copy without a password and import that.',
  } satisfies Msg<unknown>,
  UNREADABLE_PDF: {
    sv: (p: { detail: string }) => `PDF-filen går inte att läsa (${p.detail}). Kontrollera att filen är en hel PDF.`,
    en: (p: { detail: string }) => `The PDF cannot be read (${p.detail}). Check that the file is a complete PDF.`,
  } satisfies Msg<{ detail: string }>,
  SEVERAL_AGREEMENTS: {
    sv: (p: { count: number }) =>
      `Texten beskriver flera överenskommelser (${p.count} olika totalbelopp) utan områden: den är en översikt, inte en överenskommelse. Importera varje överenskommelses egen text.`,
    en: (p: { count: number }) => `The text describes several agreements (${p.count} different totals) without areas: it is an overview, not an agreement. Import each agreement's own text.`,
  } satisfies Msg<{ count: number }>,
  DECISION_NOT_AGREEMENT: {
    sv: () =>
      'Texten är ett utbetalningsbeslut, inte en överenskommelse: det finns ingen överenskommelse att skriva. Kör utan --out för att se beslutets belopp och datum, och importera själva överenskommelsen.',
    en: () => 'The text is a payout decision, not an agreement: there is no agreement to write. Run without --out to see its amounts and dates, and import the agreement itself.',
  } satisfies Msg<unknown>,
  NOT_STATED: {
    sv: (p: { what: string }) => `${p.what}: ej angivet i texten.`,
    en: (p: { what: string }) => `${p.what}: not stated in the text.`,
  } satisfies Msg<{ what: string }>,
  CONFLICTING: {
    sv: (p: { what: string; values: string }) => `${p.what}: anges olika på olika ställen (${p.values}). Kontrollera mot dokumentet.`,
    en: (p: { what: string; values: string }) => `${p.what}: stated differently in different places (${p.values}). Check against the document.`,
  } satisfies Msg<{ what: string; values: string }>,
  INVALID_DRAFT: {
    sv: (p: { causes: readonly Issue[] }) => `Utkastet kunde inte göras giltigt (${p.causes.map((c) => issueText(c, 'sv')).join('; ')}). Rapportera gärna filen.`,
    en: (p: { causes: readonly Issue[] }) => `The draft could not be made valid (${p.causes.map((c) => issueText(c, 'en')).join('; ')}). Please report the file.`,
  } satisfies Msg<{ causes: readonly Issue[] }>,
  // What the reader tells about a draft: kept in Swedish in the agreement's notes, shown in the user's language.
  DRAFT: {
    sv: () => 'Utkast från import av dokumentets text: kontrollera varje belopp mot citatet innan överenskommelsen används.',
    en: () => 'A draft imported from the document text: check every amount against its quote before the agreement is used.',
  } satisfies Msg<unknown>,
  YEAR_PLACEHOLDER: {
    sv: () => 'Året anges inte i titeln eller totalbeloppet; år 2000 är en platshållare.',
    en: () => 'The year is stated neither in the title nor with the total; the year 2000 is a placeholder.',
  } satisfies Msg<unknown>,
  SEVERAL_YEARS: {
    sv: (p: { years: string; first: number }) => `Överenskommelsen gäller flera år (${p.years}); utkastet har bara belopp och tidsfrister för ${p.first}. Lägg in de andra åren som egna överenskommelser.`,
    en: (p: { years: string; first: number }) => `The agreement covers several years (${p.years}); the draft has amounts and deadlines for ${p.first} only. Enter the other years as agreements of their own.`,
  } satisfies Msg<{ years: string; first: number }>,
  TABLE_PER_YEAR: {
    sv: (p: { where: string; years: string }) => `Tabellen i ${p.where} har en kolumn per år (${p.years}): den är inte inläst. Lägg in årets belopp för hand.`,
    en: (p: { where: string; years: string }) => `The table in ${p.where} has a column per year (${p.years}): it is not read. Enter the year's amounts by hand.`,
  } satisfies Msg<{ where: string; years: string }>,
  REGION_TABLE_UNMATCHED: {
    sv: (p: { where: string; sum: string }) => `En tabell per region (${p.where}) summerar till ${p.sum}, men inget belopp i texten är detsamma: tabellen är inte inläst. Lägg in regionernas belopp för hand.`,
    en: (p: { where: string; sum: string }) => `A table per region (${p.where}) sums to ${p.sum}, but no amount in the text is the same: the table is not read. Enter the regions' amounts by hand.`,
  } satisfies Msg<{ where: string; sum: string }>,
} as const;

export type ImportIssueCode = keyof typeof IMPORT_MESSAGES;
