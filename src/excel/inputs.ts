import { VALIDATION_ERRORS as E, type ValidationRule } from '../core/sheet';

/**
 * A validation and prompt as Office.js sets them ("Add data validation to Excel ranges",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation): one kind of
 * rule at a time (`DataValidationRule`), a list's `source` a comma-separated string
 * (`ListDataValidation.source`, https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation;
 * Excel keeps at most 255 characters of it, which every list of ours stays under). The .xlsx writer
 * gives the same cells the same rules.
 */
export function applyValidation(range: Excel.Range, rule: ValidationRule): void {
  const dv = range.dataValidation;
  const v = rule.validation;
  const style = rule.alert === 'warning' ? 'Warning' : 'Stop';
  if (v) {
    switch (v.type) {
      case 'list':
        dv.rule = { list: { inCellDropDown: true, source: v.options.join(',') } };
        dv.errorAlert = { showAlert: true, style, title: E.title, message: v.options.join(' / ') };
        break;
      case 'amount':
        dv.rule = { decimal: { formula1: v.min ?? -1e15, operator: 'GreaterThanOrEqualTo' } };
        dv.errorAlert = { showAlert: true, style, title: E.title, message: E.amount };
        break;
      case 'date':
        dv.rule = { date: { formula1: E.earliestDate, operator: 'GreaterThan' } };
        dv.errorAlert = { showAlert: true, style, title: E.title, message: E.date };
        break;
    }
  }
  if (rule.prompt) dv.prompt = { showPrompt: true, title: E.title, message: rule.prompt.slice(0, E.maxPrompt) };
}
