export { buildWorkbook, type BuildResult, type SheetReport } from './workbook';
export { writeSheetsToFile, writeFileAtomic } from './file';
export { checkRoundTrip } from './preflight';
export { excelSerial, fromExcelSerial } from './serial';
export { INPUT_FILL } from './styles';
