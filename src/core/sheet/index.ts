export * from './types';
export { columnLetters, columnNumber, cellRef, parseCell, parseRange, rangeRef, cellsOf, quoteSheet, absoluteRef, splitAddress, resolveSheetRefs, type Box } from './a1';
export { FORMAT, SheetBuilder, text, amount, number, approx, date, formula, EMPTY, translator, type Tr } from './builder';
export { STYLES, INPUT_FILL, GRID_LINE, STRONG_LINE, charsToPoints, type StyleSpec } from './styles';
export { MAX_SHEET_NAME, freeName, freeWorkbookName, nameSafe } from './names';
export {
  MARKER_CELL,
  AUDIT_CELL,
  MARKER_PREFIX,
  REGISTRY_PREFIX,
  markerValue,
  markerId,
  sheetId,
  namePrefix,
  cellName,
  definedNames,
  registryName,
  registryRef,
  readRegistry,
  type RegistryEntry,
} from './identity';
export { sheetRanges, blockAddress, splitBlock, estimateBytes, type Block, type SheetRanges } from './ranges';
export { cellNumber, NotExactError } from './numbers';
