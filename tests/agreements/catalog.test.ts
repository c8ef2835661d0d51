import { issueText } from '../../src/core/result';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOG_JSON,
  getAgreement,
  listAgreements,
  parseAgreement,
  parseAgreementJson,
  serializeAgreement,
  walkLines,
  type Agreement,
} from '../../src/core/agreements';

const SEEDS = join(__dirname, '../fixtures/seeds');
const ISSUE_IDS = [
  'sammanhallen-vard-2023',
  'kvinnors-halsa-2023',
  'god-och-nara-vard-2023',
  'civilt-forsvar-2023',
  'forsorjningsberedskap-lakemedel-2023',
  'lakemedelsformanerna-2023',
  'okad-tillganglighet-2023',
  'psykisk-halsa-2023',
  'cancervard-2023',
  'vaccinering-covid-19-2023',
];

/** PDF text: line breaks, hyphenation at line ends and footnote marks must not hide a quote. */
const normalize = (s: string) => s.replace(/(\p{L})-\s+(\p{L})/gu, '$1$2').replace(/\s+/g, ' ');

function sources(value: unknown, out: { document?: string; quote: string; where: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => sources(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.where === 'string') out.push(o as never);
    Object.values(o).forEach((v) => sources(v, out));
  }
  return out;
}

describe('the built-in catalog', () => {
  it('holds exactly the agreements of the two seed pages, each valid', () => {
    expect(CATALOG_JSON.map((j) => parseAgreement(j).ok)).toEqual(ISSUE_IDS.map(() => true));
    expect(listAgreements().map((a) => a.id)).toEqual(ISSUE_IDS);
  });

  it('is decoded at start-up without the schema to exactly what the schema gives', () => {
    const decoded = listAgreements();
    CATALOG_JSON.forEach((json, i) => {
      const parsed = parseAgreement(json);
      if (!parsed.ok) throw new Error(`catalog #${i} is invalid`);
      expect(decoded[i]).toStrictEqual(parsed.value);
      // Decimal is compared by value, not only by shape.
      expect(serializeAgreement(decoded[i] as Agreement)).toBe(serializeAgreement(parsed.value));
    });
  });

  it.each(ISSUE_IDS)('%s: every quote stands in its seed document', (id) => {
    const json = CATALOG_JSON[ISSUE_IDS.indexOf(id)] as { document: string };
    const missing = sources(json).filter((s) => {
      const text = normalize(readFileSync(join(SEEDS, s.document ?? json.document), 'utf8'));
      return s.quote.split(' … ').some((part) => !text.includes(normalize(part)));
    });
    expect(missing).toEqual([]);
  });

  it.each(ISSUE_IDS)('%s: every stated figure has a source, and unknown means null, never zero', (id) => {
    const a = getAgreement(id);
    if (!a.ok) throw new Error('missing');
    const stated = [a.value.total, a.value.stateShare, a.value.regionsShare, ...walkLines(a.value).map((v) => v.line)];
    for (const s of stated) {
      if (s.amount !== null) expect(s.source).not.toBeNull();
      expect(s.amount?.isZero() ?? false).toBe(false);
    }
  });

  it.each(ISSUE_IDS)('%s: save then load gives the same agreement', (id) => {
    const a = getAgreement(id);
    if (!a.ok) throw new Error('missing');
    const again = parseAgreementJson(serializeAgreement(a.value));
    expect(again.ok && serializeAgreement(again.value)).toBe(serializeAgreement(a.value));
    expect(JSON.parse(serializeAgreement(a.value))).toEqual(CATALOG_JSON[ISSUE_IDS.indexOf(id)]);
  });

  it('encodes the 2023 agreement completely: five areas, the chapter 7 lines, the appropriations and the deadlines', () => {
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error('missing');
    const s: Agreement = a.value;
    expect(s.areas.map((x) => [x.id, x.amount?.toFixed()])).toEqual([
      ['antibiotika', '3000000'],
      ['kvalitetsregister', '168000000'],
      ['lakemedelsinformation', '5000000'],
      ['sallsynta-halsotillstand', '10000000'],
      ['vardforlopp', '140000000'],
    ]);
    const posts = walkLines(s).flatMap((v) => (v.line.appropriation ? [[v.line.id, v.line.appropriation.anslagspost]] : []));
    expect(posts).toEqual([
      ['antibiotika', 18],
      ['kvalitetsregister-statens-insats', 5],
      ['lakemedelsinformation', 29],
      ['sallsynta-halsotillstand', 3],
      ['vardforlopp', 40],
    ]);
    expect(s.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['check-in', '2023-05'],
      ['interim-report', '2023-09-30'],
      ['requisition', '2023-12-01'],
      ['repayment', '2024-03-31'],
      ['financial-report', '2024-03-31'],
      ['final-report', '2024-03-31'],
      ['final-report', '2024-03-31'],
      ['final-report', '2024-03-31'],
      ['final-report', '2024-03-31'],
      ['final-report', '2024-03-31'],
    ]);
  });

  it('tells an unknown id and lists the known ones, in Swedish', () => {
    const r = getAgreement('finns-inte');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(issueText(r.issues[0]!)).toMatch(/ingen inbyggd överenskommelse.*sammanhallen-vard-2023/);
  });
});

describe('loading agreement files', () => {
  const base = () => JSON.parse(JSON.stringify(CATALOG_JSON[0])) as Record<string, unknown> & { areas: Record<string, unknown>[] };

  it('says where a file is wrong and what is wrong, in Swedish and English', () => {
    const json = base();
    json.areas[1]!.amount = '168 000 000';
    (json.deadlines as Record<string, unknown>[])[2]!.date = '2023-02-30';
    (json.constraints as { area: string }[])[0]!.area = 'okant';
    const r = parseAgreement(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['FORMAT_AMOUNT', ['areas', 1, 'amount']],
      ['FORMAT_DATE_OR_MONTH', ['deadlines', 2, 'date']],
      ['UNKNOWN_AREA', ['constraints', 0, 'area']],
    ]);
    expect(issueText(r.issues[0]!)).toMatch(/^areas\[1\]\.amount: beloppet ska vara en decimalsträng/);
    expect(issueText(r.issues[0]!, 'en')).toMatch(/^areas\[1\]\.amount: the amount must be/);
  });

  it.each([
    ['2023-05', true],
    ['2023-05-31', true],
    ['2024-02-29', true],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-02-29', false],
    ['2023-5-01', false],
  ])('accepts %s as a deadline date: %s', (date, valid) => {
    const json = base();
    (json.deadlines as Record<string, unknown>[])[0]!.date = date;
    const r = parseAgreement(json);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(valid ? [] : ['FORMAT_DATE_OR_MONTH']);
  });

  it('checks references between parts of the file', () => {
    const json = base();
    (json.constraints as { area: string }[])[0]!.area = 'okant';
    json.areas[2]!.id = 'antibiotika';
    const r = parseAgreement(json);
    // Renaming the third area also leaves the deadlines that name it pointing nowhere.
    expect(!r.ok && r.issues.map((i) => [i.code, (i.path ?? []).join('.')])).toEqual([
      ['DUPLICATE_ID', 'areas.2.id'],
      ['UNKNOWN_AREA', 'constraints.0.area'],
      ['UNKNOWN_AREA', 'deadlines.0.areas.0'],
      ['UNKNOWN_AREA', 'deadlines.2.areas.2'],
      ['UNKNOWN_AREA', 'deadlines.3.areas.2'],
      ['UNKNOWN_AREA', 'deadlines.7.areas.0'],
    ]);
    // The id at fault is data on the issue, typed by its code, not text to parse back.
    const ids = r.ok ? [] : r.issues.flatMap((i) => (i.code === 'DUPLICATE_ID' || i.code === 'UNKNOWN_AREA' ? [i.params.id] : []));
    expect(ids.slice(0, 2)).toEqual(['antibiotika', 'okant']);
  });

  it('reports bad JSON, unknown fields and wrong types with their place', () => {
    expect(parseAgreementJson('{"id": ').ok).toBe(false);
    const bad = parseAgreementJson('{ nope');
    expect(!bad.ok && bad.issues[0]!.code).toBe('INVALID_JSON');
    const json = base();
    json.extra = 1;
    json.year = '2023';
    const r = parseAgreement(json);
    expect(!r.ok && r.issues.map((i) => [i.code, issueText(i), issueText(i, 'en')])).toEqual([
      ['SCHEMA', 'year: här ska stå ett tal, inte text.', 'year: this must be a number, not text.'],
      [
        'SCHEMA',
        'Överst i filen: fältet "extra" finns inte i formatet. Ta bort det eller rätta stavningen.',
        'At the top of the file: the field "extra" is not part of the format. Remove it or correct the spelling.',
      ],
    ]);
  });

  it('says in plain words what to write, in each language, from one validation', () => {
    const json = base();
    delete (json as Record<string, unknown>).title;
    (json.areas[0] as Record<string, unknown>).title = 5;
    (json.areas[0]!.lines as Record<string, unknown>[])[0]!.recipient = { type: 'kommunen' };
    const r = parseAgreement(json);
    if (r.ok) throw new Error('expected issues');
    const sv = r.issues.map((i) => issueText(i, 'sv'));
    const en = r.issues.map((i) => issueText(i, 'en'));
    expect(sv).toEqual([
      'title: fältet saknas; skriv text inom citattecken här.',
      'areas[0].title: här ska stå text inom citattecken, inte ett tal.',
      expect.stringMatching(/^areas\[0\]\.lines\[0\]\.recipient\.type: skriv ett av: "skr", "regions-via-skr", /),
    ]);
    expect(en[0]).toBe('title: the field is missing; write text in quotes here.');
    // Nothing of zod's own wording, in either language, and no Swedish in the English.
    for (const text of [...sv, ...en]) expect(text).not.toMatch(/förväntat|fick|expected|received|Invalid|Ogiltig/);
    for (const text of en) expect(text).not.toMatch(/roten|fältet|skriv/);
  });

  it('rejects a county code that does not exist', () => {
    const json = base();
    (json.areas[0]!.lines as Record<string, unknown>[])[0]!.recipient = { type: 'region', code: '02' };
    const r = parseAgreement(json);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'UNKNOWN_REGION_CODE', path: ['areas', 0, 'lines', 0, 'recipient', 'code'] });
  });
});
