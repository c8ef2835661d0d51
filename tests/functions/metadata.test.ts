import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_NAME, localizeMetadata, PARAMETER_NAME, type FunctionsMetadata } from '../../src/functions/metadata/localize';
import { SWEDISH } from '../../src/functions/metadata/sv';
import { readDist } from '../support/addin-dist';

const GOLDEN = join(__dirname, 'golden');
const IDS = ['DISTRIBUTE', 'EQUALSHARES', 'POPULATION', 'CHECKTOTAL', 'UNSPENT', 'DAYSLEFT', 'DEADLINE', 'LASTWORKDAY', 'AGREEMENT', 'METHOD'];
const FILES = ['functions.json', 'functions.sv-SE.json'] as const;
const english = JSON.parse(readDist('functions.json')) as FunctionsMetadata;
const swedish = JSON.parse(readDist('functions.sv-SE.json')) as FunctionsMetadata;

const BUILT_IN = new Set(
  readFileSync(join(__dirname, 'fixtures', 'excel-builtin-functions.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.toLocaleUpperCase('sv-SE')),
);

describe('the generated metadata', () => {
  // UPDATE_GOLDEN=1 npm test -- metadata rewrites the golden files after a deliberate change.
  test.each(FILES)('%s matches its golden file', (file) => {
    const built = readDist(file);
    const golden = join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, built);
    expect(existsSync(golden)).toBe(true);
    expect(JSON.parse(built)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  test('English and Swedish have the same ids, in the same order, with the same parameters and types', () => {
    expect(swedish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    swedish.functions.forEach((sv, i) => {
      const en = english.functions[i];
      expect(sv.parameters.length).toBe(en?.parameters.length);
      const shape = (f: typeof sv) => ({ ...f, name: '', description: '', parameters: f.parameters.map((p) => ({ ...p, name: '', description: '' })) });
      expect(shape(sv)).toEqual(shape(en as typeof sv));
    });
  });

  test('the ids (the nine of the first issue and METHOD of issue 11), each the English name, each translated', () => {
    expect(english.functions.map((f) => f.id)).toEqual(IDS);
    expect(Object.keys(SWEDISH).sort()).toEqual([...IDS].sort());
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  test('every name, function or parameter, is a valid Excel name, in both languages', () => {
    for (const f of [...english.functions, ...swedish.functions]) {
      expect(f.name).toMatch(FUNCTION_NAME);
      expect(f.description?.length).toBeGreaterThan(10);
      for (const p of f.parameters) {
        expect(p.name).toMatch(PARAMETER_NAME);
        expect(p.description?.length).toBeGreaterThan(5);
      }
    }
  });

  test('no name is a built-in Excel function, in English or Swedish', () => {
    expect(BUILT_IN.size).toBeGreaterThan(500);
    for (const known of ['SUMMA', 'OM', 'AVRUNDA', 'VÄLJ', 'SUM', 'ROUND', 'LETARAD', 'XLETAUPP', 'NETTOARBETSDAGAR']) expect(BUILT_IN.has(known)).toBe(true);
    const names = [...english.functions, ...swedish.functions].map((f) => f.name.toLocaleUpperCase('sv-SE'));
    expect(names).toHaveLength(20);
    expect(names.filter((n) => BUILT_IN.has(n))).toEqual([]);
    expect(BUILT_IN.has('BIDRAG')).toBe(false);
  });

  test('a translation that does not fit the functions fails the build step', () => {
    const { errors } = localizeMetadata(english, {
      ...SWEDISH,
      DISTRIBUTE: { ...SWEDISH.DISTRIBUTE, name: '1FEL', parameters: SWEDISH.DISTRIBUTE.parameters.slice(0, 3) },
      EXTRA: { name: 'EXTRA', description: 'x', parameters: [] },
    });
    expect(errors).toEqual([
      'EXTRA: translated but not in the metadata',
      'DISTRIBUTE: "1FEL" is not a valid function name',
      'DISTRIBUTE: 3 translated parameters, the function has 4',
    ]);
    const { EQUALSHARES: _dropped, ...missing } = SWEDISH;
    expect(localizeMetadata(english, missing).errors).toEqual(['EQUALSHARES: no translation']);
  });
});
