import type { Bilingual, Catalogue, IssueSpec } from '../core/result';

const m = <P>(sv: (p: P) => string, en: (p: P) => string): IssueSpec<P> => ({ sv, en });

/**
 * Why a write failed, by the system's error code. The system's own message names the temporary
 * file the atomic write uses, which the user never asked for, so it is not shown.
 */
const WRITE_REASONS: Readonly<Record<string, Bilingual>> = {
  ENOENT: { sv: 'mappen finns inte', en: 'the folder does not exist' },
  ENOTDIR: { sv: 'en del av sökvägen är en fil, inte en mapp', en: 'part of the path is a file, not a folder' },
  EACCES: { sv: 'behörighet saknas', en: 'permission denied' },
  EPERM: { sv: 'behörighet saknas', en: 'permission denied' },
  EROFS: { sv: 'mappen är skrivskyddad', en: 'the folder is read-only' },
  ENOSPC: { sv: 'disken är full', en: 'the disk is full' },
  EISDIR: { sv: 'sökvägen är en mapp', en: 'the path is a folder' },
  EBUSY: { sv: 'filen används av ett annat program', en: 'the file is in use by another program' },
};

export const XLSX_MESSAGES = {
  NOT_XLSX: m<{ file: string }>(
    (p) => `${p.file} är inte en Excel-arbetsbok (.xlsx) som går att läsa. Ange en annan fil med --out.`,
    (p) => `${p.file} is not a readable Excel workbook (.xlsx). Give another file with --out.`,
  ),
  UNSUPPORTED_PARTS: m<{ file: string; parts: readonly Bilingual[] }>(
    (p) =>
      `${p.file} innehåller sådant som Bidragskollen inte kan spara tillbaka oförändrat (${p.parts.map((x) => x.sv).join(', ')}). Filen har inte ändrats. Skriv mallen till en ny fil med --out och kopiera bladet därifrån.`,
    (p) =>
      `${p.file} contains things Bidragskollen cannot save back unchanged (${p.parts.map((x) => x.en).join(', ')}). The file has not been changed. Write the template to a new file with --out and copy the sheet from there.`,
  ),
  WRITE_FAILED: m<{ file: string; errno: string | undefined }>(
    (p) => `Det gick inte att skriva ${p.file} (${WRITE_REASONS[p.errno ?? '']?.sv ?? `systemfel ${p.errno ?? 'okänt'}`}). Filen är oförändrad.`,
    (p) => `Could not write ${p.file} (${WRITE_REASONS[p.errno ?? '']?.en ?? `system error ${p.errno ?? 'unknown'}`}). The file is unchanged.`,
  ),
} as const satisfies Catalogue;
