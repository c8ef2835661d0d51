import Papa from 'papaparse';
import { parseNumber } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { REFERENCE_MESSAGES as M } from './messages';
import type { WeightRow, WeightTable } from './population';

const ID_HEADERS = ['id', 'kod', 'code', 'länskod', 'lanskod', 'kommunkod', 'regionkod'];
const NAME_HEADERS = ['name', 'namn', 'region', 'län', 'lan', 'kommun', 'county', 'mottagare'];
const POPULATION_HEADERS = ['befolkning', 'population', 'folkmängd', 'folkmangd', 'invånare', 'invanare'];
const WEIGHT_HEADERS = ['weight', 'vikt', ...POPULATION_HEADERS];

export interface CsvTableOptions {
  /** Shown in messages and recorded as the table's id: usually the file name. */
  readonly file: string;
  readonly referenceDate?: string;
  readonly source?: string;
}

/**
 * Reads a weights or population table as users export it: comma or semicolon separated (Swedish
 * Excel writes semicolons), UTF-8 with or without BOM, CRLF or LF, numbers in Swedish format.
 * Headers id,name,weight or kod;namn;vikt or kod;namn;befolkning, in any order and case.
 */
export function parseWeightTableCsv(text: string, options: CsvTableOptions): Result<WeightTable> {
  const { file } = options;
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const issues: Issue[] = [];
  for (const e of parsed.errors.slice(0, 5)) {
    if (e.code === 'UndetectableDelimiter') continue;
    issues.push(makeIssue(M, 'CSV_PARSE', { file, line: (e.row ?? 0) + 1, problem: e.code }));
  }
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) return fail(makeIssue(M, 'CSV_EMPTY', { file }));
  const names = header.map((h) => h.trim().toLocaleLowerCase('sv-SE'));
  const idCol = names.findIndex((h) => ID_HEADERS.includes(h));
  const nameCol = names.findIndex((h) => NAME_HEADERS.includes(h));
  const weightCol = names.findIndex((h) => WEIGHT_HEADERS.includes(h));
  if (idCol < 0 || weightCol < 0) {
    return fail(makeIssue(M, 'CSV_MISSING_COLUMNS', { file, found: header.join(', ') }));
  }
  const isPopulation = POPULATION_HEADERS.includes(names[weightCol] ?? '');

  const rows: WeightRow[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    const id = (cells[idCol] ?? '').trim();
    const raw = (cells[weightCol] ?? '').trim();
    if (id === '') {
      issues.push(makeIssue(M, 'CSV_MISSING_ID', { file, line }, [line]));
      return;
    }
    const weight = parseNumber(raw);
    if (!weight.ok) {
      issues.push(makeIssue(M, 'CSV_BAD_NUMBER', { file, line, value: raw }, [line]));
      return;
    }
    const name = nameCol >= 0 ? (cells[nameCol] ?? '').trim() : '';
    rows.push({ id, name: name === '' ? id : name, weight: weight.value });
  });
  if (issues.length > 0) return fail(...issues);
  return ok({
    id: file,
    kind: isPopulation ? 'population' : 'weights',
    description: isPopulation ? `Befolkning enligt ${file}` : `Vikter enligt ${file}`,
    source: options.source ?? file,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    rows,
  });
}
