export * from './date';
export { excelSerial, fromExcelSerial, toExcelSerial, FIRST_UNAMBIGUOUS_SERIAL, MAX_EXCEL_SERIAL } from './excel-serial';
export { CALENDAR_RANGE, easterSunday, holidayName, inCalendarRange } from './swedish-holidays';
export { isWorkingDay, lastWorkingDay } from './working-days';
