import { VALIDATION_ERRORS as E, type InputSpec } from '../core/sheet';

/** An input cell's validation and prompt as Office.js sets them; the .xlsx writer gives the same cells the same rules. */
export function applyValidation(range: Excel.Range, input: InputSpec): void {
  const dv = range.dataValidation;
  const v = input.validation;
  if (v) {
    switch (v.type) {
      case 'list':
        dv.rule = { list: { inCellDropDown: true, source: v.options.join(',') } };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: E.title, message: v.options.join(' / ') };
        break;
      case 'amount':
        dv.rule = { decimal: { formula1: v.min ?? -1e15, operator: 'GreaterThanOrEqualTo' } };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: E.title, message: E.amount };
        break;
      case 'date':
        dv.rule = { date: { formula1: E.earliestDate, operator: 'GreaterThan' } };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: E.title, message: E.date };
        break;
    }
  }
  if (input.prompt) dv.prompt = { showPrompt: true, title: E.title, message: input.prompt.slice(0, E.maxPrompt) };
}
