import { draftFigures, importAgreementText, notStated } from '../../src/core/import';
import { parseAgreementJson, type AgreementJson } from '../../src/core/agreements';
import { checkAgreement } from '../../src/core/checks';
import { quotedFigures } from './seed-support';

/**
 * An agreement the importer has never seen, written for this test in the genre's words but with its
 * own areas, amounts, numbering and layout: no table of all funds (areas come from the chapters),
 * amounts in mnkr and miljarder, a conflict between a chapter and its payment bullet, page headers
 * and footers, soft hyphens, line-end hyphenation and a "/ " page artefact.
 */
const PAGES = [
  `Överenskommelse mellan staten och Sveriges Kommuner och Regioner om bättre tandvård 2031
Dnr S2030/04567

1. Inledning
Parterna är överens om att stärka tandvården under 2031.

2. Förebyggande tandvård för barn
2.1 Bakgrund
Karies hos barn ökar i flera regioner och behöver för-
ebyggas tidigt.
2.2 Medelstilldelning
Regeringen avsätter totalt 45 mnkr till området. Av dessa fördelas 40 miljoner
kronor till regionerna baserat på befolkningsmängd. Resterande 5 miljoner kronor
tilldelas SKR för samordning.`,
  `2.3 Uppföljning
SKR ska lämna en slutrapport till Regeringskansliet (Socialdepartementet) senast den
15 april 2032.

/ 

3. Akut tandvård i gles\u00ADbygd
3.1 Finansiering
Regeringen avsätter totalt 1,2 miljarder kronor för akut tandvård i glesbygd. Medlen
fördelas med lika belopp till samverkansregionerna.`,
  `4. Ekonomiska villkor
Överenskommelsen för 2031 omfattar totalt 1 245 000 000 kronor.

• 45 000 000 kronor för förebyggande tandvård (kap 2). Kostnaderna ska belasta det under
utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:8 Bidrag till
tandvård, anslagspost 4 Barn och unga. Medlen utbetalas efter rekvisition till
Kammarkollegiet senast den 1 november 2031. Medel som inte använts ska återbetalas
senast den 30 juni 2032.
• 1 250 000 000 kronor för akut tandvård i glesbygd (kap 3). Kostnaderna ska belasta det
under utgiftsområde 9 Hälsovård, sjukvård och social omsorg uppförda anslaget 1:8 Bidrag
till tandvård, anslagspost 5 Glesbygd. Medlen utbetalas efter rekvisition till
Kammarkollegiet senast den 1 november 2031.

5. Underskrifter
För staten genom   För Sveriges Kommuner och
Socialdepartementet   Regioner
Stockholm den 3 februari 2031 Stockholm den 4 februari 2031
Anna Berg   Bo Ek
Statssekreterare   Ordförande`,
];
const TEXT = PAGES.map((p, i) => `Tandvårdsöverenskommelsen 2031\n${p}\nSida ${i + 1} av ${PAGES.length}\n`).join('\f');
const LETTERHEAD = `Socialdepartementet   S2031/00042\n${TEXT}`;

function imported(): { agreement: AgreementJson; flat: string } {
  const r = importAgreementText(TEXT, { document: 'tandvard-2031.pdf' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { agreement: r.value.agreement, flat: r.value.text.flat };
}

describe('an agreement text the importer has never seen', () => {
  const { agreement: a, flat } = imported();
  const [barn, glesbygd] = a.areas;

  it('takes the areas from the chapters, with their parts, recipients and keys', () => {
    expect(a.title).toBe('Överenskommelse mellan staten och Sveriges Kommuner och Regioner om bättre tandvård 2031');
    expect(a.areas.map((x) => [x.title, x.amount])).toEqual([
      ['Förebyggande tandvård för barn', '45000000'],
      ['Akut tandvård i glesbygd', '1200000000'],
    ]);
    expect(barn?.lines?.map((l) => [l.amount, l.recipient?.type, l.key])).toEqual([
      ['40000000', 'regions', 'population'],
      ['5000000', 'skr', 'fixed'],
    ]);
    expect(glesbygd).toMatchObject({ recipient: { type: 'samverkansregioner' }, key: 'equal' });
  });

  it('reads appropriations, deadlines, the case number, the period and the signatures', () => {
    expect(barn?.appropriation).toMatchObject({ utgiftsomrade: 9, anslag: '1:8', anslagspost: 4, anslagspostName: 'Barn och unga' });
    expect(glesbygd?.appropriation).toMatchObject({ utgiftsomrade: 9, anslag: '1:8', anslagspost: 5 });
    expect(a.deadlines.map((d) => [d.kind, d.date, d.areas])).toEqual([
      ['requisition', '2031-11-01', [barn?.id, glesbygd?.id]],
      ['final-report', '2032-04-15', [barn?.id]],
      ['repayment', '2032-06-30', [barn?.id]],
    ]);
    expect(a.diarienummer.map((d) => [d.value, d.issuer])).toEqual([['S2030/04567', 'Regeringskansliet']]);
    expect(a.period).toMatchObject({ start: '2031-01-01', end: '2031-12-31' });
    expect(a.total.amount).toBe('1245000000');
    expect(a.parties.map((p) => [p.role, p.signedOn, p.signatory])).toEqual([
      ['state', '2031-02-03', 'Anna Berg, statssekreterare'],
      ['skr', '2031-02-04', 'Bo Ek, ordförande'],
    ]);
  });

  it('reads a government case number from a letterhead without a label', () => {
    const r = importAgreementText(LETTERHEAD);
    expect(r.ok && r.value.agreement.diarienummer.map((d) => [d.value, d.issuer])).toEqual([
      ['S2031/00042', 'Regeringskansliet'],
      ['S2030/04567', 'Regeringskansliet'],
    ]);
  });

  it('keeps both amounts where the text states one twice differently, and the checks find it', () => {
    const conflict = draftFigures(a).filter((f) => f.status === 'conflicting');
    expect(conflict.map((f) => [f.label, f.value, f.alsoStated.map((x) => x.value)])).toEqual([['Akut tandvård i glesbygd', '1 200 000 000 kr', ['1 250 000 000 kr']]]);
    const parsed = parseAgreementJson(JSON.stringify(a));
    if (!parsed.ok) throw new Error('invalid');
    expect(checkAgreement(parsed.value).some((i) => i.severity === 'error')).toBe(true);
  });

  it('leaves what is not stated null and lists it, never guessing', () => {
    expect(a.stateShare.amount).toBeNull();
    expect(a.regionsShare.amount).toBeNull();
    const missing = notStated(a).map((m) => m.what);
    expect(missing).toEqual(expect.arrayContaining(['Statens andel', 'Regionernas andel', 'Tidsfrist för ekonomisk redovisning']));
  });

  it('drops page headers, footers and artefacts, joins hyphenation, and quotes verbatim', () => {
    expect(flat.split('Tandvårdsöverenskommelsen 2031')).toHaveLength(2);
    expect(flat).not.toContain('Sida 1 av');
    expect(flat).not.toContain(' / ');
    expect(flat).toContain('förebyggas tidigt');
    expect(flat).toContain('Akut tandvård i glesbygd');
    const bad = quotedFigures(a).filter((q) => !flat.includes(q.quote) || !q.mustContain(q.quote));
    expect(bad).toEqual([]);
  });
});

/** Another layout: a table in thousands with a recipient column, numbered payment items, ISO dates. */
const TKR = `Överenskommelse om stärkt vaccinationsarbete 2032

1. Bakgrund
Parterna vill öka vaccinationstäckningen.

2. Vaccinationsregister
2.1 Medelstilldelning
Regeringen avsätter totalt 12,5 miljoner kronor till registret.

3. Informationsinsatser
3.1 Medel
Regeringen avsätter totalt 7 500 000 kronor till informationsinsatser.

4. Medelstilldelning
Område   Belopp (tkr)   Mottagare
2. Vaccinationsregister   12 500   SKR
3. Informationsinsatser   7 500   Regionerna
Totalt   20 000

5. Ekonomiska villkor
1. 12 500 000 kronor för registret (se kapitel 2). Medlen betalas ut efter rekvisition till Kammarkollegiet senast 2032-11-30.
2. 7 500 000 kronor för informationsinsatser (se kapitel 3). Medlen betalas ut efter rekvisition till Kammarkollegiet senast 2032-11-30.
`;

describe('an agreement with a table in thousands and numbered payment items', () => {
  const r = importAgreementText(TKR);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const a = r.value.agreement;

  it('scales the table by its header, takes recipients from its column, and finds the payments by their numbers', () => {
    expect(a.total.amount).toBe('20000000');
    expect(a.areas.map((x) => [x.title, x.amount, x.recipient?.type, x.key])).toEqual([
      ['Vaccinationsregister', '12500000', 'skr', 'fixed'],
      ['Informationsinsatser', '7500000', 'regions', 'unspecified'],
    ]);
    expect(draftFigures(a).filter((f) => f.status === 'conflicting')).toEqual([]);
    expect(a.deadlines.map((d) => [d.kind, d.date, d.areas.length])).toEqual([['requisition', '2032-11-30', 2]]);
    expect(quotedFigures(a).filter((q) => !r.ok || !r.value.text.flat.includes(q.quote) || !q.mustContain(q.quote))).toEqual([]);
  });
});

/** Headings without a dot, a table without chapter numbers, payment conditions in a subsection. */
const PLAIN = `Överenskommelse om digital vårdinfrastruktur 2033

1 Inledning
Parterna är överens om insatserna nedan.

2 Insatser och medel
Område   Belopp, kr   Mottagare
Gemensam journalplattform   40 000 000   Regionerna via SKR
Nationell samordning   2 000 000   SKR
Totalt   42 000 000

3 Villkor
3.1 Utbetalning av medel
– 40 000 000 kronor för den gemensamma journalplattformen. Medlen betalas ut efter rekvisition
till Kammarkollegiet senast den 15 oktober 2033.
– 2 000 000 kronor för nationell samordning. Medlen betalas ut efter rekvisition till
Kammarkollegiet senast den 15 oktober 2033.
3.2 Redovisning
SKR ska lämna en slutrapport till Regeringskansliet (Socialdepartementet) senast den 31 mars 2034.
`;

describe('an agreement with plain headings, an unnumbered table and conditions in a subsection', () => {
  const r = importAgreementText(PLAIN);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const a = r.value.agreement;

  it('makes each table row an area and ties the payment bullets and deadlines to them', () => {
    expect(a.total.amount).toBe('42000000');
    expect(a.areas.map((x) => [x.title, x.amount, x.recipient?.type])).toEqual([
      ['Gemensam journalplattform', '40000000', 'regions-via-skr'],
      ['Nationell samordning', '2000000', 'skr'],
    ]);
    expect(a.deadlines.map((d) => [d.kind, d.date, d.areas.length])).toEqual([
      ['requisition', '2033-10-15', 2],
      ['final-report', '2034-03-31', 0],
    ]);
    expect(draftFigures(a).filter((f) => f.status !== 'found').map((f) => f.label)).toEqual(['Statens andel', 'Regionernas andel', 'Period', 'Gemensam journalplattform: anslag', 'Nationell samordning: anslag']);
  });
});

/** Chapters that state their money in running text, and payment bullets that name the payee. */
const PROSE = `Överenskommelse om stöd till ambulanssjukvården 2034

1. Inledning
Parterna är överens om två insatser.

2. Utbildning av ambulanspersonal
Regeringen avsätter totalt 30 miljoner kronor för utbildning under 2034.

3. Nationell samordning
Regeringen avsätter totalt 3 miljoner kronor för samordningen.

4. Ekonomiska villkor
• 30 000 000 kronor till regionerna för utbildning (kap 2). Medlen betalas ut efter rekvisition till Kammarkollegiet senast den 1 november 2034.
• 3 000 000 kronor till SKR för samordning (kap 3). Medlen betalas ut efter rekvisition till Kammarkollegiet senast den 1 november 2034.
`;

describe('an agreement whose chapters state their money in running text', () => {
  const r = importAgreementText(PROSE);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const a = r.value.agreement;

  it('finds the areas, and the payees the payment bullets name', () => {
    expect(a.areas.map((x) => [x.title, x.amount, x.recipient?.type, x.key])).toEqual([
      ['Utbildning av ambulanspersonal', '30000000', 'regions', 'unspecified'],
      ['Nationell samordning', '3000000', 'skr', 'fixed'],
    ]);
    expect(a.deadlines.map((d) => [d.kind, d.date, d.areas.length])).toEqual([['requisition', '2034-11-01', 2]]);
  });
});
