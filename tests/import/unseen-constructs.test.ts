import { findAmounts, importAgreementText } from '../../src/core/import';
import { figureKeys, score } from './figures';
import { quotedFigures } from './seed-support';

/**
 * Single constructs real agreements use, each in a small invented text: what a controller reads off
 * it, and (in `cannotReadYet`) what the importer leaves unstated for now. The test fails when a
 * construct starts to be read, or is read differently, so this list and the report's stay true.
 */
const text = (body: string) => `Överenskommelse om prov 2030\n\n1. Inledning\nParterna är överens.\n\n${body}`;
const area = (amount: string, to: string) => `2. Insats ett\n2.1 Medelstilldelning\nRegeringen avsätter totalt ${amount} till ${to}.\n`;
const CONSTRUCTS: readonly { name: string; text: string; reads: string[]; cannotReadYet?: string[]; note?: RegExp }[] = [
  {
    name: 'a chapter number skipped (a chapter removed), its first section right after',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n4. Insats tre\n4.1 Medelstilldelning\nRegeringen avsätter totalt 4 miljoner kronor till regionerna.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'amount 4000000 under the agreement', 'amount 4000000 recipient regions', 'amount 4000000 key unspecified'],
  },
  {
    name: 'a chapter number skipped, the chapter without sections',
    text: text(`2. Insats ett\nRegeringen avsätter totalt 10 miljoner kronor till SKR.\n\n4. Insats tre\nRegeringen avsätter totalt 4 miljoner kronor till regionerna.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'amount 4000000 under the agreement', 'amount 4000000 recipient regions', 'amount 4000000 key unspecified'],
  },
  {
    name: 'a report due on a date without "senast" ("lämnar en slutrapport … den 31 mars 2031")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Redovisning\nSKR lämnar en slutrapport till Regeringskansliet den 31 mars 2031.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline final-report 2031-03-31 for [] to Regeringskansliet'],
  },
  {
    name: 'a due date after a colon ("Slutrapport: 31 mars 2031")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Redovisning\nSlutrapport: 31 mars 2031.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline final-report 2031-03-31 for [] to null'],
  },
  {
    name: 'due dates after a colon, one a line, "senast" and whom to ("Ekonomisk redovisning till Kammarkollegiet: senast 31 mars 2031")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Redovisning\nRekvisition: 1 december 2030\nEkonomisk redovisning till Kammarkollegiet: senast 31 mars 2031\nSlutrapport till Regeringskansliet: den 30 april 2031\n`),
    reads: [
      'amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed',
      'deadline requisition 2030-12-01 for [] to null', 'deadline financial-report 2031-03-31 for [] to Kammarkollegiet', 'deadline final-report 2031-04-30 for [] to Regeringskansliet',
    ],
  },
  {
    name: 'a colon in running text before more than a date ("Rekvisition: medlen rekvireras …") is no labelled date',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nRekvisition: medlen rekvireras när avtalet är undertecknat, dock tidigast 1 december 2030.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed'],
  },
  {
    name: 'a table row of what is due, without a header ("Rekvisition   1 december 2030")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Tidsplan\nRekvisition   1 december 2030\nSlutrapport   1/4 2031   Regeringskansliet\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to null', 'deadline final-report 2031-04-01 for [] to Regeringskansliet'],
  },
  {
    name: 'signatures dated in ISO form ("Stockholm 2030-01-20")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nFör staten genom   För Sveriges Kommuner och\nSocialdepartementet   Regioner\nStockholm 2030-01-20   Stockholm 2030-01-22\nAnn Ek   Bo Ås\nStatsråd   Ordförande\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek, statsråd', 'party skr signed 2030-01-22', 'party skr signatory bo ås, ordförande'],
  },
  {
    name: 'signatures one after the other with blank lines between, the party name wrapped ("För Sveriges Kommuner och / Regioner")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\n\nStockholm den 20 januari 2030\n\nFör staten genom\n\nSocialdepartementet\n\n\n\nAnn Ek\n\nStatsråd\n\n\n\nStockholm den 22 januari 2030\n\nFör Sveriges Kommuner och\n\nRegioner\n\n\n\n\n\nAnna Ek\n\nOrdförande\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek, statsråd', 'party skr signed 2030-01-22', 'party skr signatory anna ek, ordförande'],
  },
  {
    name: 'signatures one after the other without titles, the party names wrapped: the name is the signer, the line above it still the party',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nStockholm den 20 januari 2030\nFör staten genom\nSocialdepartementet\nAnn Ek\nStockholm den 22 januari 2030\nFör Sveriges Kommuner och\nRegioner\nAnna Ek\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek', 'party skr signed 2030-01-22', 'party skr signatory anna ek'],
  },
  {
    name: 'signatures one after the other, each date below its title: each party its own date',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nFör staten genom Socialdepartementet\nAnn Ek\nStatsråd\nStockholm den 20 januari 2030\nFör Sveriges Kommuner och\nRegioner\nAnna Ek\nOrdförande\nStockholm den 22 januari 2030\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek, statsråd', 'party skr signed 2030-01-22', 'party skr signatory anna ek, ordförande'],
  },
  {
    name: 'signatures without "För …" lines (name, title and the party in the title)',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nStockholm den 20 januari 2030\nAnn Ek\nStatsråd\nStockholm den 22 januari 2030\nBo Ås\nOrdförande, Sveriges Kommuner och Regioner\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek, statsråd', 'party skr signed 2030-01-22', 'party skr signatory bo ås, ordförande'],
  },
  {
    name: 'signatures without "För …" lines, one whose title names no party (left out) and a department in the other',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nStockholm den 20 januari 2030\nAnn Ek\nStatssekreterare, Socialdepartementet\nStockholm den 22 januari 2030\nBo Ås\nOrdförande\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'party state signed 2030-01-20', 'party state signatory ann ek, statssekreterare'],
  },
  {
    name: 'payments listed in a paragraph of the conditions, not as items',
    text: text(`2. Insatser\nRegeringen avsätter totalt 15 miljoner kronor för insatserna.\n\n3. Ekonomiska villkor\nMedlen fördelas enligt följande: 10 miljoner kronor till regionerna och 5 miljoner kronor till SKR. Medlen utbetalas efter rekvisition till Kammarkollegiet senast den 1 december 2030.\n`),
    reads: [
      'amount 15000000 under the agreement', 'amount 10000000 under 15000000', 'amount 10000000 recipient regions', 'amount 10000000 key unspecified', 'amount 5000000 under 15000000', 'amount 5000000 recipient skr', 'amount 5000000 key fixed',
      'deadline requisition 2030-12-01 for [] to Kammarkollegiet', 'recipient total of total: 10000000 to [region, regions, regions-via-skr, samverkansregioner]', 'recipient total of total: 5000000 to [skr]',
    ],
  },
  {
    name: 'payments listed in the conditions that add up to no area: totals per recipient, no lines',
    text: text(`2. Insats ett\nRegeringen avsätter totalt 15 miljoner kronor för insatsen.\n\n3. Insats två\nRegeringen avsätter totalt 5 miljoner kronor för insatsen.\n\n4. Ekonomiska villkor\nMedlen fördelas enligt följande: 12 miljoner kronor till regionerna och 8 miljoner kronor till SKR.\n`),
    reads: [
      'amount 15000000 under the agreement', 'amount 5000000 under the agreement',
      'recipient total of total: 12000000 to [region, regions, regions-via-skr, samverkansregioner]', 'recipient total of total: 8000000 to [skr]',
    ],
  },
  {
    name: 'amounts as "1 500 000:-", "MSEK" and a decimal point before "miljoner"',
    text: text(`2. Insats ett\n2.1 Medelstilldelning\nRegeringen avsätter totalt 15 MSEK. Av dessa tilldelas SKR 12.5 miljoner kronor och 2 500 000:- till regionerna.\n`),
    reads: ['amount 15000000 under the agreement', 'amount 12500000 under 15000000', 'amount 12500000 recipient skr', 'amount 12500000 key fixed', 'amount 2500000 under 15000000', 'amount 2500000 recipient regions', 'amount 2500000 key unspecified'],
  },
  {
    name: 'a second recipient named before its amount ("tilldelas SKR 5 miljoner kronor och regionerna 10 miljoner kronor")',
    text: text(`2. Insats ett\n2.1 Medelstilldelning\nRegeringen avsätter totalt 15 miljoner kronor. Av dessa tilldelas SKR 5 miljoner kronor och regionerna 10 miljoner kronor.\n`),
    reads: ['amount 15000000 under the agreement', 'amount 5000000 under 15000000', 'amount 5000000 recipient skr', 'amount 5000000 key fixed', 'amount 10000000 under 15000000', 'amount 10000000 recipient regions', 'amount 10000000 key unspecified'],
    cannotReadYet: ['amount 10000000 recipient regions', 'amount 10000000 key unspecified'],
  },
  {
    name: 'a recipient before the first amount and "till" after the second ("tilldelas SKR 12,5 miljoner kronor och 2 500 000 kronor till regionerna")',
    text: text(`2. Insats ett\n2.1 Medelstilldelning\nRegeringen avsätter totalt 15 miljoner kronor. Av dessa tilldelas SKR 12,5 miljoner kronor och 2 500 000 kronor till regionerna.\n`),
    reads: ['amount 15000000 under the agreement', 'amount 12500000 under 15000000', 'amount 12500000 recipient skr', 'amount 12500000 key fixed', 'amount 2500000 under 15000000', 'amount 2500000 recipient regions', 'amount 2500000 key unspecified'],
  },
  {
    name: 'a table per municipality (the format has no municipality recipient)',
    text: text(`${area('6 miljoner kronor', 'kommunerna enligt bilaga 1')}\nBilaga 1\nKommun   Belopp, kr\nUpplands Väsby   1 000 000\nVallentuna   1 000 000\nÖsteråker   1 000 000\nVärmdö   1 000 000\nJärfälla   1 000 000\nEkerö   1 000 000\nSumma   6 000 000\n`),
    reads: ['amount 6000000 under the agreement', 'amount 6000000 recipient municipalities', 'amount 6000000 key unspecified'],
  },
  {
    name: 'an authority with a hyphenated name as recipient',
    text: text(area('10 miljoner kronor', 'E-hälsomyndigheten')),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient other', 'amount 10000000 key fixed'],
  },
  {
    name: 'a lone date saying what is due on it, without "senast"',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nRekvisitionen ska ha kommit in till Kammarkollegiet den 1 december 2030.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet'],
  },
  {
    name: 'an agreement over two years, a table of what is due for each year: the first year\'s rows only',
    text: `Överenskommelse om prov 2030–2031\n\n1. Inledning\nParterna är överens.\n\n${area('10 miljoner kronor', 'SKR')}\n3. Tidsplan\nRekvisition av medlen för 2030   1 december 2030   Kammarkollegiet\nRekvisition av medlen för 2031   1 december 2031   Kammarkollegiet\nSlutrapport   31 mars 2031   för medlen för 2030\nSlutrapport   31 mars 2032   för medlen för 2031\n`,
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet', 'deadline final-report 2031-03-31 for [] to null'],
    note: /flera år \(2030, 2031\)/,
  },
  {
    name: 'an agreement over two years, labelled dates for each year ("Rekvisition av medlen för 2031: …"): the first year\'s only',
    text: `Överenskommelse om prov 2030–2031\n\n1. Inledning\nParterna är överens.\n\n${area('10 miljoner kronor', 'SKR')}\n3. Tidsplan\nRekvisition av medlen för 2030: 1 december 2030\nRekvisition av medlen för 2031: 1 december 2031\n`,
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to null'],
  },
  {
    name: 'an agreement over a range of years ("2030–2032"): the note names every year in it',
    text: `Överenskommelse om prov 2030–2032\n\n1. Inledning\nParterna är överens.\n\n${area('10 miljoner kronor', 'SKR')}`,
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed'],
    note: /gäller flera år \(2030, 2031, 2032\); utkastet har bara belopp och tidsfrister för 2030\./,
  },
  {
    name: 'a table of what is due when, to whom',
    text: text(
      `${area('10 miljoner kronor', 'SKR')}\n3. Redovisning\nRedovisning   Senast   Till\nRekvisition   2030-11-01   Kammarkollegiet\nEkonomisk redovisning   den 31 mars 2031   Kammarkollegiet\nSlutrapport   april 2031   Regeringskansliet (Socialdepartementet)\n`,
    ),
    reads: [
      'amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed',
      'deadline requisition 2030-11-01 for [] to Kammarkollegiet', 'deadline financial-report 2031-03-31 for [] to Kammarkollegiet', 'deadline final-report 2031-04 for [] to Regeringskansliet (Socialdepartementet)',
    ],
  },
  {
    name: 'a deadline without its year ("senast den 1 december")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nMedlen rekvireras från Kammarkollegiet senast den 1 december.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet'],
    cannotReadYet: ['deadline requisition 2030-12-01 for [] to Kammarkollegiet'],
  },
  {
    name: 'an abbreviated month ("senast 1 dec 2030")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nMedlen rekvireras från Kammarkollegiet senast 1 dec 2030.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet'],
  },
  {
    name: 'abbreviated months with their period ("senast 1 dec. 2030", "senast 15 sept. 2031")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nMedlen rekvireras från Kammarkollegiet senast 1 dec. 2030. SKR ska lämna en slutrapport till Regeringskansliet senast 15 sept. 2031.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet', 'deadline final-report 2031-09-15 for [] to Regeringskansliet'],
  },
  {
    name: 'a numeric date, day first ("senast 1/12 2030")',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nMedlen rekvireras från Kammarkollegiet senast 1/12 2030.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'deadline requisition 2030-12-01 for [] to Kammarkollegiet'],
  },
  {
    name: 'numeric dates that are no Swedish day date ("12/31 2030", "1/12/2030", "31/4 2030"): no deadline',
    text: text(`${area('10 miljoner kronor', 'SKR')}\n3. Ekonomiska villkor\nMedlen rekvireras från Kammarkollegiet senast 12/31 2030. Slutrapporten lämnas senast 1/12/2030. Delrapporten lämnas senast 31/4 2030.\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed'],
  },
  {
    name: 'two amounts with "respektive" and one unit ("5 respektive 10 miljoner kronor")',
    text: text(`2. Insats ett\n2.1 Medelstilldelning\nRegeringen avsätter totalt 15 miljoner kronor. Av dessa tilldelas SKR och regionerna 5 respektive 10 miljoner kronor.\n`),
    reads: ['amount 15000000 under the agreement', 'amount 5000000 under 15000000', 'amount 5000000 recipient skr', 'amount 5000000 key fixed', 'amount 10000000 under 15000000', 'amount 10000000 recipient regions', 'amount 10000000 key unspecified'],
  },
  {
    name: 'a split by percentages ("70 procent … och 30 procent prestationsbaserat"): no one key',
    text: text(`${area('100 miljoner kronor', 'regionerna')}70 procent fördelas efter befolkningsmängd och 30 procent prestationsbaserat.\n`.replace('regionerna.\n70', 'regionerna. 70')),
    reads: ['amount 100000000 under the agreement', 'amount 100000000 recipient regions', 'amount 100000000 key unspecified'],
  },
  {
    name: 'an authority as recipient ("till Folkhälsomyndigheten")',
    text: text(area('10 miljoner kronor', 'Folkhälsomyndigheten')),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient other', 'amount 10000000 key fixed'],
  },
  {
    name: 'three parties side by side, the second wrapped',
    text: text(
      `${area('10 miljoner kronor', 'SKR')}\n3. Underskrifter\nFör staten genom   För Sveriges Kommuner och   För Folkhälsomyndigheten\nSocialdepartementet   Regioner\nStockholm den 1 mars 2030   Stockholm den 2 mars 2030   Solna den 3 mars 2030\nAnn Ek   Bo Ås   Cai Öst\nStatsråd   Ordförande   Generaldirektör\n`,
    ),
    reads: [
      'amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed',
      'party state signed 2030-03-01', 'party state signatory ann ek, statsråd', 'party skr signed 2030-03-02', 'party skr signatory bo ås, ordförande', 'party other signed 2030-03-03', 'party other signatory cai öst, generaldirektör',
    ],
  },
  {
    name: 'a table with a column per year',
    text: text(`2. Medelstilldelning\nÖverenskommelsen omfattar totalt 15 miljoner kronor för 2030.\nOmråde   Belopp 2030   Belopp 2031\nInsats ett   10 000 000   12 000 000\nInsats två   5 000 000   6 000 000\nTotalt   15 000 000   18 000 000\n`),
    reads: ['total = 15000000', 'period 2030-01-01..2030-12-31', 'amount 10000000 under the agreement', 'amount 5000000 under the agreement'],
    cannotReadYet: ['amount 10000000 under the agreement', 'amount 5000000 under the agreement'],
    note: /kolumn per år \(2030, 2031\): den är inte inläst/,
  },
  {
    name: 'a footnote digit glued to a table cell ("10 000 0001")',
    text: text(`2. Medelstilldelning\nÖverenskommelsen omfattar totalt 15 miljoner kronor för 2030.\nOmråde   Belopp, kr   Mottagare\nInsats ett   10 000 0001   SKR\nInsats två   5 000 000   Regionerna\nTotalt   15 000 000\n`),
    reads: ['total = 15000000', 'period 2030-01-01..2030-12-31', 'amount 10000000 under the agreement', 'amount 10000000 recipient skr', 'amount 10000000 key fixed', 'amount 5000000 under the agreement', 'amount 5000000 recipient regions', 'amount 5000000 key unspecified'],
  },
  {
    name: 'a region table whose sum no amount of the text has',
    text: text(`${area('10 miljoner kronor', 'regionerna enligt bilaga 1')}\nBilaga 1\nRegion   Belopp, kr\nRegion Stockholm   3 000 000\nRegion Uppsala   1 000 000\nRegion Skåne   2 000 000\nRegion Halland   1 000 000\nRegion Gotland   1 000 000\nSumma   8 000 000\n`),
    reads: ['amount 10000000 under the agreement', 'amount 10000000 recipient regions', 'amount 10000000 key unspecified'],
    note: /tabell per region \(Bilaga 1, tabell\) summerar till 8 000 000 kr, men inget belopp i texten är detsamma/,
  },
];

describe.each(CONSTRUCTS.map((c) => [c.name, c] as const))('construct: %s', (_name, c) => {
  it('gives what a controller reads, less what it cannot read yet, and no other figure', () => {
    const r = importAgreementText(c.text);
    if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
    const s = score(c.reads, figureKeys(r.value.agreement));
    expect(s.extra).toEqual([]);
    expect([...s.missing].sort()).toEqual([...(c.cannotReadYet ?? [])].sort());
    expect(quotedFigures(r.value.agreement).filter((q) => !r.value.text.flat.includes(q.quote) || !q.mustContain(q.quote))).toEqual([]);
    if (c.note) expect(r.value.agreement.notes?.join('\n')).toMatch(c.note);
  });
});

describe('amount forms read (the figure, quoted as written)', () => {
  it.each([
    ['1 500 000:-', '1500000'],
    ['15 MSEK', '15000000'],
    ['2 500 tSEK', '2500000'],
    ['1 500 000 SEK', '1500000'],
    ['12.5 miljoner kronor', '12500000'],
    ['2.25 mnkr', '2250000'],
  ])('%s', (written, value) => {
    expect(findAmounts(`Regeringen avsätter ${written} till SKR.`).map((a) => [a.raw, a.value.toFixed()])).toEqual([[written, value]]);
  });
});

describe('amount forms not read yet (no figure, never a wrong one)', () => {
  it.each([['SEK 40 million'], ['1,500,000 kronor'], ['1.500.000 kronor'], ['1.500 miljoner kronor'], ['12.5 kronor'], ['en halv miljard kronor']])('%s', (written) => {
    expect(findAmounts(`Regeringen avsätter ${written} till SKR.`).map((a) => a.value.toFixed())).toEqual([]);
  });
});
