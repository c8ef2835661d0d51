import { paymentAccount } from '../profile';
import { EMPTY, SheetBuilder, text, translator, type Sheet } from '../sheet';
import { auditBlock, formSheet, contactBlock, grantIdentity, header, linesTable, period, signatureBlock } from './blocks';
import type { FormOptions, FormSpec } from './form-spec';
import type { Grant } from './grant';

export const REKVISITION: FormSpec<'rekvisition'> = {
  kind: 'rekvisition',
  short: 'rekv',
  tab: { sv: 'Rekv', en: 'Req' },
  title: { sv: 'Rekvisition', en: 'Requisition' },
  definite: { sv: 'rekvisitionen', en: 'the requisition' },
  aliases: ['requisition'],
  index: {
    sheetName: { sv: 'Rekvisitioner', en: 'Requisitions' },
    title: { sv: 'Rekvisitioner – sammanställning', en: 'Requisitions – summary' },
    extra: [],
  },
  build: (g, o) => rekvisitionTemplate(g, o),
};

/** Rekvisition (Bilaga 1, left column): contact, the grant, payment details, signature. */
export function rekvisitionTemplate(g: Grant, o: FormOptions): Sheet {
  const t = translator(o.lang);
  const b = new SheetBuilder(4);
  header(b, t, t('Rekvisition till Kammarkollegiet', 'Requisition to Kammarkollegiet'), g);
  contactBlock(b, t, o.profile, g);

  b.banner(text(t('2. Bidrag som ansökan avser', '2. The grant applied for')), 'heading');
  grantIdentity(b, t, o.profile, g);
  linesTable(b, t, g, t('Belopp som rekvireras', 'Amount requisitioned'));
  b.field(t('Period som rekvisitionen avser', 'Period of the requisition'), period(g), 'generated');
  if (g.requisitionDeadline) {
    b.banner(
      text(
        t(
          `Rekvisitionen ska ha kommit in till Kammarkollegiet senast ${g.requisitionDeadline}. Rätten till bidrag förfaller annars.`,
          `The requisition must reach Kammarkollegiet no later than ${g.requisitionDeadline}, or the right to the grant lapses.`,
        ),
      ),
      'note',
    );
  }
  b.skip();

  b.banner(text(t('3. Uppgifter för utbetalning', '3. Payment details')), 'heading');
  const account = paymentAccount(o.profile);
  b.field(t('Bankgiro/Plusgiro', 'Bankgiro/Plusgiro'), account ? text(account) : EMPTY, 'input', {
    input: { key: 'bankgiro_plusgiro', kind: 'text', prompt: t('Bankgiro 1234-5678 eller Plusgiro 12345-6', 'Bankgiro 1234-5678 or Plusgiro 12345-6') },
  });
  b.field(t('Önskad betalningsreferens', 'Payment reference'), o.profile.betalningsreferens ? text(o.profile.betalningsreferens) : EMPTY, 'input', {
    input: { key: 'betalningsreferens', kind: 'text', prompt: t('Önskad betalningsreferens', 'Payment reference') },
  });
  b.skip();

  signatureBlock(
    b,
    t,
    t('4. Underskrift i original av behörig företrädare', '4. Original signature of an authorised representative'),
    t(
      'Bidragstagaren intygar att lämnade uppgifter är riktiga samt försäkrar att bidraget kommer att användas enligt den gemensamma överenskommelsen.',
      'The recipient certifies that the information given is correct and that the grant will be used according to the joint agreement.',
    ),
    o.profile,
  );
  auditBlock(b, t, o.lang, g, o.info);

  return formSheet(REKVISITION, g, o.lang, b);
}
