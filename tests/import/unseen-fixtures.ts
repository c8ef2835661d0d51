/**
 * Agreements the importer has never seen, written for the tests in the genre's words but each with
 * its own invented areas, amounts, years and layout (none of them is a real agreement). For each,
 * the figures a controller reads off the text, by hand, as `figureKeys` (tests/import/figures.ts)
 * writes them; `cannotReadYet` are those of them the importer does not read yet, each a construct
 * named in the report (the test fails when one starts to be read, so the list stays true).
 */

export interface UnseenFixture {
  readonly name: string;
  /** What layout and forms it tries. */
  readonly covers: string;
  readonly text: string;
  readonly expected: readonly string[];
  readonly cannotReadYet: readonly string[];
  /** Words, names and amounts of this fixture alone: none may appear in the importer's code. */
  readonly ownWords: RegExp;
  /** Figures stated twice differently: [value, the other values]. */
  readonly conflicts?: readonly (readonly [string, readonly string[]])[];
}

/** A page as PDF extraction gives it: the running title on top, the case number and page number below. */
const page = (title: string, footer: string, n: number, of: number, body: string) => `${title}\n${body}\n${footer}   ${n} (${of})\n`;

// ---------------------------------------------------------------------------------------------
// A: a short agreement, one area, no chapter per area: only "Ekonomiska villkor", "Rekvisition
// och utbetalning" and "Redovisning". The letterhead carries the case number without a label.
const SHORT = `Socialdepartementet
S2027/01862

Överenskommelse mellan staten och Sveriges Kommuner och Regioner om insatser för en bättre hörselvård 2027

1. Inledning
Staten och Sveriges Kommuner och Regioner (SKR), nedan kallade parterna, är överens om att
stärka hörselvården. Fler personer med nedsatt hörsel ska få rehabilitering i tid.

2. Insatser
Regionerna ska under 2027 arbeta för att korta väntetiderna till hörselrehabilitering och för
att fler barn ska få en tidig bedömning.

3. Ekonomiska villkor
Regeringen avsätter 500 mnkr till regionerna för 2027. Medlen fördelas efter befolkningsmängd
den 1 november 2026. Kostnaderna ska belasta det under utgiftsområde 9 Hälsovård, sjukvård och
social omsorg uppförda anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 12 Hörselvård.

4. Rekvisition och utbetalning
Regionerna rekvirerar medlen från Kammarkollegiet senast den 15 oktober 2027. Rätten till bidrag
förfaller om rekvisition inte inkommit inom denna tid.

5. Redovisning
Regionerna ska lämna en ekonomisk redovisning till Kammarkollegiet senast den 31 mars 2028. Medel
som inte har använts för avsett ändamål ska återbetalas till Kammarkollegiet senast den 30 juni
2028. SKR ska lämna en verksamhetsrapport till Regeringskansliet (Socialdepartementet) senast i
mars 2028.

6. Underskrifter
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 20 januari 2027   Stockholm den 22 januari 2027
Karin Holm   Lars Åberg
Statsråd   Ordförande
`;

// ---------------------------------------------------------------------------------------------
// B: amounts in forms the seed lacks (mdkr, mnkr, "2 miljarder kronor", "högst", "totalt 2 300
// miljoner kronor", words), a table in thousands, and an appendix that lists the 21 regions.
const REGION_ROWS: readonly (readonly [string, string])[] = [
  ['Region Stockholm', '69 274'],
  ['Region Uppsala', '11 405'],
  ['Region Sörmland', '8 525'],
  ['Region Östergötland', '13 268'],
  ['Region Jönköpings län', '10 417'],
  ['Region Kronoberg', '5 731'],
  ['Region Kalmar län', '6 944'],
  ['Region Gotland', '1 722'],
  ['Region Blekinge', '4 432'],
  ['Region Skåne', '40 114'],
  ['Region Halland', '9 598'],
  ['Västra Götalandsregionen', '49 429'],
  ['Region Värmland', '7 989'],
  ['Region Örebro län', '8 638'],
  ['Region Västmanland', '7 904'],
  ['Region Dalarna', '8 130'],
  ['Region Gävleborg', '8 102'],
  ['Region Västernorrland', '6 860'],
  ['Region Jämtland Härjedalen', '3 726'],
  ['Region Västerbotten', '7 763'],
  ['Region Norrbotten', '7 029'],
];
const REGION_CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

const AMOUNTS = `Överenskommelse om kortare väntetider i den specialiserade vården 2029
Ärendenr: SKR2028/00917

1. Inledning
Staten och SKR är överens om en fortsatt satsning på tillgänglighet. Under 2028 avsattes en
miljard kronor för motsvarande arbete. Överenskommelsen för 2029 omfattar totalt 2 300 miljoner
kronor.

2. Tillgänglighetssatsning
2.1 Syfte
Satsningen ska korta väntetiderna till första besök och till operation.
2.2 Medelstilldelning
Regeringen avsätter totalt 2 miljarder kronor till tillgänglighetssatsningen. Av dessa fördelas
1,5 mdkr till regionerna baserat på befolkningsmängd. Resterande 500 mnkr fördelas till
regionerna som prestationsbaserad ersättning.

3. Vårdplatser
3.1 Medelstilldelning
Regeringen avsätter högst 300 miljoner kronor för fler vårdplatser. Av dessa tilldelas SKR tre
miljoner kronor för uppföljning. Resterande 297 miljoner kronor fördelas till regionerna enligt
bilaga 1.

4. Medelstilldelning
Tabell 1. Medel per område 2029
Område   Belopp (tkr)   Mottagare
2. Tillgänglighetssatsning   2 000 000   Regionerna
3. Vårdplatser   300 000
Totalt   2 300 000

5. Ekonomiska villkor
− 2 000 000 000 kronor för tillgänglighetssatsningen (kap 2). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:11 Prestationsbundna
insatser för att korta vårdköerna, anslagspost 1 Tillgänglighet. Medlen utbetalas efter
rekvisition till Kammarkollegiet senast den 1 oktober 2029. Medel som inte har använts ska
återbetalas till Kammarkollegiet senast den 31 mars 2030.

− 300 000 000 kronor för vårdplatser (kap 3). Kostnaderna ska belasta det under utgiftsområde 9
Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till folkhälsa och sjukvård,
anslagspost 9 Vårdplatser. Medlen utbetalas efter rekvisition till Kammarkollegiet senast den
1 oktober 2029. Medel som inte har använts ska återbetalas till Kammarkollegiet senast den 31
mars 2030.

6. Underskrifter
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 10 januari 2029   Stockholm den 11 januari 2029
Eva Strand   Ola Björk
Statssekreterare   Ordförande

Bilaga 1
Fördelning per region av medlen för vårdplatser 2029
Region   Belopp (tkr)
${REGION_ROWS.map(([r, a]) => `${r}   ${a}`).join('\n')}
Summa   297 000
`;

// ---------------------------------------------------------------------------------------------
// C: as pdftotext -layout extracts a PDF: a letterhead with the case number, a running title and
// a footer on every page, a table whose amounts stand on the line after the label, a footnote
// digit glued to an amount, a two-column signature block with the dates above the parties, a
// form as "Bilaga 1", and a chapter whose amount conflicts with its payment bullet.
const RUNNING = 'Överenskommelse om psykiatrisk akutvård och suicidprevention 2028';
const C_PAGES = [
  `Regeringskansliet
Socialdepartementet
                                                    2028-02-02
                                                    S2027/04711

Överenskommelse om psykiatrisk akutvård och suicidprevention 2028

1. Inledning
Staten och Sveriges Kommuner och Regioner (SKR) är överens om att stärka den psykiatriska
akutvården och det suicidpreventiva arbetet i primärvården under 2028.

2. Stärkt psykiatrisk akutvård
2.1 Bakgrund
Väntetiderna på psykiatriska akutmottagningar har ökat.
2.2 Medelstilldelning
Regeringen avsätter totalt 250 miljoner kronor till regionerna för att stärka den psykia-
triska akutvården. Medlen fördelas utifrån befolkningsunderlag.`,
  `3. Suicidprevention i primärvården
3.1 Medelstilldelning
Regeringen avsätter totalt 80 miljoner kronor för suicidprevention i primärvården. Medlen
betalas ut till SKR, som fördelar dem vidare till regionerna.

4. Nationellt kunskapsstöd
4.1 Medelstilldelning
För kunskapsstödet avsätts totalt 12,5 miljoner kronor1 till SKR.

1 Beloppet avser hela kalenderåret.`,
  `5. Medelstilldelning
Tabell 1. Medel per insats 2028
Insats                                     Belopp, kronor      Mottagare
2. Stärkt psykiatrisk
akutvård
                                           250 000 000         Regionerna
3. Suicidprevention i
primärvården
                                            80 000 000         Regionerna via SKR
4. Nationellt kunskapsstöd
                                            12 500 000         SKR
Totalt                                     342 500 000

6. Ekonomiska villkor
Överenskommelsen för 2028 omfattar totalt 342 500 000 kronor.

− 250 000 000 kronor för psykiatrisk akutvård (kap 2). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 21 Psykisk hälsa. Medlen utbetalas efter rekvisition
till Kammarkollegiet senast 2028-11-01.
− 80 000 000 kronor för suicidprevention (kap 3). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 21 Psykisk hälsa. Medlen utbetalas efter rekvisition
till Kammarkollegiet senast 2028-11-01.
− 15 000 000 kronor för nationellt kunskapsstöd (kap 4). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 21 Psykisk hälsa. Medlen utbetalas efter rekvisition
till Kammarkollegiet senast 2028-11-01.

Medel som inte har använts för avsett ändamål ska återbetalas till Kammarkollegiet före
utgången av oktober 2029.`,
  `7. Underskrifter

Stockholm den 2 februari 2028                  Stockholm den 5 februari 2028

För staten genom Socialdepartementet           För Sveriges Kommuner och Regioner



Maria Lind                                     Per Sundberg
Statssekreterare                               Ordförande

Bilaga 1
Rekvisition av medel
Bidragsmottagare: ______________________
Belopp som rekvireras: ______________ kronor
Datum: ____________ Underskrift: ______________`,
];
const LAYOUT = C_PAGES.map((p, i) => page(RUNNING, 'S2027/04711', i + 1, C_PAGES.length, p)).join('\f');

// ---------------------------------------------------------------------------------------------
// D: dates in every form (ISO, month only, "före utgången av", two deadlines with "respektive"),
// chapters that state their money in prose with "högst" and "1,5 miljarder kronor", and a
// signature block as pdf.js gives it: one column after the other.
const DATES = `Överenskommelse om en stärkt förlossningsvård och kvinnors hälsa 2027
Dnr: S2026/05555

1. Inledning
Parterna är överens om två insatser för 2027.

2. Förlossningsvård
2.1 Medelstilldelning
Regeringen avsätter totalt 1,5 miljarder kronor till regionerna för förlossningsvården. Medlen
fördelas efter befolkningsmängd.
2.2 Uppföljning
Regionerna ska lämna delrapporter till Regeringskansliet (Socialdepartementet) den 31 mars
respektive den 30 september 2028. En avstämning mellan parterna sker i juni 2027.

3. Kvinnors hälsa i primärvården
3.1 Medelstilldelning
Regeringen avsätter högst 40 miljoner kronor till SKR för kunskapsstöd om kvinnors hälsa.
3.2 Redovisning
SKR ska lämna en slutrapport till Regeringskansliet (Socialdepartementet) senast i mars 2028.

4. Ekonomiska villkor
• 1 500 000 000 kronor för förlossningsvård (kap 2). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 14 Förlossningsvård. Medlen utbetalas efter rekvisition
till Kammarkollegiet senast den 1 november 2027.
• 40 000 000 kronor för kvinnors hälsa (kap 3). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 14 Förlossningsvård. Medlen utbetalas efter rekvisition
till Kammarkollegiet senast 2027-11-01.

Medel som inte har använts för avsett ändamål ska återbetalas till Kammarkollegiet före
utgången av juni 2028. Den ekonomiska redovisningen ska lämnas till Kammarkollegiet senast den
31 mars 2028.

5. Underskrifter
Stockholm den 14 december 2026
För staten genom Socialdepartementet
Nina Dahl
Statsråd
Stockholm den 15 december 2026
För Sveriges Kommuner och Regioner
Jonas Wik
Ordförande
`;

// ---------------------------------------------------------------------------------------------
// E: a text in a mixed layout: a Swedish title and conditions, the rest in English with amounts in
// English notation ("SEK 40 million", "1,500,000"), which must give no figure.
const MIXED = `Överenskommelse om digitala vårdtjänster 2030
(Agreement on digital care services 2030, English translation)

1. Introduction
The Government and SALAR agree to support digital care services. The Government allocates
SEK 40 million in 2030, of which SEK 1,500,000 goes to a national evaluation.

2. Ekonomiska villkor
− 40 000 000 kronor till regionerna för digitala vårdtjänster. Medlen utbetalas efter
rekvisition till Kammarkollegiet senast den 1 december 2030.
`;

/** A text wholly in English: not an agreement the importer can read; it must say so. */
export const ENGLISH = `Agreement between the Government and the Swedish Association of Local Authorities and Regions on
shorter waiting times 2031

1. Funding
The Government allocates a total of SEK 2 billion (2,000,000,000 kronor) to the regions in 2031.
Funds are requisitioned from Kammarkollegiet no later than 1 November 2031.
`;

const regionLines = (parent: string) =>
  REGION_ROWS.flatMap(([, a], i) => {
    const kr = `${a.replace(/\s/g, '')}000`;
    return [`amount ${kr} under ${parent}`, `amount ${kr} recipient region ${REGION_CODES[i]}`, `amount ${kr} key fixed`];
  });

export const UNSEEN: readonly UnseenFixture[] = [
  {
    name: 'A kort överenskommelse, ett område',
    ownWords: /hörsel|karin holm|lars åberg|01862/i,
    covers: 'one area and no chapter per area; "500 mnkr"; rekvirerar från Kammarkollegiet; month-only deadline; letterhead case number',
    text: SHORT,
    expected: [
      'total = 500000000',
      'amount 500000000 under the agreement',
      'amount 500000000 recipient regions',
      'amount 500000000 key population',
      'amount 500000000 funded by state',
      'amount 500000000 appropriation uo 9 anslag 1:6 post 12',
      'deadline requisition 2027-10-15 for [] to Kammarkollegiet',
      'deadline financial-report 2028-03-31 for [] to Kammarkollegiet',
      'deadline repayment 2028-06-30 for [] to Kammarkollegiet',
      'deadline final-report 2028-03 for [] to Regeringskansliet (Socialdepartementet)',
      'diarienummer S2027/01862',
      'period 2027-01-01..2027-12-31',
      'party state signed 2027-01-20',
      'party state signatory karin holm, statsråd',
      'party skr signed 2027-01-22',
      'party skr signatory lars åberg, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'B belopp i många former och fördelning per region i bilaga',
    ownWords: /tillgänglighetssats|vårdplats|väntetider|eva strand|ola björk|00917|297[ .]?000|2 300/i,
    covers: 'mdkr, mnkr, "2 miljarder kronor", "högst", "totalt 2 300 miljoner kronor", amounts in words, a tkr table, a 21-region appendix',
    text: AMOUNTS,
    expected: [
      'total = 2300000000',
      'amount 2000000000 under the agreement',
      'amount 2000000000 funded by state',
      'amount 2000000000 appropriation uo 9 anslag 1:11 post 1',
      'amount 1500000000 under 2000000000',
      'amount 1500000000 recipient regions',
      'amount 1500000000 key population',
      'amount 500000000 under 2000000000',
      'amount 500000000 recipient regions',
      'amount 500000000 key performance',
      'amount 300000000 under the agreement',
      'amount 300000000 funded by state',
      'amount 300000000 appropriation uo 9 anslag 1:6 post 9',
      'amount 3000000 under 300000000',
      'amount 3000000 recipient skr',
      'amount 3000000 key fixed',
      'amount 297000000 under 300000000',
      ...regionLines('297000000'),
      'deadline requisition 2029-10-01 for [2000000000, 300000000] to Kammarkollegiet',
      'deadline repayment 2030-03-31 for [2000000000, 300000000] to Kammarkollegiet',
      'diarienummer SKR2028/00917',
      'period 2029-01-01..2029-12-31',
      'party state signed 2029-01-10',
      'party state signatory eva strand, statssekreterare',
      'party skr signed 2029-01-11',
      'party skr signatory ola björk, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'C pdftotext-layout med sidhuvud, tabell på nästa rad och konflikt',
    ownWords: /psykiatrisk|suicid|kunskapsstöd|maria lind|sundberg|04711|342[ .]?500/i,
    covers: 'running title and footer per page, letterhead case number, amounts on the line after the label, a glued footnote digit, dates above the parties, a form appendix, a conflict',
    text: LAYOUT,
    expected: [
      'total = 342500000',
      'amount 250000000 under the agreement',
      'amount 250000000 recipient regions',
      'amount 250000000 key population',
      'amount 250000000 funded by state',
      'amount 250000000 appropriation uo 9 anslag 1:6 post 21',
      'amount 80000000 under the agreement',
      'amount 80000000 recipient regions-via-skr',
      'amount 80000000 key unspecified',
      'amount 80000000 funded by state',
      'amount 80000000 appropriation uo 9 anslag 1:6 post 21',
      'amount 12500000 under the agreement',
      'amount 12500000 recipient skr',
      'amount 12500000 key fixed',
      'amount 12500000 funded by state',
      'amount 12500000 appropriation uo 9 anslag 1:6 post 21',
      'deadline requisition 2028-11-01 for [12500000, 250000000, 80000000] to Kammarkollegiet',
      'deadline repayment 2029-10 for [] to Kammarkollegiet',
      'diarienummer S2027/04711',
      'period 2028-01-01..2028-12-31',
      'party state signed 2028-02-02',
      'party state signatory maria lind, statssekreterare',
      'party skr signed 2028-02-05',
      'party skr signatory per sundberg, ordförande',
    ],
    cannotReadYet: [],
    conflicts: [['12 500 000 kr', ['15 000 000 kr']]],
  },
  {
    name: 'D datum i alla former och underskrifter kolumn för kolumn',
    ownWords: /förlossning|kvinnors hälsa|nina dahl|jonas wik|05555/i,
    covers: 'ISO dates, "senast i mars", "före utgången av juni", "den 31 mars respektive den 30 september", a check-in month, "högst", "1,5 miljarder kronor", a one-column signature block',
    text: DATES,
    expected: [
      'amount 1500000000 under the agreement',
      'amount 1500000000 recipient regions',
      'amount 1500000000 key population',
      'amount 1500000000 funded by state',
      'amount 1500000000 appropriation uo 9 anslag 1:6 post 14',
      'amount 40000000 under the agreement',
      'amount 40000000 recipient skr',
      'amount 40000000 key fixed',
      'amount 40000000 funded by state',
      'amount 40000000 appropriation uo 9 anslag 1:6 post 14',
      'deadline interim-report 2028-03-31 for [1500000000] to Regeringskansliet (Socialdepartementet)',
      'deadline interim-report 2028-09-30 for [1500000000] to Regeringskansliet (Socialdepartementet)',
      'deadline check-in 2027-06 for [1500000000] to null',
      'deadline final-report 2028-03 for [40000000] to Regeringskansliet (Socialdepartementet)',
      'deadline requisition 2027-11-01 for [1500000000, 40000000] to Kammarkollegiet',
      'deadline repayment 2028-06 for [] to Kammarkollegiet',
      'deadline financial-report 2028-03-31 for [] to Kammarkollegiet',
      'diarienummer S2026/05555',
      'party state signed 2026-12-14',
      'party state signatory nina dahl, statsråd',
      'party skr signed 2026-12-15',
      'party skr signatory jonas wik, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'E blandad svensk och engelsk text',
    ownWords: /digitala vårdtjänster|digital care/i,
    covers: 'English amounts ("SEK 40 million", "1,500,000") beside a Swedish payment bullet',
    text: MIXED,
    expected: [
      'amount 40000000 under the agreement',
      'amount 40000000 recipient regions',
      'amount 40000000 key unspecified',
      'deadline requisition 2030-12-01 for [40000000] to Kammarkollegiet',
    ],
    cannotReadYet: [],
  },
];

// ---------------------------------------------------------------------------------------------
// F–H were written after the importer had been improved on A–E, and their figures read by hand
// before the importer was run on them: a second, blind measure.

// F: municipalities as recipients, amounts in "kr", a payout month without requisition (no
// deadline), "redovisa … senast", and a region table by county with a percentage column.
const COUNTY_ROWS: readonly (readonly [string, string, string, string])[] = [
  ['Stockholms län', '23,3', '2 449 100', '01'],
  ['Uppsala län', '3,8', '403 200', '03'],
  ['Södermanlands län', '2,9', '301 400', '04'],
  ['Östergötlands län', '4,5', '469 100', '05'],
  ['Jönköpings län', '3,5', '368 300', '06'],
  ['Kronobergs län', '1,9', '202 600', '07'],
  ['Kalmar län', '2,3', '245 500', '08'],
  ['Gotlands län', '0,6', '60 900', '09'],
  ['Blekinge län', '1,5', '156 700', '10'],
  ['Skåne län', '13,5', '1 418 200', '12'],
  ['Hallands län', '3,2', '339 300', '13'],
  ['Västra Götalands län', '16,6', '1 747 500', '14'],
  ['Värmlands län', '2,7', '282 400', '17'],
  ['Örebro län', '2,9', '305 400', '18'],
  ['Västmanlands län', '2,7', '279 400', '19'],
  ['Dalarnas län', '2,7', '287 400', '20'],
  ['Gävleborgs län', '2,7', '286 400', '21'],
  ['Västernorrlands län', '2,3', '242 500', '22'],
  ['Jämtlands län', '1,3', '131 700', '23'],
  ['Västerbottens län', '2,6', '274 500', '24'],
  ['Norrbottens län', '2,4', '248 500', '25'],
];
const MUNICIPAL = `Överenskommelse mellan staten och Sveriges Kommuner och Regioner om stöd till äldres munhälsa 2029
Dnr S2028/03321

1. Bakgrund
Munhälsan hos äldre i särskilt boende behöver förbättras.

2. Munhälsa i kommunal hälso- och sjukvård
2.1 Medelstilldelning
Regeringen avsätter totalt 90 000 000 kr till kommunerna för insatser i särskilda boenden. Medlen
fördelas efter antal invånare 65 år och äldre.
2.2 Redovisning
Kommunerna ska redovisa hur medlen har använts till Socialstyrelsen senast den 30 april 2030.

3. Regional samordning
3.1 Medelstilldelning
Regeringen avsätter totalt 10 500 000 kr till regionerna för samordning. Medlen fördelas enligt
bilaga 2.

4. Ekonomiska villkor
Överenskommelsen omfattar totalt 100,5 miljoner kronor.

− 90 000 000 kronor till kommunerna (kap 2). Kostnaderna ska belasta det under utgiftsområde 9
Hälsovård, sjukvård och social omsorg uppförda anslaget 4:5 Stimulansbidrag och åtgärder inom
äldrepolitiken, anslagspost 3 Munhälsa. Medlen betalas ut av Kammarkollegiet i juni 2029 utan
rekvisition.
− 10 500 000 kronor till regionerna (kap 3). Kostnaderna ska belasta det under utgiftsområde 9
Hälsovård, sjukvård och social omsorg uppförda anslaget 1:6 Bidrag till folkhälsa och sjukvård,
anslagspost 30 Munhälsa. Medlen utbetalas efter rekvisition till Kammarkollegiet senast den
1 november 2029.

Medel som inte har använts ska återbetalas till Kammarkollegiet senast den 31 mars 2030.

5. Underskrifter
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 8 januari 2029   Stockholm den 9 januari 2029
Sara Nord   Erik Lund
Statsråd   Ordförande

Bilaga 2
Fördelning av medel för regional samordning
Län   Andel, procent   Belopp, kr
${COUNTY_ROWS.map(([c, p, a]) => `${c}   ${p}   ${a}`).join('\n')}
Totalt   100,0   10 500 000
`;

// G: the areas are the sections of one chapter, the conditions (one appropriation for all) in
// running text, a requisition deadline in the sentence after the one naming Kammarkollegiet, and
// a date before what is due ("ska senast den 31 mars 2031 lämna en slutrapport").
const SUBSECTIONS = `Överenskommelse om en god och nära vård för barn och unga 2030

1. Inledning
Parterna är överens om tre insatser för barn och unga under 2030.

2. Insatser 2030
2.1 Ungdomsmottagningar
Regeringen avsätter totalt 120 miljoner kronor till regionerna för att stärka
ungdomsmottagningarna. Medlen fördelas efter befolkningsmängd.
2.2 Elevhälsans medicinska insats
Regeringen avsätter totalt 45 miljoner kronor till kommunerna för samverkan med elevhälsan.
2.3 Nationellt stöd
SKR tilldelas 5 miljoner kronor för nationellt stöd till regioner och kommuner.

3. Ekonomiska villkor
Överenskommelsen omfattar totalt 170 miljoner kronor.
Medlen utbetalas efter rekvisition till Kammarkollegiet. Rekvisitionen ska ha kommit in senast
den 15 november 2030. Medel som inte har använts för avsett ändamål ska återbetalas till
Kammarkollegiet senast den 30 juni 2031. Kostnaderna ska belasta utgiftsområde 9 Hälsovård,
sjukvård och social omsorg, anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 10 Barn
och unga.

4. Uppföljning
SKR ska senast den 31 mars 2031 lämna en slutrapport till Regeringskansliet (Socialdepartementet).
`;

// H: as pdftotext without -layout gives a table: every cell on a line of its own; "sammanlagt";
// a repayment relative to another event (no date to read); a labelled case number.
const CELLS = `Överenskommelse om förstärkt ambulanssjukvård i glesbygd 2029
Regeringskansliets diarienummer: S2029/00777

1. Inledning
Staten och SKR är överens om att stärka ambulanssjukvården i glesbygd.

2. Medelstilldelning
Staten och SKR är överens om att överenskommelsen omfattar sammanlagt 84 miljoner kronor för 2029.
Tabell 1
Insats
Belopp (kr)
Mottagare
Utbildning av ambulanssjuksköterskor
60 000 000
Regionerna
Utrustning i ambulanser
20 000 000
Regionerna
Samordning och uppföljning
4 000 000
SKR
Totalt
84 000 000

3. Ekonomiska villkor
Medlen ska rekvireras från Kammarkollegiet senast den 1 december 2029. Medel som inte har använts
ska återbetalas senast tre månader efter att den ekonomiska redovisningen har lämnats. Kostnaderna
ska belasta utgiftsområde 9 Hälsovård, sjukvård och social omsorg, anslaget 1:6 Bidrag till
folkhälsa och sjukvård, anslagspost 8 Ambulanssjukvård.

4. Redovisning
Regionerna och SKR ska lämna en ekonomisk redovisning till Kammarkollegiet senast den 31 mars 2030.
`;

const countyLines = (parent: string) =>
  COUNTY_ROWS.flatMap(([, , a, code]) => {
    const kr = a.replace(/\s/g, '');
    return [`amount ${kr} under ${parent}`, `amount ${kr} recipient region ${code}`, `amount ${kr} key fixed`];
  });

export const BLIND: readonly UnseenFixture[] = [
  {
    name: 'F kommuner, belopp i kr och länstabell med andelar',
    ownWords: /munhälsa|särskilt boende|sara nord|erik lund|03321|2 449 100|100,5/i,
    covers: 'municipalities, "90 000 000 kr", a payout month that is no deadline, "redovisa … senast", a county table with a percentage column',
    text: MUNICIPAL,
    expected: [
      'total = 100500000',
      'amount 90000000 under the agreement',
      'amount 90000000 recipient municipalities',
      'amount 90000000 key population',
      'amount 90000000 funded by state',
      'amount 90000000 appropriation uo 9 anslag 4:5 post 3',
      'amount 10500000 under the agreement',
      'amount 10500000 funded by state',
      'amount 10500000 appropriation uo 9 anslag 1:6 post 30',
      ...countyLines('10500000'),
      'deadline final-report 2030-04-30 for [90000000] to Socialstyrelsen',
      'deadline requisition 2029-11-01 for [10500000] to Kammarkollegiet',
      'deadline repayment 2030-03-31 for [] to Kammarkollegiet',
      'diarienummer S2028/03321',
      'party state signed 2029-01-08',
      'party state signatory sara nord, statsråd',
      'party skr signed 2029-01-09',
      'party skr signatory erik lund, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'G områden som avsnitt i ett kapitel',
    ownWords: /ungdomsmottagning|elevhälsa|barn och unga/i,
    covers: 'areas as sections 2.1–2.3 of one chapter, one appropriation for all areas in running text, the requisition date a sentence after its recipient, a date before what is due',
    text: SUBSECTIONS,
    expected: [
      'total = 170000000',
      'amount 120000000 under the agreement',
      'amount 120000000 recipient regions',
      'amount 120000000 key population',
      'amount 120000000 funded by state',
      'amount 120000000 appropriation uo 9 anslag 1:6 post 10',
      'amount 45000000 under the agreement',
      'amount 45000000 recipient municipalities',
      'amount 45000000 key unspecified',
      'amount 45000000 funded by state',
      'amount 45000000 appropriation uo 9 anslag 1:6 post 10',
      'amount 5000000 under the agreement',
      'amount 5000000 recipient skr',
      'amount 5000000 key fixed',
      'amount 5000000 funded by state',
      'amount 5000000 appropriation uo 9 anslag 1:6 post 10',
      'deadline requisition 2030-11-15 for [] to Kammarkollegiet',
      'deadline repayment 2031-06-30 for [] to Kammarkollegiet',
      'deadline final-report 2031-03-31 for [] to Regeringskansliet (Socialdepartementet)',
    ],
    cannotReadYet: [],
  },
  {
    name: 'H tabell med en cell per rad',
    ownWords: /ambulanssjukskötersk|utrustning i ambulanser|00777|84 000 000|84 miljoner/i,
    covers: 'a table flattened one cell per line, "sammanlagt", a repayment relative to another event, a labelled case number',
    text: CELLS,
    expected: [
      'total = 84000000',
      'amount 60000000 under the agreement',
      'amount 60000000 recipient regions',
      'amount 60000000 key unspecified',
      'amount 60000000 funded by state',
      'amount 60000000 appropriation uo 9 anslag 1:6 post 8',
      'amount 20000000 under the agreement',
      'amount 20000000 recipient regions',
      'amount 20000000 key unspecified',
      'amount 20000000 funded by state',
      'amount 20000000 appropriation uo 9 anslag 1:6 post 8',
      'amount 4000000 under the agreement',
      'amount 4000000 recipient skr',
      'amount 4000000 key fixed',
      'amount 4000000 funded by state',
      'amount 4000000 appropriation uo 9 anslag 1:6 post 8',
      'deadline requisition 2029-12-01 for [] to Kammarkollegiet',
      'deadline financial-report 2030-03-31 for [] to Kammarkollegiet',
      'diarienummer S2029/00777',
      'period 2029-01-01..2029-12-31',
    ],
    cannotReadYet: [],
  },
];

// ---------------------------------------------------------------------------------------------
// I–J were written last, their figures read by hand, and the importer then run on them once: what
// it does not read is in `cannotReadYet`, each a construct named in the report.

// I: headings without numbers (as SKR's cover letters write them), the area's amount in its
// heading, the conditions under a heading in capitals.
const UNNUMBERED = `Överenskommelse om kunskapsstyrning inom tandvården 2031

Bakgrund
Staten och SKR har under flera år samarbetat om kunskapsstyrning inom tandvården.

Nationella programområden (18 miljoner kronor)
Regeringen avsätter 18 miljoner kronor till samverkansregionerna för arbetet i de nationella
programområdena. Medlen fördelas med lika belopp till var och en av samverkansregionerna.

Stöd till samordning (2 miljoner kronor)
SKR tilldelas 2 miljoner kronor för samordning av programområdena.

EKONOMISKA VILLKOR
Överenskommelsen omfattar totalt 20 miljoner kronor för 2031. Medlen betalas ut efter
rekvisition till Kammarkollegiet senast den 1 oktober 2031. Kostnaderna ska belasta
utgiftsområde 9 Hälsovård, sjukvård och social omsorg, anslaget 1:6 Bidrag till folkhälsa och
sjukvård, anslagspost 2 Kunskapsstyrning.

UNDERSKRIFTER
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 7 januari 2031   Stockholm den 9 januari 2031
Lena Ås   Kim Berg
Statsråd   Ordförande
`;

// J: two years in one agreement, a region named as recipient, an amount in words the importer
// has no word for, a payout in two parts (months that are no deadline), a rate per inhabitant.
const TWO_YEARS = `Överenskommelse om stärkt beredskap i hälso- och sjukvården 2032–2033

1. Inledning
Parterna är överens om insatser för beredskapen under 2032 och 2033.

2. Lager av sjukvårdsmateriel
2.1 Medelstilldelning
För 2032 avsätts 200 miljoner kronor och för 2033 avsätts 250 miljoner kronor till regionerna.
Medlen fördelas efter befolkningsmängd, vilket för 2032 motsvarar cirka 19 kronor per invånare.

3. Värdregion för beredskapslagret
3.1 Medelstilldelning
Region Skåne tilldelas tjugofem miljoner kronor per år som värdregion för beredskapslagret.

4. Ekonomiska villkor
Medlen betalas ut i två lika delar, i juni och i december varje år, efter rekvisition till
Kammarkollegiet. Rekvisitionen ska ha kommit in senast den 15 maj 2032 för medlen för 2032 och
senast den 15 maj 2033 för medlen för 2033. Kostnaderna ska belasta utgiftsområde 9 Hälsovård,
sjukvård och social omsorg, anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 44
Beredskap.
`;

// L: as SKR sends an agreement to the regions: a board letter (its case number, the board's
// decision with its meeting date, headings with the areas' amounts in brackets, the totals per
// recipient), then the agreement itself, with trailing spaces on every line as pdftotext leaves them.
const LETTER = `MEDDELANDE FRÅN
STYRELSEN NR 4/2031

Vårt ärendenr:
SKR2031/00412

Regionstyrelserna

Överenskommelse om stärkt primärvård för äldre 2031

Förbundsstyrelsens beslut
Styrelsen för Sveriges Kommuner och Regioner (SKR) har vid sammanträde den 14
februari 2031 beslutat

att godkänna överenskommelse om stärkt primärvård för äldre 2031

Bakgrund
Överenskommelsen omfattar totalt 410 miljoner kronor. Av medlen avsätts 400
miljoner kronor till regionerna och 10 miljoner kronor till SKR.

Mobila team (400 miljoner kronor)
Medlen fördelas till regionerna efter befolkningsmängd.

Stöd och samordning (10 miljoner kronor)
SKR tilldelas 10 miljoner kronor för stöd till regionerna.

Överenskommelse mellan staten och Sveriges Kommuner och Regioner om stärkt primärvård
för äldre 2031

1. Inledning
Parterna är överens om att fler äldre ska få vård i hemmet av mobila team.

2. Mobila team
2.1 Medelstilldelning
Regeringen avsätter 400 miljoner kronor till regionerna för mobila team. Medlen fördelas
efter befolkningsmängd per den 1 november 2030.

3. Stöd och samordning
3.1 Medelstilldelning
SKR tilldelas 10 miljoner kronor för stöd och samordning.

4. Ekonomiska villkor
Överenskommelsen för 2031 omfattar totalt 410 000 000 kronor.

− 400 000 000 kronor för mobila team (kap 2). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg för budgetåret 2031 uppförda
anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 7 Primärvård. Medlen
utbetalas engångsvis efter rekvisition till Kammarkollegiet senast den 1 december 2031.
Medel som inte har använts för avsett ändamål ska återbetalas senast den 31 mars 2032
till Kammarkollegiet.

− 10 000 000 kronor för stöd och samordning (kap 3). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg för budgetåret 2031 uppförda
anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 7 Primärvård. Medlen
utbetalas engångsvis efter rekvisition till Kammarkollegiet senast den 1 december 2031.
Medel som inte har använts för avsett ändamål ska återbetalas senast den 31 mars 2032
till Kammarkollegiet.

5. Uppföljning
SKR ska lämna en verksamhetsrapport till Regeringskansliet (Socialdepartementet) senast den
30 april 2032.

6. Godkännande av överenskommelsen
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 2 februari 2031   Stockholm den 14 februari 2031
Maja Lind   Tove Sund
Socialminister   Ordförande
`.replace(/\n/g, ' \n');

/** Written after the importer learnt these constructs (session 3): MSEK, "39.5 miljoner", ":-", payments in the conditions' running text, abbreviated and day-first dates, dates after a colon, signatures without "För …" lines. */
const LISTED = `Överenskommelse mellan staten och Sveriges Kommuner och Regioner om digitala vårdmöten 2030

1. Inledning
Regeringen och Sveriges Kommuner och Regioner (SKR) är överens om att stödja regionernas arbete med digitala vårdmöten i primärvården under 2030. Överenskommelsen omfattar totalt 42 miljoner kronor för 2030.

2. Digitala vårdmöten i primärvården
Regeringen avsätter totalt 42 MSEK för 2030 till insatsen. Insatsen ska göra det enklare för patienter att möta sin vårdcentral digitalt.

3. Ekonomiska villkor
Medlen fördelas enligt följande: 39.5 miljoner kronor till regionerna och 2 500 000:- till SKR.
Kostnaderna ska belasta utgiftsområde 9 Hälsovård, sjukvård och social omsorg, anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspost 12.
Medlen rekvireras från Kammarkollegiet senast 1 dec. 2030. Medel som inte har använts ska återbetalas till Kammarkollegiet senast 15/4 2031.

4. Redovisning
Ekonomisk redovisning till Kammarkollegiet: senast 31/3 2031
Slutrapport till Regeringskansliet (Socialdepartementet): 30 april 2031

5. Underskrifter
Stockholm den 12 februari 2030
Eva Holm
Socialminister
Stockholm den 19 februari 2030
Nils Berg
Ordförande, Sveriges Kommuner och Regioner
`;

export const LAST: readonly UnseenFixture[] = [
  {
    name: 'I rubriker utan nummer',
    ownWords: /programområde|lena ås|kim berg|tandvården 2031/i,
    covers: 'headings without numbers, the area amount in the heading, EKONOMISKA VILLKOR in capitals',
    text: UNNUMBERED,
    expected: [
      'total = 20000000',
      'amount 18000000 under the agreement',
      'amount 18000000 recipient samverkansregioner',
      'amount 18000000 key equal',
      'amount 18000000 funded by state',
      'amount 18000000 appropriation uo 9 anslag 1:6 post 2',
      'amount 2000000 under the agreement',
      'amount 2000000 recipient skr',
      'amount 2000000 key fixed',
      'amount 2000000 funded by state',
      'amount 2000000 appropriation uo 9 anslag 1:6 post 2',
      'deadline requisition 2031-10-01 for [] to Kammarkollegiet',
      'period 2031-01-01..2031-12-31',
      'party state signed 2031-01-07',
      'party state signatory lena ås, statsråd',
      'party skr signed 2031-01-09',
      'party skr signatory kim berg, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'J två år, namngiven region och belopp i ord',
    ownWords: /beredskapslag|sjukvårdsmateriel|tjugofem|2032–2033/i,
    covers: 'two years in one agreement, a named region as recipient, "tjugofem miljoner kronor", payout months, a rate per inhabitant',
    text: TWO_YEARS,
    // The format holds one year: a controller keeps 2032's figures here and 2033's in a second agreement.
    expected: [
      'amount 200000000 under the agreement',
      'amount 200000000 recipient regions',
      'amount 200000000 key population',
      'amount 200000000 funded by state',
      'amount 200000000 appropriation uo 9 anslag 1:6 post 44',
      'amount 25000000 under the agreement',
      'amount 25000000 recipient region 12',
      'amount 25000000 key fixed',
      'amount 25000000 funded by state',
      'amount 25000000 appropriation uo 9 anslag 1:6 post 44',
      'deadline requisition 2032-05-15 for [] to Kammarkollegiet',
    ],
    cannotReadYet: [],
  },
  {
    name: 'L styrelsens meddelande med överenskommelsen',
    ownWords: /mobila team|primärvård för äldre|maja lind|tove sund|00412|410/i,
    covers: "SKR's board letter before the agreement: a case number label on its own line, a meeting date, headings with amounts, totals per recipient, trailing spaces",
    text: LETTER,
    expected: [
      'total = 410000000',
      'amount 400000000 under the agreement',
      'amount 400000000 recipient regions',
      'amount 400000000 key population',
      'amount 400000000 funded by state',
      'amount 400000000 appropriation uo 9 anslag 1:6 post 7',
      'amount 10000000 under the agreement',
      'amount 10000000 recipient skr',
      'amount 10000000 key fixed',
      'amount 10000000 funded by state',
      'amount 10000000 appropriation uo 9 anslag 1:6 post 7',
      'recipient total of total: 400000000 to [region, regions, regions-via-skr, samverkansregioner]',
      'recipient total of total: 10000000 to [skr]',
      'deadline requisition 2031-12-01 for [10000000, 400000000] to Kammarkollegiet',
      'deadline repayment 2032-03-31 for [10000000, 400000000] to Kammarkollegiet',
      'deadline final-report 2032-04-30 for [] to Regeringskansliet (Socialdepartementet)',
      'diarienummer SKR2031/00412',
      'period 2031-01-01..2031-12-31',
      'party state signed 2031-02-02',
      'party state signatory maja lind, socialminister',
      'party skr signed 2031-02-14',
      'party skr signatory tove sund, ordförande',
    ],
    cannotReadYet: [],
  },
  {
    name: 'M fördelning i löptext, datum efter kolon och förkortade, underskrifter utan "För"',
    ownWords: /vårdmöten|vårdcentral|eva holm|nils berg|39[.,]5|42 (MSEK|miljoner)/i,
    covers: '"42 MSEK", "39.5 miljoner kronor", "2 500 000:-", payments listed in the conditions\' running text, "1 dec. 2030", "15/4 2031", "Slutrapport till …: 30 april 2031", signatures whose titles name the party',
    text: LISTED,
    expected: [
      'total = 42000000',
      'amount 42000000 under the agreement',
      'amount 42000000 funded by state',
      'amount 42000000 appropriation uo 9 anslag 1:6 post 12',
      'amount 39500000 under 42000000',
      'amount 39500000 recipient regions',
      'amount 39500000 key unspecified',
      'amount 2500000 under 42000000',
      'amount 2500000 recipient skr',
      'amount 2500000 key fixed',
      'deadline requisition 2030-12-01 for [] to Kammarkollegiet',
      'deadline financial-report 2031-03-31 for [] to Kammarkollegiet',
      'deadline repayment 2031-04-15 for [] to Kammarkollegiet',
      'deadline final-report 2031-04-30 for [] to Regeringskansliet (Socialdepartementet)',
      'recipient total of total: 39500000 to [region, regions, regions-via-skr, samverkansregioner]',
      'recipient total of total: 2500000 to [skr]',
      'period 2030-01-01..2030-12-31',
      'party state signed 2030-02-12',
      'party state signatory eva holm, socialminister',
      'party skr signed 2030-02-19',
      'party skr signatory nils berg, ordförande',
    ],
    cannotReadYet: [],
  },
];
