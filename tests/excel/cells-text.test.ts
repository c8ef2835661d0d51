import fc from 'fast-check';
import { textInput } from '../../src/excel/cells';
import { excelRunner, FakeWorkbook } from '../support/fake-excel';

// Text from a profile, a user's CSV or an imported agreement that Excel would turn into something else.
const CONVERTED = ['SANT', 'falskt', 'TRUE', 'False', '#N/A', '#SAKNAS!', '#VALUE!', '#DIV/0!', '(2024)', 'maj 2024', 'Jan-24', 'december 2023', '$100', '€5', '£3', '50%', '1/2', '3 1/4', '01', '2023-12-01', ' 1', '=1', "'x"];
const PLAIN = ['Region Halland', 'Bidragsmottagare', 'SKR', 'Kvinnors hälsa', 'Sant eller falskt?', 'Majoriteten', ''];

describe('text written as text', () => {
  it.each(CONVERTED)('prefixes %p, which Excel would convert', (s) => expect(textInput(s)).toBe(`'${s}`));
  it.each(PLAIN)('leaves %p as it is', (s) => expect(textInput(s)).toBe(s));

  it('shows every text as typed, through the fake Excel', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CONVERTED, ...PLAIN), fc.string(), async (head, tail) => {
        const text = head + tail;
        const wb = new FakeWorkbook();
        await excelRunner(wb)(async (ctx: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { formulas: unknown[][] } } } }; sync(): Promise<void> }) => {
          ctx.workbook.worksheets.getItem('Blad1').getRange('A1').formulas = [[textInput(text)]];
          await ctx.sync();
        });
        const input = wb.sheet('Blad1')!.cells.get('A1')!.input;
        expect(wb.sheet('Blad1')!.value('A1')).toBe(text === '' ? null : text);
        // Either it is prefixed, or it starts with nothing Excel would read as a value.
        if (input !== text) expect(input).toBe(`'${text}`);
        else expect(text).not.toMatch(/^[\s=+\-@'#($€£¥\d.,]|^(sant|falskt|true|false)$/i);
      }),
      { numRuns: 200 },
    );
  });
});
