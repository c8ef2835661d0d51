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
  XLSX_ENCRYPTED: m<{ file: string }>(
    (p) => `${p.file} är krypterad med lösenord och går inte att skriva i. Ta bort lösenordet i Excel (Arkiv › Info › Skydda arbetsbok) eller ange en annan fil med --out.`,
    (p) => `${p.file} is encrypted with a password and cannot be written into. Remove the password in Excel (File › Info › Protect Workbook) or give another file with --out.`,
  ),
  XLSX_CORRUPT: m<{ file: string }>(
    (p) => `${p.file} är skadad (en del av filen går inte att packa upp). Filen har inte ändrats. Öppna den i Excel och spara den igen, eller ange en annan fil med --out.`,
    (p) => `${p.file} is damaged (a part of the file cannot be unpacked). The file has not been changed. Open it in Excel and save it again, or give another file with --out.`,
  ),
  OUT_IS_FOLDER: m<{ file: string }>(
    (p) => `${p.file} är en mapp. Ange en fil att skriva, till exempel --out ${p.file.replace(/\/+$/, '')}/rekvisition.xlsx.`,
    (p) => `${p.file} is a folder. Give a file to write, for example --out ${p.file.replace(/\/+$/, '')}/rekvisition.xlsx.`,
  ),
  OUT_NOT_FILE: m<{ file: string }>(
    (p) => `${p.file} är ingen vanlig fil. Ange en .xlsx-fil att skriva med --out.`,
    (p) => `${p.file} is not a regular file. Give an .xlsx file to write with --out.`,
  ),
  OUT_READ_ONLY: m<{ file: string }>(
    (p) => `${p.file} är skrivskyddad, så Bidragskollen ändrar den inte. Ta bort skrivskyddet eller ange en annan fil med --out.`,
    (p) => `${p.file} is read-only, so Bidragskollen does not change it. Remove the protection or give another file with --out.`,
  ),
  WRITE_FAILED: m<{ file: string; errno: string | undefined }>(
    (p) => `Det gick inte att skriva ${p.file} (${WRITE_REASONS[p.errno ?? '']?.sv ?? `systemfel ${p.errno ?? 'okänt'}`}). Filen är oförändrad.`,
    (p) => `Could not write ${p.file} (${WRITE_REASONS[p.errno ?? '']?.en ?? `system error ${p.errno ?? 'unknown'}`}). The file is unchanged.`,
  ),
} as const satisfies Catalogue;
