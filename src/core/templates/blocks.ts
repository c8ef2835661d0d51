import { METHOD_LABELS, TIE_BREAK_LABEL } from '../distribution';
import { unitDecimals, unitLabel } from '../money';
import type { Profile } from '../profile';
import type { Lang } from '../result';
import { EMPTY, FORMAT, MAX_SHEET_NAME, amount, date, formula, namePrefix, sheetId, text, type CellValue, type InputSpec, type Sheet, type SheetBuilder, type Tr } from '../sheet';
import type { FormSpec } from './form-spec';
import type { GenerationInfo, Grant, GrantLine } from './grant';

export const amountFormat = (g: Grant): string => (unitDecimals(g.unit) > 0 ? FORMAT.ore : FORMAT.kronor);

const orEmpty = (v: string | undefined): CellValue => (v ? text(v) : EMPTY);
const input = (key: string, kind: InputSpec['kind'], prompt: string, validation?: InputSpec['validation']): InputSpec => ({
  key,
  kind,
  prompt,
  ...(validation ? { validation } : {}),
});

export function header(b: SheetBuilder, t: Tr, title: string, g: Grant): void {
  b.banner(text(title), 'title', 24);
  b.banner(text(`${g.agreement.name} – ${g.recipient.name}`), 'subtitle');
  b.banner(
    text(
      t(
        'Fyll i de gula cellerna. Övriga uppgifter kommer från överenskommelsen och uppdateras när mallen skapas på nytt; det du skrivit i de gula cellerna behålls.',
        'Fill in the yellow cells. Everything else comes from the agreement and is updated when the template is created again; what you typed in the yellow cells is kept.',
      ),
    ),
    'note',
    30,
  );
  b.skip();
}

/** 1. Kontaktuppgifter: the same seven fields on both forms, prefilled from the profile. */
export function contactBlock(b: SheetBuilder, t: Tr, p: Profile, g: Grant): void {
  b.banner(text(t('1. Kontaktuppgifter', '1. Contact details')), 'heading');
  const f = (sv: string, en: string, key: string, value: string | undefined) =>
    b.field(t(sv, en), orEmpty(value), 'input', { input: input(key, 'text', t(sv, en)) });
  f('Bidragsmottagare', 'Grant recipient', 'bidragsmottagare', p.bidragsmottagare ?? (g.recipient.kind === 'samverkansregion' ? undefined : g.recipient.name));
  f('Organisationsnummer', 'Organisation number', 'organisationsnummer', p.organisationsnummer);
  f('Kontaktperson', 'Contact person', 'kontaktperson', p.kontaktperson);
  f('Postadress', 'Postal address', 'postadress', p.postadress);
  f('Telefon inkl. riktnummer', 'Telephone incl. area code', 'telefon', p.telefon);
  f('Faxnummer', 'Fax number', 'fax', p.fax);
  f('E-postadress', 'E-mail address', 'epost', p.epost);
  b.skip();
}

/** The two diarienummer and the agreement's name, at the top of section 2 of both forms. */
export function grantIdentity(b: SheetBuilder, t: Tr, p: Profile, g: Grant): void {
  const dnr = p.diarienummer?.[g.agreement.id];
  const prompt = t('Till exempel S2023/01234', 'For example S2023/01234');
  b.field(
    t('Regeringskansliets diarienummer för bakomliggande överenskommelse', "Government Offices' reference number of the agreement"),
    orEmpty(dnr?.overenskommelse ?? g.agreement.diarienummer),
    'input',
    { input: input('diarienummer_overenskommelse', 'text', prompt), height: 30 },
  );
  b.field(
    t('Regeringskansliets diarienummer för regeringsbeslut avseende utbetalning', "Government Offices' reference number of the payment decision"),
    orEmpty(dnr?.utbetalning ?? g.agreement.diarienummerUtbetalning),
    'input',
    { input: input('diarienummer_utbetalning', 'text', prompt), height: 30 },
  );
  b.field(t('Överenskommelsens benämning', "The agreement's name"), text(g.agreement.name), 'generated', { height: 30 });
}

/**
 * The lines the recipient requisitions, one row each, and their sum as a live formula. Returns the
 * address of the sum.
 */
export function linesTable(b: SheetBuilder, t: Tr, g: Grant, totalLabel: string): string {
  const fmt = amountFormat(g);
  b.put(`A${b.row}`, text(t('Område och insats', 'Area and measure')), 'tableHeader');
  b.put(`B${b.row}`, text(t('Anslagspost', 'Appropriation')), 'tableHeader');
  b.put(`C${b.row}`, text(t('Rekvireras senast', 'Requisition by')), 'tableHeader');
  b.put(`D${b.row}`, text(t('Belopp, kr', 'Amount, SEK')), 'tableHeader');
  b.rowHeights[b.row] = 30;
  b.row++;
  const first = b.row;
  for (const line of g.lines) {
    b.put(`A${b.row}`, text(line.lineName ? `${line.areaName}: ${line.lineName}` : line.areaName), 'generated');
    b.put(`B${b.row}`, orEmpty(line.appropriation), 'generated');
    b.put(`C${b.row}`, deadlineValue(line.requisitionDeadline), 'generated', { numFmt: FORMAT.date });
    b.put(`D${b.row}`, amount(line.amount), 'generated', { numFmt: fmt, anchor: `line:${line.lineId}` });
    b.rowHeights[b.row] = 30;
    b.row++;
  }
  const last = b.row - 1;
  const sum = last >= first ? formula(`SUM(D${first}:D${last})`) : amount('0');
  return b.amountField(totalLabel, sum, 'total', fmt, { anchor: 'total' });
}

/** A deadline may be only a month ("i maj 2023"): that stays text, a full date becomes a date cell. */
export function deadlineValue(d: string | undefined): CellValue {
  if (d === undefined) return EMPTY;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? date(d) : text(d);
}

export function period(g: Grant): CellValue {
  return text(`${g.agreement.periodStart} – ${g.agreement.periodEnd}`);
}

export function signatureBlock(b: SheetBuilder, t: Tr, heading: string, attestation: string, p: Profile): void {
  b.banner(text(heading), 'heading');
  b.banner(text(attestation), 'note', 30);
  b.field(t('Datum', 'Date'), EMPTY, 'input', { input: input('datum', 'date', t('ÅÅÅÅ-MM-DD', 'YYYY-MM-DD'), { type: 'date' }), numFmt: FORMAT.date });
  b.field(t('Underskrift', 'Signature'), EMPTY, 'signature', { height: 36 });
  b.field(t('Namnförtydligande', 'Name in block letters'), orEmpty(p.firmatecknare), 'input', {
    input: input('namnfortydligande', 'text', t('Namnförtydligande', 'Name in block letters')),
  });
  b.skip();
}

/** Where every number came from: agreement and lines, method, unit, tie-break, population, version, time. */
export function auditBlock(b: SheetBuilder, t: Tr, lang: Lang, g: Grant, info: GenerationInfo): void {
  b.banner(text(t('Underlag (skapat av Bidragskollen, ändra inte)', 'Basis (created by Bidragskollen, do not edit)')), 'heading');
  const row = (label: string, value: string) => {
    b.put(`A${b.row}`, text(label), 'audit');
    b.put(`B${b.row}`, text(value), 'audit', { merge: `B${b.row}:${b.lastColumn}${b.row}` });
    b.row++;
  };
  row(t('Överenskommelse', 'Agreement'), g.agreement.id);
  row(t('Mottagare', 'Recipient'), g.recipient.kind === 'skr' ? g.recipient.name : `${g.recipient.code} ${g.recipient.name}`);
  for (const line of g.lines) row(t('Rad', 'Line'), `${line.lineId}: ${describeBasis(line, lang)}`);
  const distributed = g.lines.find((l) => l.basis.kind === 'distributed');
  if (distributed && distributed.basis.kind === 'distributed') {
    const basis = distributed.basis;
    row(t('Metod', 'Method'), METHOD_LABELS[basis.method][lang]);
    row(t('Enhet', 'Unit'), unitLabel(basis.unit, lang));
    row(t('Lika rester', 'Ties'), TIE_BREAK_LABEL[lang]);
  }
  for (const source of new Set(g.lines.flatMap((l) => (l.basis.kind === 'distributed' && l.basis.key !== 'equal' ? [sourceText(l, t)] : [])))) {
    row(t('Fördelningsnyckel', 'Distribution key'), source);
  }
  const deadlines = [
    g.requisitionDeadline ? `${t('rekvisition senast', 'requisition by')} ${g.requisitionDeadline}` : undefined,
    g.reportDeadline ? `${t('ekonomisk redovisning senast', 'financial report by')} ${g.reportDeadline}` : undefined,
    g.repaymentDeadline ? `${t('återbetalning senast', 'repayment by')} ${g.repaymentDeadline}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (deadlines.length > 0) row(t('Tidsfrister', 'Deadlines'), deadlines.join('; '));
  row(t('Version', 'Version'), `Bidragskollen ${info.productVersion}`);
  row(t('Skapad', 'Created'), info.generatedAt);
}

function sourceText(line: GrantLine, t: Tr): string {
  if (line.basis.kind !== 'distributed') return '';
  const b = line.basis;
  return [b.sourceDescription, b.publisher ? `${t('källa', 'source')} ${b.publisher}` : undefined, b.referenceDate ? `${t('referensdatum', 'reference date')} ${b.referenceDate}` : undefined]
    .filter(Boolean)
    .join(', ');
}

function describeBasis(line: GrantLine, lang: Lang): string {
  const t: Tr = (sv, en) => (lang === 'sv' ? sv : en);
  const whole = `${line.lineAmount.toFixed()} kr`;
  if (line.basis.kind === 'whole') return t(`hela radens belopp, ${whole}`, `the whole line, ${whole}`);
  const key = { population: t('andel efter befolkning', 'population share'), weights: t('andel efter egna vikter', 'share by own weights'), equal: t('lika delar', 'equal shares') }[line.basis.key];
  return t(`${key} av ${whole}`, `${key} of ${whole}`);
}

/** The sheet a form's builder has filled: identity, A4 portrait print area over every row, protected. */
export function formSheet(form: FormSpec, g: Grant, lang: Lang, b: SheetBuilder): Sheet {
  return {
    id: sheetId(form.kind, g.agreement.id, g.recipient.code),
    sheetName: formSheetName(form, g, lang),
    namePrefix: namePrefix(form.short, g.agreement.id, g.recipient.code),
    columns: [46, 24, 16, 18],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'portrait', area: `A1:D${b.row - 1}` },
    protect: true,
  };
}

/** A short recipient name for a sheet tab: "Halland", "SVR Södra", "SKR", a municipality's name ("Upplands Väsby"). */
export function shortRecipientName(g: Pick<Grant, 'recipient'>): string {
  const r = g.recipient;
  if (r.kind === 'skr') return 'SKR';
  if (r.kind === 'samverkansregion') {
    return `SVR ${r.name.replace(/\s*\(.*\)$/, '').replace(/^Sjukvårdsregion\s+/i, '').replace(/\s+sjukvårdsregionen$/i, '')}`;
  }
  return r.name.replace(/^Region\s+/, '').replace(/^Västra Götalandsregionen$/, 'Västra Götaland');
}

export function formSheetName(form: Pick<FormSpec, 'tab'>, g: Pick<Grant, 'recipient'>, lang: Lang): string {
  const code = g.recipient.kind === 'region' || g.recipient.kind === 'municipality' ? `${g.recipient.code} ` : '';
  return `${form.tab[lang]} ${code}${shortRecipientName(g)}`.slice(0, MAX_SHEET_NAME).trim();
}
