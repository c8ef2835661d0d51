import { readTableCells, type TableCell, type WeightTable } from '../reference';
import { fail, makeIssue, ok, type Result } from '../result';
import { FORMAT, SheetBuilder, number, sheetId, text, type Sheet } from '../sheet';
import { sourcedWeights, type PopulationLevel, type PopulationSourceInfo, type PopulationTable } from '../sources';
import { TEMPLATE_MESSAGES as M } from './messages';

/**
 * A fetched population table stored in the workbook as a visible sheet, so the workbook works
 * offline afterwards and every distribution over it names where it came from: the source (provider,
 * table id, URL, fetch time, the provider's notes word for word), then kod / namn / befolkning.
 * `readPopulationSheet` reads it back from the cells as they are.
 */

/** The labels in column A, in both languages (a colleague's pane may show English): the reader finds rows by them. */
const LABELS = {
  provider: ['Källa', 'Source'],
  tableId: ['Tabell', 'Table'],
  referenceDate: ['Referensdatum', 'Reference date'],
  level: ['Nivå', 'Level'],
  url: ['URL', 'URL'],
  fetchedAt: ['Hämtad', 'Fetched'],
  note: ['Anmärkning', 'Note'],
  label: ['Tabellens namn', 'Table title'],
} as const;
type Field = keyof typeof LABELS;

const HEADER = ['kod', 'namn', 'befolkning'] as const;

/** Sheets of fetched tables are recognised by this id prefix (the registry keeps the id). */
export const POPULATION_SHEET_KIND = 'population';

export const populationSheetId = (t: Pick<PopulationTable, 'level' | 'source'>): string => sheetId(POPULATION_SHEET_KIND, t.source.provider.toLowerCase(), `${t.level}:${t.source.referenceDate}`);

export const isPopulationSheetId = (id: string | undefined): boolean => id !== undefined && id.startsWith(`${POPULATION_SHEET_KIND}:`);

/** "Befolkning SCB 2025-12-31". */
export const populationSheetName = (t: Pick<PopulationTable, 'source'>): string => `Befolkning ${t.source.provider} ${t.source.referenceDate}`;

/** How many rows the reader reads: the source block, 290 municipalities and room for notes. */
export const POPULATION_SHEET_RANGE = 'A1:C400';

export function populationSheet(t: PopulationTable): Sheet {
  const b = new SheetBuilder(3);
  const s = t.source;
  b.banner(text(`${populationSheetName(t)} (${t.level === 'kommuner' ? 'kommuner' : 'län'})`), 'title');
  const field = (f: Field, value: string) => {
    b.put(`A${b.row}`, text(LABELS[f][0]), 'label');
    b.put(`B${b.row}`, text(value), 'generated', { merge: `B${b.row}:C${b.row}` });
    b.row++;
  };
  field('provider', s.provider);
  field('tableId', s.tableId);
  if (s.label) field('label', s.label);
  field('referenceDate', s.referenceDate);
  field('level', t.level);
  field('url', s.url);
  field('fetchedAt', s.fetchedAt);
  for (const n of s.notes) field('note', n);
  b.skip();
  const header = b.row;
  HEADER.forEach((h, i) => b.put(`${'ABC'[i]}${header}`, text(h), 'tableHeader'));
  b.row++;
  for (const r of t.rows) {
    b.put(`A${b.row}`, text(r.code), 'text');
    b.put(`B${b.row}`, text(r.name), 'text');
    b.put(`C${b.row}`, number(r.population), 'generated', { numFmt: FORMAT.count });
    b.row++;
  }
  const last = b.row - 1;
  return {
    id: populationSheetId(t),
    sheetName: populationSheetName(t),
    namePrefix: `bk_bef_${s.provider.toLowerCase()}_${t.level}_${s.referenceDate.replace(/-/g, '')}`,
    columns: [16, 40, 14],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'portrait', area: `A1:C${last}`, repeatRows: `${header}:${header}` },
    protect: false,
    freezeRows: header,
    table: { range: `A${header}:C${last}`, name: `bk_befolkning_${t.level}_${s.referenceDate.replace(/-/g, '')}`, totalsRow: false },
  };
}

/** A stored sheet read back: the weights a distribution takes (credited to the fetch) and the source. */
export interface StoredPopulation {
  readonly sheet: string;
  readonly weights: WeightTable;
  readonly source: PopulationSourceInfo;
  readonly level: PopulationLevel;
}

/** Reads a sheet `populationSheet` wrote, as its cells hold it now; the figures go through the one table reader. */
export function readPopulationSheet(sheet: string, values: readonly (readonly TableCell[])[]): Result<StoredPopulation> {
  const found: Partial<Record<Field, string>> = {};
  const notes: string[] = [];
  const cell = (v: TableCell) => (v === null || v === undefined ? '' : String(v).trim());
  let header = -1;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const a = cell(row[0]).toLocaleLowerCase('sv-SE');
    if (a === HEADER[0] && cell(row[2]).toLocaleLowerCase('sv-SE') === HEADER[2]) {
      header = r;
      break;
    }
    const f = (Object.keys(LABELS) as Field[]).find((k) => LABELS[k].some((l) => l.toLocaleLowerCase('sv-SE') === a));
    if (!f) continue;
    if (f === 'note') notes.push(cell(row[1]));
    else found[f] = cell(row[1]);
  }
  const level = found.level === 'kommuner' || found.level === 'regioner' ? found.level : undefined;
  const provider = found.provider === 'SCB' || found.provider === 'Kolada' ? found.provider : undefined;
  if (header < 0 || !level || !provider || !found.tableId || !found.url || !found.fetchedAt || !/^\d{4}-\d{2}-\d{2}$/.test(found.referenceDate ?? '')) {
    return fail(makeIssue(M, 'POPULATION_SHEET_UNREADABLE', { sheet }));
  }
  const source: PopulationSourceInfo = {
    provider,
    tableId: found.tableId,
    url: found.url,
    referenceDate: found.referenceDate as string,
    fetchedAt: found.fetchedAt,
    notes,
    ...(found.label ? { label: found.label } : {}),
  };
  const table = readTableCells(values.slice(header).map((row) => row.slice(0, 3)), { where: sheet, source: provider, referenceDate: source.referenceDate, population: true });
  if (!table.ok) return table;
  if (table.value.level !== level) return fail(makeIssue(M, 'POPULATION_SHEET_UNREADABLE', { sheet }));
  return ok({ sheet, source, level, weights: { ...sourcedWeights(table.value, source, level, `bladet ${sheet}`), id: `blad:${sheet}` } });
}
