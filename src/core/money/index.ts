export { Dec, ZERO, sum, isDecimal, fromSpreadsheetNumber, type DecimalInput } from './decimal';
export {
  ROUNDING_MODES,
  roundTo,
  roundHalfAwayFromZero,
  type RoundingMode,
} from './rounding';
export { parseAmount, parseNumber, type ParseOptions } from './parse';
export { formatAmount, formatAmountPlain, type FormatOptions } from './format';
export { formatKronor } from './kronor';
export {
  UNITS,
  parseUnit,
  unitValue,
  unitDecimals,
  unitLabel,
  unitString,
  MIN_UNIT_EXPONENT,
  MAX_UNIT_EXPONENT,
  type Unit,
} from './unit';
