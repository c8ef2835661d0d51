import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/templates';

const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const box = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** The colour users learn: yellow is theirs to fill in, everything else is generated. */
export const INPUT_FILL = 'FFFFF2CC';

export interface XlsxStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

export const STYLES: Readonly<Record<CellStyle, XlsxStyle>> = {
  title: { font: { bold: true, size: 16 }, alignment: { vertical: 'middle' } },
  subtitle: { font: { bold: true, size: 11 }, alignment: { wrapText: true } },
  heading: { font: { bold: true, size: 11 }, fill: fill('FFDDEBF7'), alignment: { vertical: 'middle', wrapText: true } },
  label: { alignment: { vertical: 'top', wrapText: true } },
  text: { alignment: { vertical: 'top', wrapText: true } },
  note: { font: { italic: true, size: 9, color: { argb: 'FF595959' } }, alignment: { vertical: 'top', wrapText: true } },
  tableHeader: { font: { bold: true }, fill: fill('FFF2F2F2'), border: box, alignment: { vertical: 'top', wrapText: true } },
  generated: { border: box, alignment: { vertical: 'top', wrapText: true } },
  input: { fill: fill(INPUT_FILL), border: box, alignment: { vertical: 'top', wrapText: true } },
  total: { font: { bold: true }, border: { ...box, top: { style: 'thin', color: { argb: 'FF000000' } } }, alignment: { vertical: 'top', wrapText: true } },
  check: { font: { italic: true, color: { argb: 'FF9C0006' } }, alignment: { wrapText: true } },
  signature: { border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } } },
  audit: { font: { size: 8, color: { argb: 'FF7F7F7F' } }, alignment: { vertical: 'top', wrapText: true } },
};
