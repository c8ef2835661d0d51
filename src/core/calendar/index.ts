export * from './date';
export { excelSerial, fromExcelSerial, toExcelSerial, FIRST_UNAMBIGUOUS_SERIAL, MAX_EXCEL_SERIAL } from './excel-serial';
export { CALENDAR_RANGE, inCalendarRange } from './range';
export { easterSunday, holidayName } from './swedish-holidays';
export { isWorkingDay, lastWorkingDay } from './working-days';
