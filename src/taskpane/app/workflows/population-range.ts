import type { Pane } from '../pane';
import { weightsFromCells } from '../weights-from-cells';

/**
 * Reads the remembered population range as the cells hold it now. Returns false (and says why) when
 * it no longer reads as a population table; the pane then keeps no stale copy of it.
 */
export async function reloadRange(pane: Pane, sheet: string, address: string): Promise<boolean> {
  const table = weightsFromCells(await pane.deps.port.readRange(sheet, address));
  if (table.ok) {
    pane.set({ rangeTable: table.value });
    return true;
  }
  pane.set({ rangeTable: undefined, preview: undefined });
  pane.fail(table.issues);
  return false;
}
