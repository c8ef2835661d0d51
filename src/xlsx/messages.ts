type Msg<P> = { readonly sv: (p: P) => string; readonly en: (p: P) => string };
const m = <P>(sv: (p: P) => string, en: (p: P) => string): Msg<P> => ({ sv, en });

export const XLSX_MESSAGES = {
  NOT_XLSX: m<{ file: string }>(
    (p) => `${p.file} är inte en Excel-arbetsbok (.xlsx) som går att läsa. Ange en annan fil med --out.`,
    (p) => `${p.file} is not a readable Excel workbook (.xlsx). Give another file with --out.`,
  ),
  UNSUPPORTED_PARTS: m<{ file: string; parts: string }>(
    (p) =>
      `${p.file} innehåller sådant som Bidragskollen inte kan spara tillbaka oförändrat (${p.parts}). Filen har inte ändrats. Skriv mallen till en ny fil med --out och kopiera bladet därifrån.`,
    (p) =>
      `${p.file} contains things Bidragskollen cannot save back unchanged (${p.parts}). The file has not been changed. Write the template to a new file with --out and copy the sheet from there.`,
  ),
  WRITE_FAILED: m<{ file: string; detail: string }>(
    (p) => `Det gick inte att skriva ${p.file} (${p.detail}). Filen är oförändrad.`,
    (p) => `Could not write ${p.file} (${p.detail}). The file is unchanged.`,
  ),
} as const;
