import fc from 'fast-check';
import { definedNames, markerId, markerValue, readRegistry, registryName, registryRef } from './identity';
import type { Sheet } from './types';

const sheet: Sheet = {
  id: 'rekvisition:avtal:13',
  sheetName: 'Rekv 13 Halland',
  namePrefix: 'bk_rekv_avtal_13',
  columns: [10],
  cells: [
    { ref: 'B2', value: { t: 'empty' }, style: 'input', input: { key: 'kontaktperson', kind: 'text' } },
    { ref: 'D9', value: { t: 'formula', f: 'SUM(D5:D8)' }, style: 'total', anchor: 'line:a-regioner' },
    { ref: 'A1', value: { t: 'text', v: 'Rubrik' }, style: 'title' },
  ],
  print: { paper: 'A4', orientation: 'portrait', area: 'A1:D9' },
  protect: true,
};

describe('sheet identity', () => {
  it('reads back any id from its registry name, also a second sheet with the same id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }), (id) => {
        const first = registryName(id);
        const second = registryName(id, [first.toUpperCase()]);
        expect(first).toMatch(/^bk_ark_[A-Za-z0-9_]+$/);
        expect(second).not.toBe(first);
        expect(readRegistry([first, second].map((name) => ({ name, formula: `=${registryRef("Blad 'ett'")}` })))).toEqual([
          { name: first, sheet: "Blad 'ett'", id },
          { name: second, sheet: "Blad 'ett'", id },
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('counts only names that refer to a marker cell on a sheet', () => {
    const name = registryName('a:b');
    expect(readRegistry([{ name, formula: "='Blad'!$AZ$2" }])).toEqual([]);
    expect(readRegistry([{ name, formula: '=#REF!' }])).toEqual([]);
    expect(readRegistry([{ name: 'bk_ark_not valid', formula: "='Blad'!$AZ$1" }])).toEqual([]);
    expect(readRegistry([{ name: 'Moms', formula: "='Blad'!$AZ$1" }])).toEqual([]);
  });

  it('marks a sheet with its id and reads nothing else as a marker', () => {
    expect(markerId(markerValue('x:y'))).toBe('x:y');
    expect(markerId('bidragskollen')).toBeUndefined();
    expect(markerId(42)).toBeUndefined();
  });

  it('gives input and anchored cells their names, the same for both writers', () => {
    expect(definedNames(sheet)).toEqual([
      { name: 'bk_rekv_avtal_13_kontaktperson', ref: 'B2', input: 'kontaktperson' },
      { name: 'bk_rekv_avtal_13_line_a_regioner', ref: 'D9' },
    ]);
  });
});
