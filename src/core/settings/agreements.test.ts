import { getAgreement, serializeAgreement } from '../agreements';
import { issueText } from '../result';
import { AGREEMENTS_KIND, agreementsEnvelope, loadStored } from '.';

const builtin = () => {
  const a = getAgreement('okad-tillganglighet-2023');
  if (!a.ok) throw new Error('catalog');
  return a.value;
};

describe('agreements stored in the workbook', () => {
  it('come back as they were saved, amounts exact', () => {
    const a = { ...builtin(), id: 'egen-2026' };
    const stored = JSON.parse(JSON.stringify(agreementsEnvelope([a]))) as unknown;
    const loaded = loadStored(AGREEMENTS_KIND, stored);
    expect(loaded.issue).toBeUndefined();
    expect(loaded.value.map((x) => serializeAgreement(x))).toEqual([serializeAgreement(a)]);
  });

  it('nothing stored is no agreements, quietly', () => {
    expect(loadStored(AGREEMENTS_KIND, undefined)).toEqual({ value: [] });
  });

  it('an entry that is not an agreement makes the value unreadable, kept aside under the backup key', () => {
    const good = agreementsEnvelope([builtin()]);
    const raw = { version: 1, data: [...(good.data as unknown[]), { schemaVersion: 1, id: 'Fel id' }] };
    const loaded = loadStored(AGREEMENTS_KIND, raw);
    expect(loaded.value).toEqual([]);
    expect(loaded.backup).toEqual({ key: 'bidragskollen.agreements.backup', raw });
    expect(issueText(loaded.issue!)).toMatch(/^Överenskommelserna som sparats i arbetsboken gick inte att läsa: /);
  });

  it('a value that is not a list is refused with the field named', () => {
    const loaded = loadStored(AGREEMENTS_KIND, { version: 1, data: 'x' });
    expect(loaded.issue?.code).toBe('STORED_INVALID');
    expect(loaded.value).toEqual([]);
  });
});
