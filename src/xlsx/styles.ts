import type ExcelJS from 'exceljs';
import { GRID_LINE, INPUT_FILL as INPUT_RGB, STRONG_LINE, STYLES, type CellStyle, type StyleSpec } from '../core/sheet';

/** The core's input colour as ExcelJS writes it (ARGB). */
export const INPUT_FILL = `FF${INPUT_RGB}`;

export interface XlsxStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

const line = (rgb: string) => ({ style: 'thin', color: { argb: `FF${rgb}` } }) as const;
const grid = line(GRID_LINE);
const strong = line(STRONG_LINE);

/** A core style in ExcelJS's terms. */
function toXlsx(s: StyleSpec): XlsxStyle {
  const font: Partial<ExcelJS.Font> = {
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
    ...(s.size ? { size: s.size } : {}),
    ...(s.color ? { color: { argb: `FF${s.color}` } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = { ...(s.vertical ? { vertical: s.vertical } : {}), ...(s.wrap ? { wrapText: true } : {}) };
  const border: Partial<ExcelJS.Borders> | undefined =
    s.border === 'box'
      ? { top: grid, left: grid, bottom: grid, right: grid }
      : s.border === 'total'
        ? { top: strong, left: grid, bottom: grid, right: grid }
        : s.border === 'bottom'
          ? { bottom: strong }
          : undefined;
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } } } : {}),
    ...(border ? { border } : {}),
    ...(Object.keys(alignment).length ? { alignment } : {}),
  };
}

export const XLSX_STYLES = Object.fromEntries(Object.entries(STYLES).map(([k, v]) => [k, toXlsx(v)])) as Readonly<Record<CellStyle, XlsxStyle>>;
