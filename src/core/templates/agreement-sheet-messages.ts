import type { Bilingual, Catalogue, Issue, IssueOf, IssueSpec } from '../result';
import { issueText } from '../result';

const m = <P>(sv: (p: P) => string, en: (p: P) => string): IssueSpec<P> => ({ sv, en });

/** `Överenskommelse!D14`: every message starts with the cell the user goes to. */
interface At {
  readonly cell: string;
}

/** Every message reading an agreement sheet can give, Swedish and English from the same parameters. */
export const AGREEMENT_SHEET_MESSAGES = {
  NO_AGREEMENT_SHEET: m<{ file: string }>(
    (p) => `${p.file} har inget överenskommelseblad. Skriv ett med bidragskollen agreement sheet <id> --out ${p.file}.`,
    (p) => `${p.file} has no agreement sheet. Write one with bidragskollen agreement sheet <id> --out ${p.file}.`,
  ),
  FILE_UNREADABLE: m<{ file: string; reason: string }>(
    (p) => `${p.file} går inte att öppna som Excel-arbetsbok (${p.reason}).`,
    (p) => `${p.file} cannot be opened as an Excel workbook (${p.reason}).`,
  ),
  SECTION_MISSING: m<At & { section: Bilingual }>(
    (p) => `${p.cell}: avsnittet ”${p.section.sv}” hittas inte i kolumn A. Skriv tillbaka rubriken (eller skriv ett nytt blad); inget av det du skrivit har ändrats.`,
    (p) => `${p.cell}: the section "${p.section.en}" is not found in column A. Put its heading back (or write a new sheet); nothing you typed has been changed.`,
  ),
  HEADER_CHANGED: m<At & { expected: Bilingual; found: string }>(
    (p) => `${p.cell}: kolumnrubriken ska vara ”${p.expected.sv}” men är ”${p.found}”. Skriv tillbaka rubriken; bladet läses efter rubrikerna.`,
    (p) => `${p.cell}: the column heading should be "${p.expected.en}" but is "${p.found}". Put the heading back; the sheet is read by its headings.`,
  ),
  FIELD_UNKNOWN: m<At & { found: string }>(
    (p) => `${p.cell}: fältet ”${p.found}” känns inte igen. Skriv tillbaka fältets namn i kolumn A.`,
    (p) => `${p.cell}: the field "${p.found}" is not recognised. Put the field's name back in column A.`,
  ),
  FIELD_MISSING: m<At & { field: Bilingual }>(
    (p) => `${p.cell}: fältet ”${p.field.sv}” saknas under Uppgifter.`,
    (p) => `${p.cell}: the field "${p.field.en}" is missing under Details.`,
  ),
  REQUIRED: m<At & { field: Bilingual }>(
    (p) => `${p.cell}: ${p.field.sv} måste fyllas i.`,
    (p) => `${p.cell}: ${p.field.en} must be filled in.`,
  ),
  AMOUNT: m<At & { found: string }>(
    (p) => `${p.cell}: beloppet ”${p.found}” går inte att läsa. Skriv kronor som 1 234 567 eller 1 234 567,50, eller lämna tomt om det inte anges.`,
    (p) => `${p.cell}: the amount "${p.found}" cannot be read. Write kronor as 1 234 567 or 1 234 567.50, or leave it empty when not stated.`,
  ),
  INTEGER: m<At & { found: string }>(
    (p) => `${p.cell}: ”${p.found}” är inget heltal. Skriv ett heltal, till exempel 9.`,
    (p) => `${p.cell}: "${p.found}" is not a whole number. Write a whole number, for example 9.`,
  ),
  DATE: m<At & { found: string; month: boolean }>(
    (p) => `${p.cell}: datumet ”${p.found}” går inte att läsa. Skriv ÅÅÅÅ-MM-DD, till exempel 2023-12-01${p.month ? ', eller ÅÅÅÅ-MM när bara månaden anges' : ''}.`,
    (p) => `${p.cell}: the date "${p.found}" cannot be read. Write YYYY-MM-DD, for example 2023-12-01${p.month ? ', or YYYY-MM when only the month is stated' : ''}.`,
  ),
  CHOICE: m<At & { found: string; options: Bilingual }>(
    (p) => `${p.cell}: ”${p.found}” är inget av valen. Välj ${p.options.sv}.`,
    (p) => `${p.cell}: "${p.found}" is not one of the choices. Choose ${p.options.en}.`,
  ),
  SOURCE_INCOMPLETE: m<At>(
    (p) => `${p.cell}: en källa behöver både var (avsnittet) och citat (orden ur dokumentet).`,
    (p) => `${p.cell}: a source needs both where (the section) and the quote (the document's words).`,
  ),
  DUPLICATE_ID: m<At & { id: string; first: string }>(
    (p) => `${p.cell}: id ”${p.id}” används redan i ${p.first}. Ge raden ett eget id.`,
    (p) => `${p.cell}: the id "${p.id}" is already used in ${p.first}. Give the row an id of its own.`,
  ),
  UNKNOWN_PARENT: m<At & { id: string }>(
    (p) => `${p.cell}: raden ska ingå i ”${p.id}”, men det finns inget område eller rad med det id:t ovanför.`,
    (p) => `${p.cell}: the row is part of "${p.id}", but there is no area or line with that id above it.`,
  ),
  PARENT_MISSING: m<At & { level: number; column: Bilingual }>(
    (p) => `${p.cell}: raden har nivå ${p.level} och ingår alltså i ett område eller en rad ovanför. Skriv dess id i ”${p.column.sv}”.`,
    (p) => `${p.cell}: the row has level ${p.level}, so it is part of an area or line above it. Write that one's id in "${p.column.en}".`,
  ),
  LEVEL_MISMATCH: m<At & { expected: number; found: string }>(
    (p) => `${p.cell}: nivån ska vara ${p.expected} (ett mer än raden den ingår i), inte ”${p.found}”.`,
    (p) => `${p.cell}: the level should be ${p.expected} (one more than the row it is part of), not "${p.found}".`,
  ),
  UNKNOWN_TARGET: m<At & { found: string }>(
    (p) => `${p.cell}: ”${p.found}” pekar inte på något belopp på bladet. Skriv Totalt, Statens andel, Regionernas andel, Ram, rad:<radens id> eller del:<id>:<delens id>.`,
    (p) => `${p.cell}: "${p.found}" names no figure on the sheet. Write Total, The state's share, The regions' share, Frame, line:<line id> or part:<id>:<part id>.`,
  ),
  PART_WITHOUT_GROUP: m<At>(
    (p) => `${p.cell}: en del utan grupp. Fyll i gruppens id på den första raden.`,
    (p) => `${p.cell}: a part without a group. Fill in the group's id on its first row.`,
  ),
  /** The agreement the sheet reads as broke a rule of the agreement format: that rule's message, at the cell. */
  SCHEMA: m<At & { cause: Issue }>(
    (p) => `${p.cell}: ${issueText(p.cause, 'sv')}`,
    (p) => `${p.cell}: ${issueText(p.cause, 'en')}`,
  ),
} as const satisfies Catalogue;

export type AgreementSheetIssue = IssueOf<typeof AGREEMENT_SHEET_MESSAGES>;
