import { issueText } from '../../src/core/result';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findAmounts, readDecisionText } from '../../src/core/import';
import { CORPUS_EXPECTED } from './corpus-expected';
import { percent } from './figures';
import { CATALOG_ENTRY, CORPUS, OVERVIEW_SEED, readText } from './seed-support';

/** The corpus files' first line says where the text was published; it is not part of the decision. */
const decisionText = (file: string) => readText(join(CORPUS, file)).replace(/^# source:.*\n/, '');

describe('the payout decisions of the corpus, read in decision mode', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

  it('knows what every corpus file should give', () => {
    expect(Object.keys(CORPUS_EXPECTED).sort()).toEqual(files);
  });

  it('finds their amounts, payees and dates (recall printed; amounts at least 95 %)', () => {
    let amounts = 0, amountsFound = 0, payees = 0, payeesFound = 0, dates = 0, datesFound = 0, extra = 0;
    const misses: string[] = [];
    for (const file of files) {
      const expected = CORPUS_EXPECTED[file]!;
      const r = readDecisionText(decisionText(file));
      if (!r.ok) throw new Error(`${file}: ${r.issues.map((i) => issueText(i)).join()}`);
      const found = r.value.payments.map((p) => ({ amount: p.amount.toFixed(), recipient: p.recipient }));
      for (const [amount, recipient] of expected.payments) {
        amounts++;
        const hit = found.find((f) => f.amount === amount);
        if (hit) amountsFound++;
        else misses.push(`${file}: belopp ${amount}`);
        if (recipient !== null) {
          payees++;
          if (found.some((f) => f.amount === amount && f.recipient === recipient)) payeesFound++;
          else misses.push(`${file}: ${amount} till ${recipient} (fick ${found.filter((f) => f.amount === amount).map((f) => f.recipient).join(', ') || 'inget'})`);
        }
      }
      extra += new Set(found.map((f) => f.amount)).size - new Set(found.map((f) => f.amount).filter((a) => expected.payments.some(([e]) => e === a))).size;
      const foundDates = new Set(r.value.dates.map((d) => d.date));
      for (const d of expected.dates) {
        dates++;
        if (foundDates.has(d)) datesFound++;
        else misses.push(`${file}: datum ${d}`);
      }
      for (const p of r.value.payments) expect(findAmounts(p.source.quote).some((a) => a.value.eq(p.amount))).toBe(true);
    }
    console.log(
      `Beslutskorpus (${files.length} beslut): belopp ${percent(amountsFound / amounts)} (${amountsFound}/${amounts}), mottagare ${percent(payeesFound / payees)} (${payeesFound}/${payees}), datum ${percent(datesFound / dates)} (${datesFound}/${dates}); ${extra} belopp utöver de väntade` +
        (misses.length ? `\nMissar:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(amountsFound / amounts).toBeGreaterThanOrEqual(0.95);
    expect(payeesFound / payees).toBeGreaterThanOrEqual(0.9);
    expect(datesFound / dates).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the appropriation a decision states', () => {
    const r = readDecisionText(decisionText('rb-2024-andring-utbetalning-okad-tillganglighet.txt'));
    expect(r.ok && r.value.appropriation).toMatchObject({ utgiftsomrade: 9, anslag: '1:11', anslagspost: 1 });
  });
});

describe('the overview seed (004): the amounts the catalog quotes from it', () => {
  it('finds every amount the catalog cites from the overview (recall printed)', () => {
    const catalogDir = join(CATALOG_ENTRY, '..');
    const cited: { amount: string; quote: string }[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const src = o.source as { document?: string; quote?: string } | undefined;
        if (typeof o.amount === 'string' && src?.document === '004_1c4d455a67be2f7a.txt' && src.quote) cited.push({ amount: o.amount, quote: src.quote });
        Object.values(o).forEach(collect);
      }
    };
    for (const f of readdirSync(catalogDir).filter((x) => x.endsWith('.json'))) collect(JSON.parse(readText(join(catalogDir, f))));
    const mentions = findAmounts(readText(OVERVIEW_SEED)).map((a) => a.value.toFixed());
    const found = cited.filter((c) => mentions.includes(c.amount));
    const missed = cited.filter((c) => !mentions.includes(c.amount)).map((c) => `${c.amount}: ${c.quote}`);
    console.log(`Översikten 004: ${percent(found.length / cited.length)} (${found.length}/${cited.length}) av katalogens belopp därifrån hittade${missed.length ? `\nMissar:\n  ${missed.join('\n  ')}` : ''}`);
    expect(cited.length).toBeGreaterThanOrEqual(8);
    expect(missed).toEqual([]);
  });
});
