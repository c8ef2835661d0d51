import { parseCell, type Sheet } from '../../src/core/sheet';
import type { CellInput } from '../../src/core/templates';

/**
 * What a controller types into a blank agreement sheet to make a small agreement: the header
 * fields, the area and its line on the two rows written for them, a deadline, and a party on the
 * first spare row of the parties. Addresses are found by the sheet's own labels, as a person would
 * find them; a value is a date when Excel would make it one.
 */
export type Typed = readonly [ref: string, value: string | number | Date];

export function controllerTyping(sheet: Sheet): Typed[] {
  const textAt = new Map(sheet.cells.filter((c) => c.value.t === 'text').map((c) => [c.ref, (c.value as { v: string }).v]));
  const rowOf = (label: string, after = 0): number => {
    for (const [ref, v] of textAt) {
      const { col, row } = parseCell(ref);
      if (col === 1 && v === label && row > after) return row;
    }
    throw new Error(`no row labelled ${label}`);
  };
  /** The first row under a section's header row. */
  const firstRow = (heading: string) => rowOf(heading) + 2;
  const at = (col: string, row: number) => `${col}${row}`;
  const field = (label: string) => rowOf(label, rowOf('Uppgifter'));
  const lines = firstRow('Områden och rader');
  const deadline = firstRow('Tidsfrister');
  const party = firstRow('Parter');
  return [
    [at('B', field('Id')), 'psykisk-halsa-2025'],
    [at('B', field('Titel')), 'Överenskommelse om psykisk hälsa 2025'],
    [at('B', field('År')), 2025],
    [at('B', field('Dokument')), 'psykisk-halsa-2025.pdf'],
    [at('B', field('Period från')), new Date(Date.UTC(2025, 0, 1))],
    [at('C', field('Period från')), '1 Inledning'],
    [at('D', field('Period från')), 'avser perioden 1 januari–31 december 2025'],
    [at('B', field('Period till')), new Date(Date.UTC(2025, 11, 31))],
    [at('B', field('Totalt, kr')), 3_000_000],
    [at('C', field('Totalt, kr')), '4 Medelstilldelning'],
    [at('D', field('Totalt, kr')), 'totalt 3 000 000 kronor'],
    [at('B', field('Områdena kompletta')), 'ja'],
    [at('A', party), 'Staten'],
    [at('B', party), 'Staten'],
    // The area (level 1 already written) and its line (level 2).
    [at('B', lines), 'stod'],
    [at('D', lines), 'Stöd till regionerna'],
    [at('E', lines), 3_000_000],
    [at('B', lines + 1), 'stod-regioner'],
    [at('C', lines + 1), 'stod'],
    [at('D', lines + 1), 'Fördelning till regionerna'],
    [at('E', lines + 1), 3_000_000],
    [at('J', lines + 1), 'Regionerna'],
    [at('M', lines + 1), 'Befolkning'],
    [at('N', lines + 1), 'Staten'],
    [at('A', deadline), 'rekvisition-2025'],
    [at('B', deadline), 'Rekvisition'],
    [at('C', deadline), new Date(Date.UTC(2025, 11, 1))],
    [at('E', deadline), 'stod'],
    [at('F', deadline), 'Regionerna'],
    [at('G', deadline), 'Kammarkollegiet'],
    [at('H', deadline), 'Rekvisition av medel'],
    [at('I', deadline), 'Requisition of funds'],
    [at('J', deadline), '5 Ekonomiska villkor'],
    [at('K', deadline), 'senast den 1 december 2025'],
  ];
}

/** The typing applied to a grid as the reader takes it (a date as Office.js gives a typed date: its serial number). */
export function typeIntoGrid(grid: CellInput[][], typed: readonly Typed[]): CellInput[][] {
  const g = grid.map((r) => [...r]);
  for (const [ref, v] of typed) {
    const { col, row } = parseCell(ref);
    (g[row - 1] ??= [])[col - 1] = v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v;
  }
  for (let i = 0; i < g.length; i++) g[i] ??= [];
  return g;
}

