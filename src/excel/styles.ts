import type { PlanStyle } from '../core/sheetplan';

/** The look the .xlsx writer gives the same styles, as Office.js range format properties. */
export interface OfficeStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly border?: 'box' | 'bottom' | 'top';
  readonly verticalTop?: boolean;
}

/** Yellow is the user's to fill in; everything else is generated. */
export const INPUT_FILL = '#FFF2CC';

export const OFFICE_STYLES: Readonly<Record<PlanStyle, OfficeStyle>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: true, size: 11, wrap: true },
  heading: { bold: true, fill: '#DDEBF7', wrap: true },
  label: { wrap: true, verticalTop: true },
  text: { wrap: true, verticalTop: true },
  note: { italic: true, size: 9, color: '#595959', wrap: true, verticalTop: true },
  tableHeader: { bold: true, fill: '#F2F2F2', border: 'box', wrap: true, verticalTop: true },
  generated: { border: 'box', verticalTop: true },
  input: { fill: INPUT_FILL, border: 'box', verticalTop: true },
  total: { bold: true, border: 'top' },
  check: { italic: true, color: '#9C0006', wrap: true },
  signature: { border: 'bottom' },
  audit: { size: 8, color: '#7F7F7F', wrap: true, verticalTop: true },
};

/** Excel measures column width in points; a character of the default font is about six. */
export const charsToPoints = (chars: number): number => Math.round(chars * 6 + 5);
