import { listAgreements, parseAgreement, type AgreementJson } from '../../src/core/agreements';
import { holidayName, isWorkingDay, lastWorkingDay } from '../../src/core/calendar';
import { agreementDeadlines, deadlineStatus, deadlinesToIcs, deadlinesToJson } from '../../src/core/deadlines';
import { baseAgreement } from '../checks/fixtures';

// The calendar's own tests (dates, serials, the holiday rules against date-holidays) sit beside it in src/core/calendar.
describe('Swedish holidays and working days, as the deadlines use them', () => {
  it.each([
    // Easter in March (2024) and in April (2023, 2025)
    ['2024-03-29', 'Långfredagen', '2024-03-28'],
    ['2024-03-31', 'Påskdagen', '2024-03-28'],
    ['2024-04-01', 'Annandag påsk', '2024-03-28'],
    ['2023-04-07', 'Långfredagen', '2023-04-06'],
    ['2023-04-10', 'Annandag påsk', '2023-04-06'],
    ['2025-04-21', 'Annandag påsk', '2025-04-17'],
    ['2025-05-29', 'Kristi himmelsfärdsdag', '2025-05-28'],
    // The eves that are not working days in practice
    ['2023-06-23', 'Midsommarafton', '2023-06-22'],
    ['2024-06-21', 'Midsommarafton', '2024-06-20'],
    ['2025-12-24', 'Julafton', '2025-12-23'],
    ['2024-12-31', 'Nyårsafton', '2024-12-30'],
    // Across the year end: nyårsdagen back to the last working day of the old year
    ['2025-01-01', 'Nyårsdagen', '2024-12-30'],
    ['2024-01-01', 'Nyårsdagen', '2023-12-29'],
    ['2024-06-06', 'Nationaldagen', '2024-06-05'],
  ])('%s is %s; the last working day on or before it is %s', (date, name, last) => {
    expect(holidayName(date)).toBe(name);
    expect(isWorkingDay(date)).toBe(false);
    expect(lastWorkingDay(date)).toBe(last);
  });

  it('treats weekends as non-working without naming them, and ordinary days as working', () => {
    expect(holidayName('2023-09-30')).toBeUndefined();
    expect(isWorkingDay('2023-09-30')).toBe(false);
    expect(lastWorkingDay('2023-09-30')).toBe('2023-09-29');
    expect(isWorkingDay('2024-03-28')).toBe(true);
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(lastWorkingDay('2024-02-29')).toBe('2024-02-29');
  });
});

describe('deadline status', () => {
  it.each([
    ['2023-12-01', '2023-12-02', 'passed', -1],
    ['2023-12-01', '2023-12-01', 'due-soon', 0],
    ['2023-12-01', '2023-11-01', 'due-soon', 30],
    ['2023-12-01', '2023-10-31', 'upcoming', 31],
    // across a year end
    ['2024-01-15', '2023-12-20', 'due-soon', 26],
    ['2023-12-31', '2024-01-02', 'passed', -2],
    // in a leap year: 29 February counts
    ['2024-03-15', '2024-02-14', 'due-soon', 30],
    ['2023-03-15', '2023-02-13', 'due-soon', 30],
  ] as const)('due %s, today %s: %s, %i days left', (date, today, status, daysLeft) => {
    expect(deadlineStatus(date, today)).toEqual({ status, daysLeft, daysLeftToLastWorkingDay: daysLeft });
  });

  it('counts the status to the last working day when the date is a weekend or holiday', () => {
    // Easter Sunday 2024; Good Friday is a holiday too, so Maundy Thursday is the last working day.
    expect(deadlineStatus('2024-03-31', '2024-03-29', '2024-03-28')).toEqual({ status: 'passed', daysLeft: 2, daysLeftToLastWorkingDay: -1 });
    expect(deadlineStatus('2024-03-31', '2024-03-28', '2024-03-28')).toEqual({ status: 'due-soon', daysLeft: 3, daysLeftToLastWorkingDay: 0 });
    const a = listAgreements()[0]!;
    const json = deadlinesToJson(agreementDeadlines(a, '2024-03-29'));
    expect(json.deadlines.find((d) => d.id === 'aterbetalning')).toMatchObject({ status: 'passed', daysLeft: 2, daysLeftToLastWorkingDay: -1, lastWorkingDay: '2024-03-28' });
  });

  it('lists the 2023 agreement: the reports due on Easter Sunday 2024 fall back to Maundy Thursday', () => {
    const a = listAgreements()[0]!;
    const json = deadlinesToJson(agreementDeadlines(a, '2023-11-15'));
    expect(json.deadlines.map((d) => [d.id, d.status, d.daysLeft])).toEqual([
      ['avstamning-lakemedel-maj', 'passed', -168],
      ['delrapport-vardforlopp', 'passed', -46],
      ['rekvisition', 'due-soon', 16],
      ['aterbetalning', 'upcoming', 137],
      ['ekonomisk-redovisning-skr', 'upcoming', 137],
      ['slutrapport-antibiotika', 'upcoming', 137],
      ['slutrapport-kvalitetsregister', 'upcoming', 137],
      ['slutrapport-lakemedelsinformation', 'upcoming', 137],
      ['slutrapport-sallsynta', 'upcoming', 137],
      ['verksamhetsrapport-vardforlopp', 'upcoming', 137],
    ]);
    expect(json.deadlines[3]).toEqual({
      id: 'aterbetalning',
      kind: 'repayment',
      date: '2024-03-31',
      status: 'upcoming',
      daysLeft: 137,
      nonWorkingDay: true,
      holiday: 'Påskdagen',
      lastWorkingDay: '2024-03-28',
      daysLeftToLastWorkingDay: 134,
      recipient: 'Kammarkollegiet',
      areas: ['antibiotika', 'kvalitetsregister', 'lakemedelsinformation', 'sallsynta-halsotillstand', 'vardforlopp'],
      precision: 'day',
      title: 'Återbetalning av medel som inte använts för avsett ändamål',
    });
    expect(json.deadlines[1]).toMatchObject({ date: '2023-09-30', nonWorkingDay: true, holiday: null, lastWorkingDay: '2023-09-29' });
    expect(json.deadlines[0]).toMatchObject({ date: '2023-05-31', precision: 'month' });
  });

  it('orders deadlines by date and keeps document order on ties', () => {
    const json: AgreementJson = baseAgreement();
    json.deadlines.reverse();
    const a = parseAgreement(json);
    if (!a.ok) throw new Error('invalid');
    expect(agreementDeadlines(a.value, '2023-01-01').map((d) => d.id)).toEqual(['rek', 'slut']);
  });
});

describe('iCalendar export', () => {
  const a = listAgreements()[0]!;
  const ics = deadlinesToIcs(a, agreementDeadlines(a, '2023-11-15'), '2023-11-15');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');

  it('writes one all-day event per deadline with stable UIDs', () => {
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(unfolded).toContain('UID:sammanhallen-vard-2023.rekvisition@bidragskollen');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20231201');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20231202');
    expect(unfolded).toContain('DTSTAMP:20231115T000000Z');
  });

  it('says what is due, for which agreement, and the working day to aim for', () => {
    expect(unfolded).toContain('SUMMARY:Rekvisition: Rekvisition av medlen till Kammarkollegiet');
    expect(unfolded).toContain('Överenskommelse om sammanhållen\\, jämlik och säker vård 2023');
    expect(unfolded).toContain('2024-03-31 är Påskdagen: sista arbetsdag före är 2024-03-28.');
    // the month-only check-in spans May
    expect(unfolded).toMatch(/DTSTART;VALUE=DATE:20230501\r\nDTEND;VALUE=DATE:20230601/);
  });

  it('is the same every time for the same input', () => {
    expect(deadlinesToIcs(a, agreementDeadlines(a, '2023-11-15'), '2023-11-15')).toBe(ics);
  });
});
