import { resolveSheetRefs, type CellValue, type TemplateSheet } from '../templates';
import { cellRef, parseCell, parseRange } from './a1';
import { EMPTY, PlanGrid, date, formula, num, text } from './grid';
import type { PlanCell, SheetPlan } from './types';

/**
 * A report template (the same data the .xlsx writer renders) as a sheet plan for the Office.js
 * writer: values, formats, styles, merges, input names and unlocked input cells.
 */
export function templatePlan(sheet: TemplateSheet, sheetNameOf: (templateId: string) => string | undefined = () => undefined): SheetPlan {
  const g = new PlanGrid();
  const names: { name: string; ref: string }[] = [];
  const unlocked: string[] = [];
  for (const c of sheet.cells) {
    const { col, row } = parseCell(c.ref);
    g.put(col, row, toPlanCell(c.value, sheetNameOf), c.numFmt);
    const area = c.merge ?? c.ref;
    if (c.merge) g.merge(c.merge);
    g.style(area, c.style);
    if (c.input) {
      names.push({ name: `${sheet.namePrefix}_${c.input.key}`, ref: c.ref });
      unlocked.push(area);
    }
    if (c.anchor) names.push({ name: `${sheet.namePrefix}_${c.anchor.replace(/[^A-Za-z0-9_]/g, '_')}`, ref: c.ref });
  }
  const box = parseRange(sheet.print.area);
  return {
    id: sheet.id,
    kind: sheet.kind === 'distribution' ? 'distribution' : sheet.kind,
    sheetName: sheet.sheetName,
    blocks: g.toBlocks(),
    styles: g.styles,
    merges: g.merges,
    names,
    columns: sheet.columns,
    ...(sheet.rowHeights ? { rowHeights: sheet.rowHeights } : {}),
    ...(sheet.freezeRows ? { freezeRows: sheet.freezeRows } : {}),
    protect: sheet.protect,
    unlocked,
    orientation: sheet.print.orientation,
    printArea: `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}`,
  };
}

function toPlanCell(v: CellValue, sheetNameOf: (id: string) => string | undefined): PlanCell {
  switch (v.t) {
    case 'text':
      return text(v.v);
    case 'amount':
    case 'number':
      return num(v.v);
    case 'date':
      return date(v.v);
    case 'formula':
      return formula(resolveSheetRefs(v.f, sheetNameOf));
    case 'empty':
      return EMPTY;
  }
}
