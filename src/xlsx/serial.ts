// The one Excel serial converter lives in the core calendar; the writer and its readers use it from here.
export { excelSerial, fromExcelSerial } from '../core/calendar';
