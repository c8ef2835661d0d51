import type { Bilingual, Catalogue, IssueOf, IssueSpec, Severity } from '../result';

const m = <P>(sv: (p: P) => string, en: (p: P) => string, severity?: Severity): IssueSpec<P> => ({ sv, en, ...(severity ? { severity } : {}) });

export const TEMPLATE_MESSAGES = {
  UNKNOWN_RECIPIENT: m<{ code: string }>(
    (p) => `Okänd mottagare ”${p.code}”. Ange skr, en länskod som 13, en kommunkod som 0180 eller en samverkansregion som sodra.`,
    (p) => `Unknown recipient "${p.code}". Give skr, a county code such as 13, a municipality code such as 0180 or a samverkansregion such as sodra.`,
  ),
  NO_LINES_FOR_RECIPIENT: m<{ recipient: string; agreement: Bilingual }>(
    (p) => `${p.recipient} rekvirerar inga medel ur ${p.agreement.sv} själv. Välj en annan mottagare eller använd --all.`,
    (p) => `${p.recipient} does not requisition any funds of ${p.agreement.en} itself. Choose another recipient or use --all.`,
  ),
  LINE_AMOUNT_UNKNOWN: m<{ line: string }>(
    (p) => `Raden ${p.line} har inget angivet belopp; den kan inte rekvireras och hoppas över.`,
    (p) => `The line ${p.line} has no stated amount; it cannot be requisitioned and is left out.`,
    'warning',
  ),
  UNSUPPORTED_KEY: m<{ line: string; key: string }>(
    (p) => `Raden ${p.line} fördelas med nyckeln ${p.key}, som mallarna inte kan räkna fram än; den hoppas över.`,
    (p) => `The line ${p.line} is distributed by the key ${p.key}, which the templates cannot compute yet; it is left out.`,
    'warning',
  ),
  WEIGHTS_NOT_REGIONS: m<{ id: string }>(
    (p) => `Fördelningsnyckeln har raden ”${p.id}”, som inte är en länskod. För regionernas andelar behövs en rad per region (01–25).`,
    (p) => `The distribution key has the row "${p.id}", which is not a county code. Regions' shares need one row per region (01–25).`,
  ),
  WEIGHTS_NOT_MUNICIPALITIES: m<{ table: string }>(
    (p) => `${p.table} är inte en tabell över kommunerna. För kommunernas andelar behövs en rad per kommun (fyrsiffrig kommunkod, alla 290).`,
    (p) => `${p.table} is not a table of the municipalities. Municipalities' shares need one row per municipality (four-digit code, all 290).`,
  ),
  POPULATION_SHEET_UNREADABLE: m<{ sheet: string }>(
    (p) => `Bladet ${p.sheet} ser inte ut som en sparad befolkningstabell (källa, tabell, referensdatum, nivå, URL, hämtad, sedan kod;namn;befolkning). Hämta tabellen igen eller välj en annan.`,
    (p) => `The sheet ${p.sheet} does not look like a stored population table (source, table, reference date, level, URL, fetched, then kod;namn;befolkning). Fetch the table again or choose another.`,
  ),
  WEIGHTS_MISSING_REGIONS: m<{ missing: readonly string[]; extra: readonly string[] }>(
    (p) =>
      [
        'Fördelningsnyckeln måste ha varje län (01–25, 21 regioner) exakt en gång för rader som delas mellan regionerna.',
        p.missing.length > 0 ? `Saknas: ${p.missing.join(', ')}.` : '',
        p.extra.length > 0 ? `Okända eller upprepade: ${p.extra.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    (p) =>
      [
        'The distribution key must have every county (01–25, 21 regions) exactly once for lines shared among the regions.',
        p.missing.length > 0 ? `Missing: ${p.missing.join(', ')}.` : '',
        p.extra.length > 0 ? `Unknown or repeated: ${p.extra.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
  ),
  METHOD_NOT_FOR_FORMS: m<{ method: string }>(
    (p) =>
      `Metoden ${p.method} kan inte användas för rekvisition och redovisning: andelarna måste bli hela belopp som summerar till raden. Välj largest-remainder eller adjust-largest.`,
    (p) => `The method ${p.method} cannot be used for requisitions and reports: the shares must be whole amounts that sum to the line. Choose largest-remainder or adjust-largest.`,
  ),
} as const satisfies Catalogue;

/** Every issue this module gives, discriminated by code. */
export type TemplateIssue = IssueOf<typeof TEMPLATE_MESSAGES>;
