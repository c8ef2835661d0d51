import { getAgreement } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { cellRef } from '../../src/core/sheet';
import { agreementSheet, readAgreementSheet, sheetValues, type CellInput } from '../../src/core/templates';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };
const agreement = (() => {
  const a = getAgreement('sammanhallen-vard-2023');
  if (!a.ok) throw new Error();
  return a.value;
})();
const SHEET = 'Överenskommelse';

/** A fresh grid of the sheet's values, and the address of the first cell holding `value` (in column `col` when given). */
function grid() {
  const g = sheetValues(agreementSheet(agreement, 'sv', STAMP));
  const find = (value: CellInput, col?: number) => {
    for (let r = 0; r < g.length; r++)
      for (let c = 0; c < (g[r]?.length ?? 0); c++) if (g[r]?.[c] === value && (col === undefined || c + 1 === col)) return { r, c, ref: cellRef(c + 1, r + 1) };
    throw new Error(`not found: ${String(value)}`);
  };
  const set = (at: { r: number; c: number }, v: CellInput) => ((g[at.r] as CellInput[])[at.c] = v);
  return { g, find, set };
}

function issues(g: CellInput[][]) {
  const r = readAgreementSheet(g, { sheetName: SHEET });
  if (r.ok) throw new Error('read although broken');
  return r.issues;
}

describe('reading a broken agreement sheet names the cell', () => {
  it('an amount cell holding text, in Swedish and English', () => {
    const { g, find, set } = grid();
    const at = find('antibiotika', 2);
    const amount = { r: at.r, c: 4 };
    set(amount, '12,5x');
    const [issue, ...rest] = issues(g);
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('AMOUNT');
    expect(issueText(issue!, 'sv')).toBe(`${SHEET}!${cellRef(5, at.r + 1)}: beloppet ”12,5x” går inte att läsa. Skriv kronor som 1 234 567 eller 1 234 567,50, eller lämna tomt om det inte anges.`);
    expect(issueText(issue!, 'en')).toMatch(new RegExp(`^${SHEET}!E${at.r + 1}: the amount "12,5x" cannot be read`));
  });

  it('a Swedish amount as typed is read exactly: "3 000 000,50" and "12,5 mnkr"', () => {
    const { g, find, set } = grid();
    const at = find('antibiotika', 2);
    set({ r: at.r, c: 4 }, '3 000 000,50');
    set({ r: find('kvalitetsregister', 2).r, c: 4 }, '168 mnkr');
    const r = readAgreementSheet(g, { sheetName: SHEET });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
    expect(r.value.areas[0]?.amount).toBe('3000000.5');
    expect(r.value.areas[1]?.amount).toBe('168000000');
  });

  it('a typed-over header', () => {
    const { g, find, set } = grid();
    const at = find('Belopp, kr', 5);
    set(at, 'Summa');
    const found = issues(g);
    expect(found.map((i) => i.code)).toEqual(['HEADER_CHANGED']);
    expect(issueText(found[0]!)).toBe(`${SHEET}!${at.ref}: kolumnrubriken ska vara ”Belopp, kr” men är ”Summa”. Skriv tillbaka rubriken; bladet läses efter rubrikerna.`);
  });

  it('a section heading typed over', () => {
    const { g, find, set } = grid();
    set(find('Tidsfrister', 1), 'Frister');
    expect(issues(g).map((i) => [i.code, issueText(i, 'en')])).toEqual([['SECTION_MISSING', expect.stringContaining('the section "Deadlines" is not found in column A')]]);
  });

  it('a duplicated area id names both cells', () => {
    const { g, find, set } = grid();
    const first = find('antibiotika', 2);
    const second = find('kvalitetsregister', 2);
    set(second, 'antibiotika');
    const found = issues(g);
    expect(found.map((i) => i.code)).toContain('DUPLICATE_ID');
    expect(found.map((i) => issueText(i))).toContain(`${SHEET}!${second.ref}: id ”antibiotika” används redan i ${SHEET}!${first.ref}. Ge raden ett eget id.`);
  });

  it('a missing required field, and a parent that does not exist', () => {
    const { g, find, set } = grid();
    const title = find('Överenskommelse om sammanhållen, jämlik och säker vård 2023', 2);
    set(title, null);
    const line = find('strama-utvecklingsinsatser', 2);
    set({ r: line.r, c: 2 }, 'finns-inte');
    const found = issues(g);
    expect(found.map((i) => issueText(i))).toEqual([
      `${SHEET}!${title.ref}: Titel måste fyllas i.`,
      `${SHEET}!${cellRef(3, line.r + 1)}: raden ska ingå i ”finns-inte”, men det finns inget område eller rad med det id:t ovanför.`,
    ]);
  });

  it("the agreement format's own rules, at the cell: an id with capitals, an unknown county, a deadline for no area", () => {
    const { g, find, set } = grid();
    const id = find('antibiotika', 2);
    set(id, 'Antibiotika');
    // its lines name it as their parent
    for (const row of g) {
      if (row[2] === 'antibiotika') row[2] = 'Antibiotika';
      if (row[0] === 'rad:antibiotika') row[0] = 'rad:Antibiotika';
    }
    const code = find('03', 11);
    set(code, '99');
    const found = issues(g);
    expect(found.every((i) => i.code === 'SCHEMA')).toBe(true);
    const texts = found.map((i) => issueText(i));
    expect(texts).toContain(`${SHEET}!${id.ref}: areas[0].id: id ska bestå av små bokstäver a–z, siffror och bindestreck, till exempel "kvalitetsregister".`);
    expect(texts.some((t) => t.startsWith(`${SHEET}!${cellRef(10, code.r + 1)}: areas[0].lines[0].recipient.code: länskoden finns inte`))).toBe(true);
    expect(texts.some((t) => /deadlines\[\d+\]\.areas\[\d+\]: det finns inget område med id "antibiotika"/.test(t))).toBe(true);
  });

  it('a choice that is not one of them lists the choices', () => {
    const { g, find, set } = grid();
    const key = find('Fasta belopp', 13);
    set(key, 'slumpvis');
    expect(issueText(issues(g)[0]!)).toBe(`${SHEET}!${key.ref}: ”slumpvis” är inget av valen. Välj ”Befolkning”, ”Lika belopp”, ”Fasta belopp”, ”Prestationsbaserat”, ”Ej bestämd”.`);
  });

  it('reads an empty amount and "ej angivet" as not stated (null), and a number typed as text', () => {
    const { g, find, set } = grid();
    const at = find('antibiotika', 2);
    set({ r: at.r, c: 4 }, 'ej angivet');
    const year = find(2023, 2);
    set(year, '2023');
    const r = readAgreementSheet(g, { sheetName: SHEET });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
    expect(r.value.areas[0]?.amount).toBeNull();
    expect(r.value.year).toBe(2023);
  });
});

describe('totals by recipient', () => {
  it('two parts of one total with the same id are refused at the second', () => {
    const { g, find, set } = grid();
    const header = find('Delens id', 8);
    const first = { r: header.r + 1, c: 7 };
    const second = { r: header.r + 2, c: 7 };
    const id = g[first.r]?.[7];
    set(second, id);
    const found = issues(g);
    expect(issueText(found[0]!)).toBe(`${SHEET}!${cellRef(8, second.r + 1)}: id ”${String(id)}” används redan i ${SHEET}!${cellRef(8, first.r + 1)}. Ge raden ett eget id.`);
    // what was stated again about the part whose id was typed over now names a part that is gone
    expect(found.slice(1).map((i) => i.code)).toEqual(found.slice(1).map(() => 'UNKNOWN_TARGET'));
  });
});

describe('every reading rule has its message', () => {
  type Edit = (x: ReturnType<typeof grid>) => void;
  const cases: [string, Edit, RegExp][] = [
    ['FIELD_UNKNOWN', (x) => x.set(x.find('Titel (engelska)', 1), 'Undertitel'), /^Överenskommelse!A8: fältet ”Undertitel” känns inte igen/],
    ['FIELD_MISSING', (x) => (x.g[x.find('År', 1).r] = []), /^Överenskommelse!A\d+: fältet ”År” saknas under Uppgifter/],
    ['INTEGER', (x) => x.set(x.find(2023, 2), '2023,5'), /^Överenskommelse!B9: ”2023,5” är inget heltal/],
    ['DATE', (x) => x.set(x.find('2023-01-26', 3), '26 januari'), /^Överenskommelse!C21: datumet ”26 januari” går inte att läsa\. Skriv ÅÅÅÅ-MM-DD, till exempel 2023-12-01\.$/],
    ['SOURCE_INCOMPLETE', (x) => x.set(x.find('Totalt 326 000 000', 4), null), /^Överenskommelse!D13: en källa behöver både var/],
    ['LEVEL_MISMATCH', (x) => x.set({ r: x.find('strama-utvecklingsinsatser', 2).r, c: 0 }, 3), /^Överenskommelse!A36: nivån ska vara 2 \(ett mer än raden den ingår i\), inte ”3”/],
    ['PARENT_MISSING', (x) => x.set({ r: x.find('strama-utvecklingsinsatser', 2).r, c: 2 }, null), /^Överenskommelse!C36: raden har nivå 2 och ingår alltså i ett område eller en rad ovanför\. Skriv dess id i ”Ingår i”\.$/],
    ['UNKNOWN_TARGET', (x) => x.set(x.find('Totalt', 1), 'Summa'), /^Överenskommelse!A\d+: ”Summa” pekar inte på något belopp på bladet/],
    ['PART_WITHOUT_GROUP', (x) => x.set({ r: x.find('Delens id', 8).r + 1, c: 0 }, null), /^Överenskommelse!A\d+: en del utan grupp/],
  ];
  it.each(cases)('%s', (code, edit, message) => {
    const x = grid();
    edit(x);
    const found = issues(x.g);
    expect(found[0]?.code).toBe(code);
    expect(issueText(found[0]!)).toMatch(message);
    expect(issueText(found[0]!, 'en')).not.toBe(issueText(found[0]!, 'sv'));
  });
});
