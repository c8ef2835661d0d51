import type { CellStyle } from './types';

/**
 * What each style looks like, once for both writers: each maps these properties to its own API
 * (ExcelJS fonts, fills and borders; Office.js range formats). Colours are RRGGBB.
 */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'middle';
  /** `box`: thin grey lines around every cell; `total`: the same with a black line on top; `bottom`: a black line to sign on. */
  readonly border?: 'box' | 'total' | 'bottom';
}

/** The colour users learn: yellow is theirs to fill in, everything else is generated. */
export const INPUT_FILL = 'FFF2CC';
export const GRID_LINE = 'BFBFBF';
export const STRONG_LINE = '000000';

export const STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 16, vertical: 'middle' },
  subtitle: { bold: true, size: 11, wrap: true },
  heading: { bold: true, size: 11, fill: 'DDEBF7', vertical: 'middle', wrap: true },
  label: { vertical: 'top', wrap: true },
  text: { vertical: 'top', wrap: true },
  note: { italic: true, size: 9, color: '595959', vertical: 'top', wrap: true },
  tableHeader: { bold: true, fill: 'F2F2F2', border: 'box', vertical: 'top', wrap: true },
  generated: { border: 'box', vertical: 'top', wrap: true },
  input: { fill: INPUT_FILL, border: 'box', vertical: 'top', wrap: true },
  total: { bold: true, border: 'total', vertical: 'top', wrap: true },
  check: { italic: true, color: '9C0006', wrap: true },
  signature: { border: 'bottom' },
  audit: { size: 8, color: '7F7F7F', vertical: 'top', wrap: true },
};

/** Excel measures column width in characters in a file and in points through Office.js; a character of the default font is about six. */
export const charsToPoints = (chars: number): number => Math.round(chars * 6 + 5);
