export { buildWorkbook, type BuildResult, type SheetReport } from './workbook';
export { writeTemplatesToFile, writeFileAtomic } from './file';
export { checkPackage } from './preflight';
export { excelSerial, fromExcelSerial } from './serial';
export { MARKER_CELL, MARKER_PREFIX } from './render';
export { INPUT_FILL } from './styles';
