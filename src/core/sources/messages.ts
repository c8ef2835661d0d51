/** What still works when a remote source cannot be reached: the same words in the CLI and the pane. */
const STILL_WORKS_SV =
  'Det som fungerar utan uppkoppling: de inbyggda befolkningstabellerna (bidragskollen population list), tabeller som redan hämtats och sparats, och en egen tabell (CSV med kod;namn;befolkning eller ett område i arbetsboken).';
const STILL_WORKS_EN =
  'What works without a connection: the built-in population tables (bidragskollen population list), tables fetched and stored before, and your own table (a CSV with id,name,population or a range in the workbook).';

interface Where {
  service: string;
  url: string;
}

export const SOURCE_MESSAGES = {
  SOURCE_OFFLINE: {
    sv: (p: Where & { detail: string }) =>
      `Kunde inte nå ${p.service} (${p.url}): ingen nätverksanslutning, eller adressen går inte att nå (${p.detail}). Kontrollera uppkopplingen eller ange en annan adress. ${STILL_WORKS_SV}`,
    en: (p: Where & { detail: string }) =>
      `Could not reach ${p.service} (${p.url}): no network connection, or the address cannot be reached (${p.detail}). Check the connection or give another address. ${STILL_WORKS_EN}`,
  },
  SOURCE_TIMEOUT: {
    sv: (p: Where & { seconds: string }) =>
      `${p.service} svarade inte inom ${p.seconds} sekunder (${p.url}). Tjänsten kan vara överbelastad eller nere; försök igen senare. ${STILL_WORKS_SV}`,
    en: (p: Where & { seconds: string }) =>
      `${p.service} did not answer within ${p.seconds} seconds (${p.url}). The service may be overloaded or down; try again later. ${STILL_WORKS_EN}`,
  },
  SOURCE_ABORTED: {
    sv: (p: Where) => `Hämtningen från ${p.service} avbröts (${p.url}).`,
    en: (p: Where) => `The fetch from ${p.service} was cancelled (${p.url}).`,
  },
  SOURCE_PROXY: {
    sv: (p: Where & { status: number }) =>
      `Anropet till ${p.service} stoppades på vägen (${p.url}, HTTP ${p.status}): troligen en proxy eller brandvägg i ert nät. Be IT öppna adressen, eller ange en intern spegel med --scb-url/--kolada-url. ${STILL_WORKS_SV}`,
    en: (p: Where & { status: number }) =>
      `The request to ${p.service} was stopped on the way (${p.url}, HTTP ${p.status}): probably a proxy or firewall in your network. Ask IT to open the address, or give an internal mirror with --scb-url/--kolada-url. ${STILL_WORKS_EN}`,
  },
  SOURCE_SERVER_ERROR: {
    sv: (p: Where & { status: number }) =>
      `${p.service} har ett fel just nu (${p.url}, HTTP ${p.status}). Försök igen senare. ${STILL_WORKS_SV}`,
    en: (p: Where & { status: number }) => `${p.service} has a fault right now (${p.url}, HTTP ${p.status}). Try again later. ${STILL_WORKS_EN}`,
  },
  SOURCE_RATE_LIMITED: {
    sv: (p: Where & { attempts: number }) =>
      `${p.service} tar inte emot fler anrop just nu (HTTP 429, ${p.attempts} försök, ${p.url}). Vänta en stund och försök igen.`,
    en: (p: Where & { attempts: number }) =>
      `${p.service} accepts no more calls right now (HTTP 429, ${p.attempts} attempts, ${p.url}). Wait a while and try again.`,
  },
  SOURCE_HTTP_ERROR: {
    sv: (p: Where & { status: number; detail: string }) => `${p.service} avvisade anropet ${p.url} (HTTP ${p.status}${p.detail ? `: ${p.detail}` : ''}).`,
    en: (p: Where & { status: number; detail: string }) => `${p.service} refused the request ${p.url} (HTTP ${p.status}${p.detail ? `: ${p.detail}` : ''}).`,
  },
  SOURCE_BAD_JSON: {
    sv: (p: Where & { start: string }) =>
      `Svaret från ${p.service} (${p.url}) går inte att läsa: det är inte JSON (början: ”${p.start}”). Om det är en webbsida kan en proxy ligga emellan. ${STILL_WORKS_SV}`,
    en: (p: Where & { start: string }) =>
      `The answer from ${p.service} (${p.url}) cannot be read: it is not JSON (it starts "${p.start}"). If it is a web page, a proxy may be in between. ${STILL_WORKS_EN}`,
  },
  SOURCE_BAD_SHAPE: {
    sv: (p: Where & { detail: string }) => `Svaret från ${p.service} (${p.url}) har inte den form vi väntade oss: ${p.detail}.`,
    en: (p: Where & { detail: string }) => `The answer from ${p.service} (${p.url}) does not have the expected shape: ${p.detail}.`,
  },
  DATE_INVALID: {
    sv: (p: { date: string }) => `”${p.date}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2025-12-31.`,
    en: (p: { date: string }) => `"${p.date}" is not a date. Write it as YYYY-MM-DD, for example 2025-12-31.`,
  },
  DATE_KIND_MISMATCH: {
    sv: (p: { date: string; kind: string; expected: string }) => `${p.date} passar inte ${p.kind}: datumet ska vara ${p.expected}.`,
    en: (p: { date: string; kind: string; expected: string }) => `${p.date} does not fit ${p.kind}: the date must be ${p.expected}.`,
  },
  DATE_NO_KIND: {
    sv: (p: { date: string }) =>
      `SCB redovisar befolkningen den 31 december, den 1 november och vid varje månads slut; ${p.date} är inget av dem. Välj till exempel ${p.date.slice(0, 4)}-12-31, ${p.date.slice(0, 4)}-11-01 eller en månads sista dag.`,
    en: (p: { date: string }) =>
      `SCB publishes population on 31 December, 1 November and at each month's end; ${p.date} is none of them. Choose for example ${p.date.slice(0, 4)}-12-31, ${p.date.slice(0, 4)}-11-01 or a month's last day.`,
  },
  SCB_NO_TABLE: {
    sv: (p: { kind: string; tried: string }) => `Hittade ingen SCB-tabell för ${p.kind} (sökte och provade: ${p.tried}).`,
    en: (p: { kind: string; tried: string }) => `Found no SCB table for ${p.kind} (searched and tried: ${p.tried}).`,
  },
  SCB_UNKNOWN_PERIOD: {
    sv: (p: { date: string; tableId: string; available: string }) =>
      `SCB:s ${p.tableId.includes(',') ? 'tabeller' : 'tabell'} ${p.tableId} har inga uppgifter för ${p.date}. Det som finns: ${p.available}.`,
    en: (p: { date: string; tableId: string; available: string }) =>
      `SCB's ${p.tableId.includes(',') ? 'tables' : 'table'} ${p.tableId} ${p.tableId.includes(',') ? 'have' : 'has'} no figures for ${p.date}. What there is: ${p.available}.`,
  },
  SCB_MISSING_DIMENSION: {
    sv: (p: { tableId: string; dimension: string; found: string }) =>
      `SCB:s tabell ${p.tableId} saknar dimensionen ${p.dimension} (har: ${p.found}); den går inte att använda som befolkningstabell.`,
    en: (p: { tableId: string; dimension: string; found: string }) =>
      `SCB's table ${p.tableId} lacks the dimension ${p.dimension} (has: ${p.found}); it cannot serve as a population table.`,
  },
  SCB_NO_TOTAL: {
    sv: (p: { tableId: string; dimension: string }) =>
      `SCB:s tabell ${p.tableId} har ingen totalsumma för ${p.dimension} och den kan inte utelämnas; välj en annan tabell.`,
    en: (p: { tableId: string; dimension: string }) => `SCB's table ${p.tableId} has no total for ${p.dimension} and it cannot be left out; choose another table.`,
  },
  SCB_NO_REGIONS: {
    sv: (p: { tableId: string; level: string }) => `SCB:s tabell ${p.tableId} har inga ${p.level}.`,
    en: (p: { tableId: string; level: string }) => `SCB's table ${p.tableId} has no ${p.level}.`,
  },
  SCB_AMBIGUOUS_CELLS: {
    sv: (p: { dimension: string; count: number }) =>
      `Svaret har ${p.count} värden för ${p.dimension} per region; välj ett (till exempel totalen) innan befolkningen kan läsas.`,
    en: (p: { dimension: string; count: number }) => `The answer has ${p.count} values of ${p.dimension} per region; choose one (the total, say) before population can be read.`,
  },
  VALUE_MISSING: {
    sv: (p: { service: string; codes: string; status: string }) =>
      `${p.service} redovisar ingen befolkning för ${p.codes}${p.status ? ` (SCB:s tecken ${p.status})` : ''}. Ingen siffra gissas; använd en annan tabell eller ett annat datum.`,
    en: (p: { service: string; codes: string; status: string }) =>
      `${p.service} gives no population for ${p.codes}${p.status ? ` (symbol ${p.status})` : ''}. No figure is guessed; use another table or date.`,
  },
  KOLADA_ONLY_31DEC: {
    sv: (p: { date: string }) => `Kolada har invånarantalet bara per den 31 december (nyckeltal N01951); ${p.date} går inte att hämta därifrån. Använd --source scb.`,
    en: (p: { date: string }) => `Kolada has the number of inhabitants only on 31 December (KPI N01951); ${p.date} cannot be fetched from it. Use --source scb.`,
  },
  KOLADA_NO_DATA: {
    sv: (p: { year: number; available: string }) =>
      `Kolada har inga uppgifter om invånare (N01951) för ${p.year} ännu.${p.available ? ` Prova ${p.available}.` : ''}`,
    en: (p: { year: number; available: string }) => `Kolada has no inhabitant figures (N01951) for ${p.year} yet.${p.available ? ` Try ${p.available}.` : ''}`,
  },
} as const;
