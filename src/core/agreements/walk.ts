import type { Agreement, Funder, Line } from './types';

export interface LineVisit {
  readonly line: Line;
  readonly path: readonly (string | number)[];
  readonly depth: number;
  /** The area (top-level line) it belongs to. */
  readonly area: Line;
  /** Its own funder, else the nearest ancestor's; null when none states it. */
  readonly funder: Funder | null;
}

/** Every area and line, depth first, in document order. */
export function walkLines(agreement: Agreement): LineVisit[] {
  const out: LineVisit[] = [];
  const visit = (line: Line, path: (string | number)[], depth: number, area: Line, inherited: Funder | null) => {
    const funder = line.funder ?? inherited;
    out.push({ line, path, depth, area, funder });
    line.lines?.forEach((child, i) => visit(child, [...path, 'lines', i], depth + 1, area, funder));
  };
  agreement.areas.forEach((area, i) => visit(area, ['areas', i], 0, area, null));
  return out;
}

/** Lines without parts of their own: where money finally goes. */
export function leaves(agreement: Agreement): LineVisit[] {
  return walkLines(agreement).filter((v) => !v.line.lines || v.line.lines.length === 0);
}

export function findLine(agreement: Agreement, id: string): LineVisit | undefined {
  return walkLines(agreement).find((v) => v.line.id === id);
}
