import { EMPTY, SheetBuilder, amount, formula, text, translator, type Sheet } from '../sheet';
import { amountFormat, auditBlock, formSheet, contactBlock, grantIdentity, header, linesTable, period, signatureBlock } from './blocks';
import type { FormOptions, FormSpec } from './form-spec';
import type { Grant } from './grant';

export const REDOVISNING: FormSpec<'redovisning'> = {
  kind: 'redovisning',
  short: 'redov',
  tab: { sv: 'Redov', en: 'Report' },
  title: { sv: 'Ekonomisk redovisning', en: 'Financial report' },
  definite: { sv: 'redovisningen', en: 'the report' },
  aliases: ['report'],
  index: {
    sheetName: { sv: 'Redovisningar', en: 'Reports' },
    title: { sv: 'Ekonomiska redovisningar – sammanställning', en: 'Financial reports – summary' },
    extra: [
      { label: { sv: 'Utbetalt', en: 'Paid out' }, find: { input: 'utbetalt' } },
      { label: { sv: 'Kostnader', en: 'Costs' }, find: { anchor: 'costs' } },
      { label: { sv: 'Ej förbrukat', en: 'Unused' }, find: { anchor: 'unused' } },
    ],
  },
  build: (g, o) => redovisningTemplate(g, o),
};

/** How many cost lines the form offers; users specify the major items, not every invoice. */
export const COST_LINES = 8;

export const REVIEW_OPTIONS = {
  sv: ['Alt 1: Redovisningen under punkt 3 är korrekt', 'Alt 2: Redovisningen under punkt 3 är inte korrekt'],
  en: ['Alt 1: The account under item 3 is correct', 'Alt 2: The account under item 3 is not correct'],
} as const;

/**
 * Ekonomisk redovisning (Bilaga 1, right column): contact, the grant, the account with live
 * formulas (total costs, unused funds = grant − costs), the finance director's review, signature.
 */
export function redovisningTemplate(g: Grant, o: FormOptions): Sheet {
  const t = translator(o.lang);
  const b = new SheetBuilder(4);
  const fmt = amountFormat(g);
  header(b, t, t('Ekonomisk redovisning till Kammarkollegiet', 'Financial report to Kammarkollegiet'), g);
  contactBlock(b, t, o.profile, g);

  b.banner(text(t('2. Bidrag som redovisningen avser', '2. The grant reported on')), 'heading');
  grantIdentity(b, t, o.profile, g);
  const agreed = linesTable(b, t, g, t('Summa bidrag enligt överenskommelsen', 'Total grant according to the agreement'));
  const paid = b.amountField(t('Summa bidrag som utbetalats från Kammarkollegiet', 'Total grant paid out by Kammarkollegiet'), amount(g.total), 'input', fmt, {
    input: { key: 'utbetalt', kind: 'amount', prompt: t('Beloppet Kammarkollegiet betalat ut', 'The amount Kammarkollegiet paid'), validation: { type: 'amount' } },
  });
  b.field(t('Period som den ekonomiska redovisningen avser', 'Period of the financial report'), period(g), 'generated');
  b.skip();

  b.banner(text(t('3. Redovisning av verksamhet eller aktivitet', '3. Account of the activity')), 'heading');
  const received = b.amountField(t('Bidrag som erhållits från Kammarkollegiet', 'Grant received from Kammarkollegiet'), formula(paid), 'generated', fmt);
  b.put(`A${b.row}`, text(t('Kostnader (specificera större kostnadsposter)', 'Costs (specify the major items)')), 'tableHeader', { merge: `A${b.row}:C${b.row}` });
  b.put(`D${b.row}`, text(t('Belopp, kr', 'Amount, SEK')), 'tableHeader');
  b.row++;
  const firstCost = b.row;
  for (let i = 1; i <= COST_LINES; i++) {
    b.put(`A${b.row}`, EMPTY, 'input', {
      merge: `A${b.row}:C${b.row}`,
      input: { key: `kostnad_${i}_text`, kind: 'text', prompt: t('Kostnadspost, t.ex. Personal', 'Cost item, e.g. Staff') },
    });
    b.put(`D${b.row}`, EMPTY, 'input', {
      numFmt: fmt,
      input: { key: `kostnad_${i}_belopp`, kind: 'amount', prompt: t('Belopp i kronor', 'Amount in kronor'), validation: { type: 'amount' } },
    });
    b.row++;
  }
  const costs = b.amountField(t('Summa kostnader', 'Total costs'), formula(`SUM(D${firstCost}:D${b.row - 1})`), 'total', fmt, { anchor: 'costs' });
  const unused = b.amountField(
    t('Medel som inte har förbrukats (bidrag − kostnader)', 'Unused funds (grant − costs)'),
    formula(`${received}-${costs}`),
    'total',
    fmt,
    { anchor: 'unused' },
  );
  const repay = g.repaymentDeadline ?? '';
  b.banner(
    formula(
      `IF(${unused}>0,"${t(`Medel som inte har använts ska återbetalas till Kammarkollegiet${repay ? ` senast ${repay}` : ''}.`, `Unused funds must be paid back to Kammarkollegiet${repay ? ` by ${repay}` : ''}.`)}",IF(${unused}<0,"${t('Kostnaderna är större än bidraget.', 'The costs exceed the grant.')}",""))`,
    ),
    'check',
  );
  if (agreed !== paid) {
    b.banner(
      formula(`IF(${paid}<>${agreed},"${t('Utbetalt belopp skiljer sig från överenskommelsen.', 'The amount paid differs from the agreement.')}","")`),
      'check',
    );
  }
  b.skip();

  b.banner(
    text(t('4. Ekonomichefens (eller motsvarande) granskning av den ekonomiska redovisningen', "4. The finance director's (or equivalent) review of the financial report")),
    'heading',
    30,
  );
  const options = REVIEW_OPTIONS[o.lang];
  const review = b.field(t('Bedömning', 'Assessment'), EMPTY, 'input', {
    input: { key: 'granskning', kind: 'choice', prompt: t('Välj alternativ 1 eller 2', 'Choose alternative 1 or 2'), validation: { type: 'list', options } },
  });
  const deviations = b.field(t('Avvikelser och eventuella åtgärder (vid alt 2)', 'Deviations and measures (alternative 2)'), EMPTY, 'input', {
    input: { key: 'avvikelser', kind: 'multiline', prompt: t('Beskriv avvikelserna och åtgärderna', 'Describe the deviations and measures') },
    height: 60,
  });
  b.banner(
    formula(`IF(AND(LEFT(${review},5)="Alt 2",${deviations}=""),"${t('Vid alternativ 2 ska avvikelserna och åtgärderna redovisas.', 'With alternative 2 the deviations and measures must be described.')}","")`),
    'check',
  );
  const cfo = o.profile.ekonomichef ?? {};
  const person = (sv: string, en: string, key: string, value: string | undefined) =>
    b.field(t(sv, en), value ? text(value) : EMPTY, 'input', { input: { key, kind: 'text', prompt: t(sv, en) } });
  person('Namn', 'Name', 'ekonomichef_namn', cfo.namn);
  person('Befattning', 'Position', 'ekonomichef_befattning', cfo.befattning);
  person('Telefon inkl. riktnummer', 'Telephone incl. area code', 'ekonomichef_telefon', cfo.telefon);
  person('E-postadress', 'E-mail address', 'ekonomichef_epost', cfo.epost);
  b.skip();

  signatureBlock(
    b,
    t,
    t('5. Underskrift i original av behörig företrädare', '5. Original signature of an authorised representative'),
    t('Bidragstagaren intygar att lämnade uppgifter är riktiga.', 'The recipient certifies that the information given is correct.'),
    o.profile,
  );
  auditBlock(b, t, o.lang, g, o.info);

  return formSheet(REDOVISNING, g, o.lang, b);
}
