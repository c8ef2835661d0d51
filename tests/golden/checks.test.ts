import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listAgreements } from '../../src/core/agreements';
import { checkAgreement, issuesToJson } from '../../src/core/checks';

/**
 * The check results on the built-in catalog, pinned. After a deliberate change, regenerate with
 * `npm run golden` (UPDATE_GOLDEN=1) and review the diff: it is what the product tells users.
 */
const DIR = join(__dirname, 'checks');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden check results on the built-in catalog', () => {
  it.each(listAgreements().map((a) => a.id))('%s', (id) => {
    const agreement = listAgreements().find((a) => a.id === id)!;
    const actual = JSON.stringify(issuesToJson(checkAgreement(agreement)), null, 2) + '\n';
    const file = join(DIR, `${id}.json`);
    if (update) writeFileSync(file, actual, 'utf8');
    expect(existsSync(file)).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
