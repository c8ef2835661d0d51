import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAmount } from '../../src/core/money';
import { findAmounts, normaliseText } from '../../src/core/import';
import { findSections } from '../../src/core/import/sections';
import { swedishDate } from '../../src/core/import/model';

const amounts = (text: string, bare = false) => findAmounts(text, { bare }).map((a) => [a.raw, a.value.toFixed()]);

describe('amounts in every form the documents write them', () => {
  it.each([
    ['Regeringen avsätter 3 000 000 kronor.', [['3 000 000 kronor', '3000000']]],
    ['varav 122,5 miljoner kronor fördelas', [['122,5 miljoner kronor', '122500000']]],
    ['totalt 1,5 miljarder till', [['1,5 miljarder', '1500000000']]],
    ['omfattar 6 394,5 miljoner kronor', [['6 394,5 miljoner kronor', '6394500000']]],
    ['mottar 12,75 miljoner kronor1 från', [['12,75 miljoner kronor', '12750000']]],
    ['ramen är 45 mnkr', [['45 mnkr', '45000000']]],
    ['ramen är 45 MSEK', [['45 MSEK', '45000000']]],
    ['bidraget är 1 500 000:- per år', [['1 500 000:-', '1500000']]],
    ['varav 12.5 miljoner kronor fördelas', [['12.5 miljoner kronor', '12500000']]],
    ['varav 1.500 miljoner kronor och 1.500.000 kronor', []],
    ['250 tusen kronor', [['250 tusen kronor', '250000']]],
    ['2 500 kr per deltagare', [['2 500 kr', '2500']]],
    ['tilldelas tre miljoner kronor', [['tre miljoner kronor', '3000000']]],
    ['avsattes en miljard kronor', [['en miljard kronor', '1000000000']]],
    ['Region X tilldelas trettiosju miljoner kronor', [['trettiosju miljoner kronor', '37000000']]],
    ['totalt etthundrafemtio miljoner kronor', [['etthundrafemtio miljoner kronor', '150000000']]],
    ['fem och en halv miljon kronor', [['fem och en halv miljon kronor', '5500000']]],
    ['några miljoner kronor och flera miljarder', []],
    ['SKR och regionerna 5 respektive 10 miljoner kronor', [['5', '5000000'], ['10 miljoner kronor', '10000000']]],
    ['år 2030 respektive 2031 avsätts 5 miljoner kronor', [['5 miljoner kronor', '5000000']]],
    ['SKR och regionerna 5 respektive 10 mkr', [['5', '5000000'], ['10 mkr', '10000000']]],
    ['SKR och regionerna 5 respektive 10 MSEK', [['5', '5000000'], ['10 MSEK', '10000000']]],
    ['SKR och regionerna 250 respektive 500 tSEK', [['250', '250000'], ['500 tSEK', '500000']]],
    ['SKR och regionerna 5 respektive 10 mdr kronor', [['5', '5000000000'], ['10 mdr kronor', '10000000000']]],
    ['ramen är 10 milj. kronor', [['10 milj. kronor', '10000000']]],
    ['ramen är 10 mdr kronor', [['10 mdr kronor', '10000000000']]],
    ['ramen är 2,5 milj. kr till SKR', [['2,5 milj. kr', '2500000']]],
  ])('%s', (text, expected) => expect(amounts(text)).toEqual(expected));

  it('reads a table cell only when asked, and never a year, a phone number or a date', () => {
    expect(amounts('Samordning 4 250 000 Regionerna via SKR')).toEqual([]);
    expect(amounts('Samordning 4 250 000 Regionerna via SKR', true)).toEqual([['4 250 000', '4250000']]);
    expect(amounts('år 2031, tfn 08-452 70 00, senast den 1 december 2031', true)).toEqual([]);
  });

  it('gives every written amount the value money/parse gives it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const written = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        const [found] = findAmounts(`Beloppet är ${written} kronor.`);
        const parsed = parseAmount(`${written} kr`);
        return found !== undefined && parsed.ok && found.value.eq(parsed.value) && found.raw === `${written} kronor`;
      }),
    );
  });
});

describe('day dates as Swedish texts write them', () => {
  it.each([
    ['1', ' december', '2030', '2030-12-01'],
    ['1', ' dec', '2030', '2030-12-01'],
    ['1', ' dec.', '2030', '2030-12-01'],
    ['15', ' sept.', '2031', '2031-09-15'],
    ['15', ' Sep', '2031', '2031-09-15'],
    ['1', '/12', '2030', '2030-12-01'],
    ['31', '/03', '2031', '2031-03-31'],
    ['31', '/4', '2031', undefined],
    ['12', '/31', '2030', undefined],
    ['1', ' decennium', '2030', undefined],
    ['29', ' feb', '2031', undefined],
  ])('%s%s %s → %s', (day, month, year, iso) => expect(swedishDate(day, month, year)).toBe(iso));
});

describe('normalising extracted text', () => {
  it('joins line-end hyphenation and soft hyphens but keeps "hälso- och"', () => {
    const t = normaliseText('ska redogöra för verk-\nsamheten i hälso- \noch sjukvården med pati\u00AD\nenten i centrum').flat;
    expect(t).toBe('ska redogöra för verksamheten i hälso- och sjukvården med patienten i centrum');
  });

  it('drops lone page artefacts and page numbers, and repeats of headers and footers that recur on the pages', () => {
    const body = ['Parterna är överens.', 'Medlen betalas ut i juni.', 'Rapporten lämnas i mars.', 'Bilagan följer.'];
    const pages = body.map((b, i) => `Socialdepartementet S2031/00042\n${b}\n/ \n${i + 1} (4)`).join('\f');
    // The running header stays where it first stands: it may carry the case number.
    expect(normaliseText(pages).flat).toBe(`Socialdepartementet S2031/00042 ${body.join(' ')}`);
  });

  it('drops a header that opens both pages of a two-page text, even inside a table that runs across the break', () => {
    const text = 'Rubrik på varje sida\nRegion   Belopp\nRegion Gotland   1 722\n\f Rubrik på varje sida\nRegion Blekinge   4 432\nSumma   6 154';
    expect(normaliseText(text).lines.filter((l) => l.includes('Rubrik'))).toEqual(['Rubrik på varje sida']);
  });
});

describe('the importer knows the genre, not the seed document', () => {
  it('names nothing from the seed agreement in its code', () => {
    const dir = join(__dirname, '../../src/core/import');
    const seedWords = /strama|kvalitetsregist|sällsynt|vårdförlopp|noreback|lundberg|29[ .,]?535|326[ .]?000[ .]?000|70 465|antibiotika|läkemedelsinformation|uppsala/i;
    const hits = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((line, i) => `${f}:${i + 1}: ${line}`)).filter((l) => seedWords.test(l));
    expect(hits).toEqual([]);
    const cli = ['src/cli/commands/import.ts', 'src/cli/pdf.ts'].map((f) => readFileSync(join(__dirname, '../..', f), 'utf8'));
    expect(cli.filter((text) => seedWords.test(text))).toEqual([]);
  });
});

describe('headings', () => {
  it('skips a table of contents and takes the chapters in sequence', () => {
    const lines = ['Innehåll', '1. Inledning ........ 2', '2. Medelstilldelning ........ 3', '', '1. Inledning', 'Text.', '2. Medelstilldelning 2031', '2.1 Fördelning', 'Text.', '3. Ekonomiska villkor'];
    expect(findSections(lines).map((s) => s.where)).toEqual(['Inledande text (före avsnitt 1)', '1 Inledning', '2 Medelstilldelning 2031', '2.1 Fördelning', '3 Ekonomiska villkor']);
  });
});
