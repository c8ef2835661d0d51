import type { Lang } from '../result';
import { EMPTY, SheetBuilder, amount, cellRef as a1, columnLetters, formula, namePrefix, sheetId, text, translator, type Sheet } from '../sheet';
import { amountFormat } from './blocks';
import type { FormOptions } from './form-spec';
import { FORMS, formTemplate, type FormKind } from './forms';
import type { Grant } from './grant';

/** Where a form put a generated value (by anchor) or an input (by key). */
function refOf(sheet: Sheet, find: { readonly anchor: string } | { readonly input: string }): string | undefined {
  const c = sheet.cells.find((x) => ('anchor' in find ? x.anchor === find.anchor : x.input?.key === find.input));
  return c?.ref;
}

/**
 * Every recipient's form, a sheet each, behind an index whose totals foot to the agreement's lines
 * with live formulas across the sheets: per line the sum over recipients, the line's amount, and
 * the difference, which is zero when everything adds up.
 */
export function batchTemplates(kind: FormKind, grants: readonly Grant[], o: FormOptions): Sheet[] {
  const forms = grants.map((g) => formTemplate(kind, g, o));
  const first = grants[0];
  if (!first) return [];
  return [indexTemplate(kind, grants, forms, o.lang), ...forms];
}

function indexTemplate(kind: FormKind, grants: readonly Grant[], forms: readonly Sheet[], lang: Lang): Sheet {
  const t = translator(lang);
  const g0 = grants[0] as Grant;
  const fmt = amountFormat(g0);
  const lines = uniqueLines(grants);
  const spec = FORMS[kind];
  const extra = spec.index.extra.map((e) => ({ label: e.label[lang], find: e.find }));
  const width = 2 + lines.length + extra.length;
  const b = new SheetBuilder(width);
  b.banner(text(spec.index.title[lang]), 'title', 24);
  b.banner(text(g0.agreement.name), 'subtitle');
  b.banner(
    text(
      t(
        'Beloppen hämtas med formler från varje mottagares blad. Raden Differens ska vara 0 i varje kolumn: då stämmer summan över mottagarna med överenskommelsens rader.',
        "The amounts are read by formulas from each recipient's sheet. The Difference row must be 0 in every column: then the sum over the recipients matches the agreement's lines.",
      ),
    ),
    'note',
    30,
  );
  b.skip();

  const headerRow = b.row;
  b.put(a1(1, headerRow), text(t('Mottagare', 'Recipient')), 'tableHeader');
  lines.forEach((l, i) => b.put(a1(2 + i, headerRow), text(l.lineName ? `${l.areaName}: ${l.lineName}` : l.areaName), 'tableHeader'));
  const totalCol = 2 + lines.length;
  b.put(a1(totalCol, headerRow), text(t('Summa', 'Total')), 'tableHeader');
  extra.forEach((e, i) => b.put(a1(totalCol + 1 + i, headerRow), text(e.label), 'tableHeader'));
  b.rowHeights[headerRow] = 75;
  b.row++;

  const firstRow = b.row;
  grants.forEach((g, gi) => {
    const form = forms[gi] as Sheet;
    const ref = (r: string | undefined) => (r ? formula(`{{${form.id}}}!${r}`) : EMPTY);
    b.put(a1(1, b.row), text(`${g.recipient.code === 'skr' ? 'SKR' : g.recipient.code} ${g.recipient.name}`), 'generated');
    lines.forEach((l, i) => {
      const has = g.lines.some((x) => x.lineId === l.lineId);
      b.put(a1(2 + i, b.row), has ? ref(refOf(form, { anchor: `line:${l.lineId}` })) : EMPTY, 'generated', { numFmt: fmt });
    });
    b.put(a1(totalCol, b.row), ref(refOf(form, { anchor: 'total' })), 'total', { numFmt: fmt });
    extra.forEach((e, i) => b.put(a1(totalCol + 1 + i, b.row), ref(refOf(form, e.find)), 'generated', { numFmt: fmt }));
    b.row++;
  });
  const lastRow = b.row - 1;

  const sumRow = b.row;
  b.put(a1(1, sumRow), text(t('Summa mottagare', 'Sum of recipients')), 'total');
  for (let c = 2; c <= width; c++) b.put(a1(c, sumRow), formula(`SUM(${a1(c, firstRow)}:${a1(c, lastRow)})`), 'total', { numFmt: fmt });
  b.row++;
  const expectedRow = b.row;
  b.put(a1(1, expectedRow), text(t('Enligt överenskommelsen', 'According to the agreement')), 'label');
  lines.forEach((l, i) => b.put(a1(2 + i, expectedRow), amount(l.lineAmount), 'generated', { numFmt: fmt }));
  b.put(a1(totalCol, expectedRow), formula(`SUM(${a1(2, expectedRow)}:${a1(totalCol - 1, expectedRow)})`), 'total', { numFmt: fmt });
  b.row++;
  const diffRow = b.row;
  b.put(a1(1, diffRow), text(t('Differens', 'Difference')), 'label');
  for (let c = 2; c <= totalCol; c++) b.put(a1(c, diffRow), formula(`${a1(c, sumRow)}-${a1(c, expectedRow)}`), 'total', { numFmt: fmt });
  b.row++;
  const diffs = Array.from({ length: totalCol - 1 }, (_, i) => `${a1(2 + i, diffRow)}=0`).join(',');
  b.banner(formula(`IF(AND(${diffs}),"${t('Summorna stämmer med överenskommelsen.', 'The totals match the agreement.')}","${t('Summorna stämmer inte: se raden Differens.', 'The totals do not match: see the Difference row.')}")`), 'check');

  return {
    id: sheetId('index', g0.agreement.id, kind),
    sheetName: spec.index.sheetName[lang],
    namePrefix: namePrefix('index', g0.agreement.id, kind),
    columns: [34, ...lines.map(() => 15), 16, ...extra.map(() => 15)],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:${columnLetters(width)}${b.row - 1}`, repeatRows: `${headerRow}:${headerRow}` },
    protect: true,
    freezeRows: headerRow,
  };
}

/** The lines any recipient requisitions, in first-seen order, with their whole amounts. */
function uniqueLines(grants: readonly Grant[]) {
  const seen = new Map<string, Grant['lines'][number]>();
  for (const g of grants) for (const l of g.lines) if (!seen.has(l.lineId)) seen.set(l.lineId, l);
  return [...seen.values()];
}
