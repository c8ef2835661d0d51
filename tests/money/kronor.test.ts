import { Dec, formatKronor } from '../../src/core/money';

describe('formatKronor', () => {
  it.each([
    ['62500000', '62 500 000 kr'],
    ['1234567.5', '1 234 567,5 kr'],
    ['0', '0 kr'],
  ])('%s reads %s', (value, text) => {
    expect(formatKronor(new Dec(value)).replace(/\s/g, ' ')).toBe(text);
  });
});
