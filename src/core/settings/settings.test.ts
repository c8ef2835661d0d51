import { DEFAULT_POPULATION_TABLE_ID } from '../reference';
import { DEFAULT_SETTINGS, parseSettings, settingsPopulation } from '.';

describe('the population table in the settings', () => {
  it('defaults to the one default table and is what a distribution reads', () => {
    expect(DEFAULT_SETTINGS.population).toEqual({ kind: 'builtin', table: DEFAULT_POPULATION_TABLE_ID });
    expect(settingsPopulation(DEFAULT_SETTINGS).id).toBe(DEFAULT_POPULATION_TABLE_ID);
  });

  it('reads the stored built-in table, municipalities included', () => {
    const s = parseSettings({ ...DEFAULT_SETTINGS, population: { kind: 'builtin', table: 'scb-kommuner-2025-12-31' } });
    if (!s.ok) throw new Error('refused');
    const t = settingsPopulation(s.value);
    expect([t.id, t.level, t.rows.length, t.referenceDate]).toEqual(['scb-kommuner-2025-12-31', 'kommuner', 290, '2025-12-31']);
  });

  it('refuses a stored table id that is not built in, rather than silently using another', () => {
    const s = parseSettings({ ...DEFAULT_SETTINGS, population: { kind: 'builtin', table: 'scb-lan-1999-12-31' } });
    expect(s.ok ? [] : s.issues.map((i) => [i.code, i.path])).toEqual([['SETTINGS_FIELD', ['population', 'table']]]);
  });
});
