import { issueText } from '../result';
import { DEFAULT_POPULATION_TABLE_ID } from '../reference';
import { DEFAULT_SETTINGS, loadStored, parseSettings, PROFILE_KIND, SETTINGS_KIND, settingsPopulation } from '.';

describe('stored settings and profile', () => {
  it('say which field is wrong and what to write, from one validation, in the language shown', () => {
    const r = parseSettings({ ...DEFAULT_SETTINGS, method: 'gissa', unitExponent: 2 });
    if (r.ok) throw new Error('expected issues');
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['SETTINGS_FIELD', ['method']],
      ['SETTINGS_FIELD', ['unitExponent']],
    ]);
    expect(issueText(r.issues[1]!)).toBe('Fältet unitExponent: skriv ett av: "-2", "0", "3".');
    expect(issueText(r.issues[1]!, 'en')).toBe('The field unitExponent: write one of: "-2", "0", "3".');
  });

  it('fall back to the defaults with the cause rendered inside the message, each language its own', () => {
    const loaded = loadStored(PROFILE_KIND, { version: 1, data: { epost: 5 } });
    expect(loaded.value).toEqual({});
    expect(loaded.backup?.key).toBe('bidragskollen.profile.backup');
    expect(loaded.issue?.code).toBe('STORED_INVALID');
    expect(issueText(loaded.issue!)).toMatch(/^Profilen som sparats i arbetsboken gick inte att läsa: Profilen, fältet epost: här ska stå text inom citattecken, inte ett tal\. Standardvärdena/);
    expect(issueText(loaded.issue!, 'en')).toMatch(/^The profile saved in the workbook could not be read: The profile, field epost: this must be text in quotes, not a number\. The defaults/);
  });

  it('name an unreadable envelope and another version without a cause', () => {
    expect(issueText(loadStored(SETTINGS_KIND, 'x').issue!, 'en')).toMatch(/^The settings saved in the workbook could not be read \(unknown format\)\. /);
    const old = loadStored(SETTINGS_KIND, { version: 7, data: {} });
    expect([old.issue?.code, old.value]).toEqual(['STORED_OUTDATED', DEFAULT_SETTINGS]);
    expect(issueText(old.issue!)).toMatch(/^Inställningarna i arbetsboken är sparade av en annan version av Bidragskollen \(version 7\)/);
  });
});

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
