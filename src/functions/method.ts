// eslint-disable-next-line no-restricted-imports -- one file of the module, so the shipped bundle does not take its index along
import { identifyMethod } from '../core/review/methods';
import { fail, guard, issue, messageLanguage, readAmount, readWeight, unwrap, vector, type Cell, type Outcome } from './coerce';
import { LABELS, METHOD_NAMES } from './messages';

/**
 * METOD / METHOD: which rounding method turns the amount and the weights into exactly these
 * amounts, at whole kronor. The answer is the method's word in Excel's language ("största rest",
 * "justera största", "avrunda"), a word FÖRDELA's method argument takes back in either language,
 * so `=FÖRDELA(B1; B3:B23; METOD(B1; B3:B23; C3:C23))` redoes the table. When no method
 * reproduces every row: #N/A, naming the closest method and how many rows it gets wrong.
 *
 * Imports `identifyMethod` from its own module, not the review's index, so the functions bundle
 * gets the engine it already has and not the table reader or the report review.
 */
export function methodCells(amount: Cell, weights: Cell, table: Cell): Outcome<string> {
  return guard(() => {
    const w = vector(weights, LABELS.weights);
    const t = vector(table, LABELS.table);
    const total = readAmount(amount, LABELS.amount);
    const found = unwrap(
      identifyMethod({
        amount: total,
        weights: w.cells.map((c, i) => readWeight(c, w.label(LABELS.weights, i))),
        published: t.cells.map((c, i) => readAmount(c, t.label(LABELS.table, i))),
      }),
    );
    if (found.method !== null) return METHOD_NAMES[found.method][messageLanguage()];
    return fail(issue('METHOD_NOT_REPRODUCED', { rows: found.deviatingRows, closest: METHOD_NAMES[found.closest] }));
  });
}
