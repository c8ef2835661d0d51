import { readReportWorkbook } from '../../src/xlsx/report-reader';
import { consolidateReports, refusedFile, reviewReport, type ReportContext, type ReportReview } from '../../src/core/review';
import { REDOVISNING } from '../../src/core/templates';
import { namePrefix } from '../../src/core/sheet';
import { AGREEMENT, blankReport, filledReport, goodFill, grantFor, type Fill } from './report-fixtures';

const CTX: ReportContext = { today: '2024-03-01', deadlines: (_a, code) => (code === 'skr' ? { report: '2024-03-31', repayment: '2024-03-31' } : { repayment: '2024-03-31' }) };

async function review(bytes: Buffer, ctx: ReportContext = CTX): Promise<ReportReview[]> {
  const sheets = await readReportWorkbook(bytes, 'r.xlsx');
  if (!sheets.ok) throw new Error(sheets.detail);
  return sheets.value.map((s) => reviewReport(s, ctx));
}
const codes = (r: ReportReview | undefined) => r?.findings.map((f) => f.code) ?? [];

describe('reviewing our own ekonomisk redovisning', () => {
  it('a well-filled report passes, with the amounts, the repayment and its deadline', async () => {
    const [r] = await review(await filledReport('skr', goodFill('skr')));
    expect(codes(r)).toEqual([]);
    expect(r?.status).toBe('ok');
    const total = grantFor('skr').total;
    const costs = Math.floor(total.toNumber() * 0.6) + 100_000;
    expect([r?.agreed?.toFixed(), r?.received?.toFixed(), r?.costs?.toFixed(), r?.unused?.toFixed(), r?.toRepay?.toFixed()]).toEqual([
      total.toFixed(),
      total.toFixed(),
      String(costs),
      total.minus(costs).toFixed(),
      total.minus(costs).toFixed(),
    ]);
    expect([r?.repayBy, r?.reportDeadline, r?.signed, r?.alternative]).toEqual(['2024-03-31', '2024-03-31', '2024-02-20', 1]);
    expect(r?.lines.map((l) => l.id)).toHaveLength(grantFor('skr').lines.length);
  });

  it('a region without a report deadline in the catalog gets a note, not a guess', async () => {
    const [r] = await review(await filledReport('13', goodFill('13')));
    expect(codes(r)).toEqual(['REPORT_DEADLINE_UNKNOWN']);
    expect(r?.status).toBe('ok');
    expect(r?.reportDeadline).toBeNull();
  });

  // Each check's failure, made by hand in a fixture.
  const prefix = namePrefix(REDOVISNING.short, AGREEMENT, 'skr');
  it.each<[string, Fill, string, string]>([
    ['required fields left empty', { kontaktperson: null, granskning: null }, 'REPORT_REQUIRED_MISSING', 'kontaktperson'],
    ['an amount that is text', { kostnad_2_belopp: 'hundra tusen' }, 'REPORT_NOT_A_NUMBER', 'kostnad_2_belopp'],
    ['a cost without its item', { kostnad_2_text: null }, 'REPORT_COST_WITHOUT_ITEM', 'kostnad_2_text'],
    ['paid out differs from the agreement', { utbetalt: 1000 }, 'REPORT_RECEIVED_DIFFERS', 'utbetalt'],
    ['costs exceed the grant', { kostnad_3_text: 'Lokaler', kostnad_3_belopp: 999_999_999 }, 'REPORT_COSTS_EXCEED_GRANT', 'unused'],
    ['an invalid organisationsnummer', { organisationsnummer: '232100-0116' }, 'REPORT_ORGNR_INVALID', 'organisationsnummer'],
    ['an assessment that is neither alternative', { granskning: 'Vet ej' }, 'REPORT_REVIEW_CHOICE', 'granskning'],
    ['alternative 2 without deviations', { granskning: 'Alt 2: Redovisningen under punkt 3 är inte korrekt' }, 'REPORT_DEVIATIONS_MISSING', 'avvikelser'],
    ['a date that is not a date', { datum: 'i februari' }, 'REPORT_DATE_INVALID', 'datum'],
    ['signed after the deadline', { datum: new Date(Date.UTC(2024, 3, 2)) }, 'REPORT_SIGNED_AFTER_DEADLINE', 'datum'],
  ])('%s', async (_name, change, code, key) => {
    const [r] = await review(await filledReport('skr', { ...goodFill('skr'), ...change }));
    const f = r?.findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect(f?.location).toMatchObject({ file: 'r.xlsx', name: `${prefix}_${key}` });
    expect(f?.location.cell).toMatch(/^[A-D]\d+$/);
  });

  it('alternative 2 with deviations described passes', async () => {
    const [r] = await review(await filledReport('skr', { ...goodFill('skr'), granskning: 'Alt 2: Redovisningen under punkt 3 är inte korrekt', avvikelser: 'En faktura bokförd fel år; rättad i mars.' }));
    expect(codes(r)).toEqual([]);
    expect(r?.alternative).toBe(2);
  });

  it('an unsigned report past its deadline is late', async () => {
    const [r] = await review(await filledReport('skr', { ...goodFill('skr'), datum: null }), { ...CTX, today: '2024-04-15' });
    expect(codes(r)).toEqual(expect.arrayContaining(['REPORT_REQUIRED_MISSING', 'REPORT_LATE']));
    expect(r?.status).toBe('late');
  });

  it('totals typed over the formulas are found: costs that do not sum, unused that is not grant − costs', async () => {
    const [r] = await review(
      await filledReport('skr', goodFill('skr'), (_wb, cell) => {
        cell('costs').value = 5;
        cell('unused').value = { formula: 'D30-D40', result: 7 } as never;
      }),
    );
    expect(codes(r)).toEqual(['REPORT_COSTS_SUM', 'REPORT_UNUSED_MISMATCH']);
    expect(r?.status).toBe('errors');
  });

  it('an English form is read the same way', async () => {
    const bytes = await blankReport('skr', 'en');
    const [r] = await review(bytes);
    expect(r?.status).toBe('incomplete');
    expect(codes(r)).toContain('REPORT_REQUIRED_MISSING');
  });

  it('a sheet whose layout is not ours is refused, never misread', async () => {
    const [noMarker] = await review(await filledReport('skr', goodFill('skr'), (wb) => (wb.worksheets[0]!.getCell('AZ1').value = null)));
    expect([noMarker?.status, codes(noMarker)]).toEqual(['refused', ['REPORT_NOT_OURS']]);
    const [noNames] = await review(
      await filledReport('skr', goodFill('skr'), (wb) => {
        const names = wb.definedNames as unknown as { model: { name: string }[] };
        names.model = names.model.filter((n) => !n.name.endsWith('_utbetalt'));
      }),
    );
    expect([noNames?.status, codes(noNames)]).toEqual(['refused', ['REPORT_LAYOUT_CHANGED']]);
    expect(noNames?.findings[0]?.message).toContain(`${prefix}_utbetalt`);
  });

  it('a corrupt file is not a workbook', async () => {
    const r = await readReportWorkbook(Buffer.from('PK\u0003\u0004 inte en zip'), 'trasig.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(refusedFile('trasig.xlsx', { unreadable: r.detail }))).toEqual(['REPORT_UNREADABLE']);
  });
});

describe('consolidating reports', () => {
  it('sorts by agreement and recipient, puts refused last, and totals the reviewed', async () => {
    const skr = (await review(await filledReport('skr', goodFill('skr'))))[0] as ReportReview;
    const halland = (await review(await filledReport('13', goodFill('13'))))[0] as ReportReview;
    const f = consolidateReports([refusedFile('x.xlsx', { noReports: true }), skr, halland]);
    expect(f.reports.map((r) => r.recipientCode ?? r.file)).toEqual(['13', 'skr', 'x.xlsx']);
    expect(f.totals.received.toFixed()).toBe(grantFor('skr').total.plus(grantFor('13').total).toFixed());
    expect(f.totals.toRepay.toFixed()).toBe((skr.toRepay as NonNullable<ReportReview['toRepay']>).plus(halland.toRepay as NonNullable<ReportReview['toRepay']>).toFixed());
    expect(f.byStatus).toMatchObject({ ok: 2, refused: 1 });
    expect(f.findings.map((x) => x.code)).toEqual(['REPORT_DEADLINE_UNKNOWN', 'REPORT_NO_SHEETS']);
  });
});
