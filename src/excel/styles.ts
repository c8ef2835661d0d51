import { GRID_LINE, STRONG_LINE, STYLES, type CellStyle } from '../core/sheet';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const BOX: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/** A core style (src/core/sheet/styles.ts) as Office.js range format properties. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const s = STYLES[style];
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color !== undefined) f.font.color = `#${s.color}`;
  if (s.fill !== undefined) f.fill.color = `#${s.fill}`;
  if (s.wrap) f.wrapText = true;
  if (s.vertical) f.verticalAlignment = s.vertical === 'top' ? 'Top' : 'Center';
  const lines: [Edge, string][] =
    s.border === 'box'
      ? BOX.map((e) => [e, GRID_LINE])
      : s.border === 'total'
        ? BOX.map((e) => [e, e === 'EdgeTop' ? STRONG_LINE : GRID_LINE])
        : s.border === 'bottom'
          ? [['EdgeBottom', STRONG_LINE]]
          : [];
  for (const [edge, color] of lines) {
    const b = f.borders.getItem(edge);
    b.style = 'Continuous';
    b.color = `#${color}`;
  }
}
