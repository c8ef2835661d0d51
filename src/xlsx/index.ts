export { buildWorkbook, type BuildResult, type SheetReport } from './workbook';
export { writeSheetsToFile, writeFileAtomic } from './file';
export { checkPackage } from './preflight';
export { excelSerial, fromExcelSerial } from './serial';
export { INPUT_FILL } from './styles';
