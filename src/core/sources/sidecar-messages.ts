
/** The source file beside a fetched CSV (`befolkning.källa.json`). */
export const SIDECAR_MESSAGES = {
  SIDECAR_UNREADABLE: {
    sv: (p: { file: string }) => `${p.file} går inte att läsa som källuppgift från bidragskollen population fetch; källan anges som filen själv.`,
    en: (p: { file: string }) => `${p.file} cannot be read as the source record of bidragskollen population fetch; the file itself is given as the source.`,
    severity: 'warning' as const,
  },
  SIDECAR_MISMATCH: {
    sv: (p: { file: string; table: string; rows: number; sideRows: number; total: string; sideTotal: number }) =>
      `${p.table} har ändrats sedan den hämtades (${p.rows} rader och summan ${p.total}; ${p.file} säger ${p.sideRows} rader och ${p.sideTotal}). Källan i ${p.file} används inte; källan anges som filen själv.`,
    en: (p: { file: string; table: string; rows: number; sideRows: number; total: string; sideTotal: number }) =>
      `${p.table} was changed after it was fetched (${p.rows} rows summing to ${p.total}; ${p.file} says ${p.sideRows} rows and ${p.sideTotal}). The source in ${p.file} is not used; the file itself is given as the source.`,
    severity: 'warning' as const,
  },
} as const;
