import type { Severity, Subject } from './types';

type Entry<P> = { readonly severity: Severity; readonly sv: (p: P) => string; readonly en: (p: P) => string };

interface Amounts {
  readonly subject: Subject;
  readonly expected: string;
  readonly actual: string;
  readonly gap: string;
}
interface Parts extends Amounts {
  readonly unknown: number;
}
interface Stated extends Amounts {
  readonly where: string;
}
interface Rec {
  readonly subject: Subject;
  readonly expected: Subject;
  readonly actual: Subject;
  readonly where: string;
}
interface Group extends Amounts {
  readonly group: Subject;
}
interface Constraint {
  readonly subject: Subject;
  readonly percent: string;
  readonly required: string;
  readonly definite: string;
  readonly possible: string;
  readonly target: Subject;
  readonly kind: 'min-share' | 'max-share';
}
interface Dates {
  readonly subject: Subject;
  readonly date: string;
  readonly other: string;
  readonly otherSubject: Subject;
}
interface Row {
  readonly row: number;
  readonly recipient: string;
  readonly value: string;
}

const minSv = (k: Constraint['kind']) => (k === 'min-share' ? 'minst' : 'högst');
const minEn = (k: Constraint['kind']) => (k === 'min-share' ? 'at least' : 'at most');

/**
 * Every message the checks give, Swedish first, keyed by stable code. The severity belongs to the
 * code: a code never changes severity from one agreement to the next.
 */
export const CHECK_MESSAGES = {
  PARTS_EXCEED_TOTAL: {
    severity: 'error',
    sv: (p: Amounts) => `Delarna i ${p.subject.sv} summerar till ${p.actual} kr, vilket är ${p.gap} kr mer än det angivna beloppet ${p.expected} kr.`,
    en: (p: Amounts) => `The parts of ${p.subject.en} add up to ${p.actual} kr, ${p.gap} kr more than the stated amount of ${p.expected} kr.`,
  },
  PARTS_SUM_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) =>
      `Delarna i ${p.subject.sv} anges vara fullständiga men summerar till ${p.actual} kr, inte ${p.expected} kr. Det saknas ${p.gap} kr.`,
    en: (p: Amounts) => `The parts of ${p.subject.en} are stated to be complete but add up to ${p.actual} kr, not ${p.expected} kr. ${p.gap} kr is missing.`,
  },
  UNALLOCATED_REMAINDER: {
    severity: 'warning',
    sv: (p: Amounts) => `${cap(p.subject.sv)}: ${p.gap} kr av ${p.expected} kr är inte fördelade på någon angiven del (de angivna delarna summerar till ${p.actual} kr).`,
    en: (p: Amounts) => `${cap(p.subject.en)}: ${p.gap} kr of ${p.expected} kr is not allocated to any stated part (the stated parts add up to ${p.actual} kr).`,
  },
  PARTS_NOT_VERIFIABLE: {
    severity: 'info',
    sv: (p: Parts) =>
      `${cap(p.subject.sv)} kan inte kontrolleras med de uppgifter som finns: ${p.unknown} ${p.unknown === 1 ? 'del saknar' : 'delar saknar'} belopp. De kända delarna summerar till ${p.actual} kr av ${p.expected} kr; ${p.gap} kr återstår.`,
    en: (p: Parts) =>
      `${cap(p.subject.en)} cannot be verified with the data given: ${p.unknown} part(s) have no amount. The known parts add up to ${p.actual} kr of ${p.expected} kr; ${p.gap} kr remains.`,
  },
  TOTAL_NOT_STATED: {
    severity: 'info',
    sv: (p: Amounts) => `Beloppet för ${p.subject.sv} anges inte${p.actual === '' ? '' : `; de kända delarna summerar till ${p.actual} kr`}.`,
    en: (p: Amounts) => `The amount of ${p.subject.en} is not stated${p.actual === '' ? '' : `; the known parts add up to ${p.actual} kr`}.`,
  },
  STATEMENT_AMOUNT_MISMATCH: {
    severity: 'error',
    sv: (p: Stated) => `Beloppet för ${p.subject.sv} är ${p.expected} kr, men ${p.where} anger ${p.actual} kr (skillnad ${p.gap} kr).`,
    en: (p: Stated) => `The amount of ${p.subject.en} is ${p.expected} kr, but ${p.where} states ${p.actual} kr (difference ${p.gap} kr).`,
  },
  STATEMENT_RECIPIENT_MISMATCH: {
    severity: 'warning',
    sv: (p: Rec) => `Mottagaren för ${p.subject.sv} är ${p.expected.sv}, men ${p.where} anger ${p.actual.sv}.`,
    en: (p: Rec) => `The recipient of ${p.subject.en} is ${p.expected.en}, but ${p.where} states ${p.actual.en}.`,
  },
  SHARES_SUM_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) => `Statens andel och regionernas andel summerar till ${p.actual} kr, men överenskommelsens totalbelopp är ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `The state's share and the regions' share add up to ${p.actual} kr, but the agreement's total is ${p.expected} kr (difference ${p.gap} kr).`,
  },
  SHARES_NOT_VERIFIABLE: {
    severity: 'info',
    sv: (p: Amounts) => `${cap(p.subject.sv)} är ${p.actual} kr av totalt ${p.expected} kr; den andra andelen anges inte, så fördelningen mellan staten och regionerna kan inte kontrolleras (${p.gap} kr återstår).`,
    en: (p: Amounts) => `${cap(p.subject.en)} is ${p.actual} kr of a total of ${p.expected} kr; the other share is not stated, so the split between the state and the regions cannot be verified (${p.gap} kr remains).`,
  },
  FUNDER_TOTAL_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) => `Raderna som finansieras av ${p.subject.sv} summerar till ${p.actual} kr, men den angivna andelen är ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `The lines funded by ${p.subject.en} add up to ${p.actual} kr, but the stated share is ${p.expected} kr (difference ${p.gap} kr).`,
  },
  FUNDER_TOTAL_NOT_VERIFIABLE: {
    severity: 'info',
    sv: (p: Amounts) => `Andelen från ${p.subject.sv} (${p.expected} kr) kan inte kontrolleras mot raderna med de uppgifter som finns: de rader som kan knytas till den summerar till ${p.actual} kr.`,
    en: (p: Amounts) => `The share from ${p.subject.en} (${p.expected} kr) cannot be verified against the lines with the data given: the lines that can be tied to it add up to ${p.actual} kr.`,
  },
  RECIPIENT_TOTAL_MISMATCH: {
    severity: 'error',
    sv: (p: Group) => `${cap(p.group.sv)} (${p.subject.sv}) anges till ${p.expected} kr, men raderna med de mottagarna summerar till ${p.actual} kr (skillnad ${p.gap} kr).`,
    en: (p: Group) => `${cap(p.group.en)} (${p.subject.en}) is stated as ${p.expected} kr, but the lines to those recipients add up to ${p.actual} kr (difference ${p.gap} kr).`,
  },
  RECIPIENT_TOTAL_NOT_VERIFIABLE: {
    severity: 'info',
    sv: (p: Group) => `${cap(p.group.sv)} (${p.subject.sv}, ${p.expected} kr) kan inte kontrolleras med de uppgifter som finns: raderna med kända belopp och mottagare summerar till ${p.actual} kr.`,
    en: (p: Group) => `${cap(p.group.en)} (${p.subject.en}, ${p.expected} kr) cannot be verified with the data given: the lines with known amounts and recipients add up to ${p.actual} kr.`,
  },
  TOTAL_EXCEEDS_FRAME: {
    severity: 'error',
    sv: (p: Amounts) => `Överenskommelsens totalbelopp ${p.actual} kr är ${p.gap} kr större än den angivna ramen ${p.expected} kr.`,
    en: (p: Amounts) => `The agreement's total of ${p.actual} kr is ${p.gap} kr more than the stated frame of ${p.expected} kr.`,
  },
  TOTAL_BELOW_FRAME: {
    severity: 'info',
    sv: (p: Amounts) => `Överenskommelsens totalbelopp ${p.actual} kr är ${p.gap} kr mindre än den ram på ${p.expected} kr som regeringen anger; dokumentet säger inte vad mellanskillnaden används till.`,
    en: (p: Amounts) => `The agreement's total of ${p.actual} kr is ${p.gap} kr less than the frame of ${p.expected} kr the government states; the document does not say what the difference is used for.`,
  },
  CONSTRAINT_VIOLATED: {
    severity: 'error',
    sv: (p: Constraint) =>
      `Villkoret att ${minSv(p.kind)} ${p.percent} procent av ${p.subject.sv} ska gå till ${p.target.sv} (${p.required} kr) är inte uppfyllt: ${p.kind === 'min-share' ? `högst ${p.possible}` : `minst ${p.definite}`} kr kan gå dit.`,
    en: (p: Constraint) =>
      `The condition that ${minEn(p.kind)} ${p.percent} percent of ${p.subject.en} go to ${p.target.en} (${p.required} kr) is not met: ${p.kind === 'min-share' ? `at most ${p.possible}` : `at least ${p.definite}`} kr can go there.`,
  },
  CONSTRAINT_NOT_VERIFIABLE: {
    severity: 'info',
    sv: (p: Constraint) =>
      `Villkoret att ${minSv(p.kind)} ${p.percent} procent av ${p.subject.sv} ska gå till ${p.target.sv} (${p.required} kr) kan inte kontrolleras med de uppgifter som finns: säkert ${p.definite} kr, högst ${p.possible} kr går dit.`,
    en: (p: Constraint) =>
      `The condition that ${minEn(p.kind)} ${p.percent} percent of ${p.subject.en} go to ${p.target.en} (${p.required} kr) cannot be verified with the data given: certainly ${p.definite} kr, at most ${p.possible} kr go there.`,
  },
  DEADLINE_REPORT_BEFORE_REQUISITION: {
    severity: 'error',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ska lämnas före ${p.otherSubject.sv} (${p.other}).`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) is due before ${p.otherSubject.en} (${p.other}).`,
  },
  DEADLINE_INTERIM_AFTER_FINAL: {
    severity: 'warning',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ska lämnas efter ${p.otherSubject.sv} (${p.other}).`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) is due after ${p.otherSubject.en} (${p.other}).`,
  },
  DEADLINE_BEFORE_PERIOD_START: {
    severity: 'warning',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ligger före överenskommelsens period, som börjar ${p.other}.`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) falls before the agreement's period, which starts ${p.other}.`,
  },
  DEADLINE_REQUISITION_AFTER_PERIOD_END: {
    severity: 'warning',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ligger efter överenskommelsens period, som slutar ${p.other}.`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) falls after the agreement's period, which ends ${p.other}.`,
  },
  DEADLINE_REPORT_BEFORE_PERIOD_END: {
    severity: 'warning',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ska lämnas innan perioden den redovisar har slutat (${p.other}).`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) is due before the period it accounts for has ended (${p.other}).`,
  },
  DEADLINE_AFTER_REPORTING_WINDOW: {
    severity: 'warning',
    sv: (p: Dates) => `${cap(p.subject.sv)} (${p.date}) ligger mer än ett år efter att överenskommelsens period slutar (${p.other}).`,
    en: (p: Dates) => `${cap(p.subject.en)} (${p.date}) falls more than a year after the agreement's period ends (${p.other}).`,
  },
  DEADLINE_OUTSIDE_CALENDAR: {
    severity: 'warning',
    sv: (p: { subject: Subject; date: string; first: string; last: string }) =>
      `${cap(p.subject.sv)} (${p.date}) ligger utanför helgdagskalendern (${p.first}–${p.last}): bara lördagar och söndagar räknas som lediga dagar.`,
    en: (p: { subject: Subject; date: string; first: string; last: string }) =>
      `${cap(p.subject.en)} (${p.date}) falls outside the holiday calendar (${p.first} to ${p.last}): only Saturdays and Sundays count as days off.`,
  },
  DISTRIBUTION_INVALID_AMOUNT: {
    severity: 'error',
    sv: (p: Row) => `Rad ${p.row} (${p.recipient}): ”${p.value}” är inte ett belopp.`,
    en: (p: Row) => `Row ${p.row} (${p.recipient}): "${p.value}" is not an amount.`,
  },
  DISTRIBUTION_NEGATIVE_AMOUNT: {
    severity: 'error',
    sv: (p: Row) => `Rad ${p.row} (${p.recipient}): beloppet ${p.value} kr är negativt.`,
    en: (p: Row) => `Row ${p.row} (${p.recipient}): the amount ${p.value} kr is negative.`,
  },
  DISTRIBUTION_DUPLICATE_RECIPIENT: {
    severity: 'error',
    sv: (p: Row) => `Rad ${p.row}: mottagaren ${p.recipient} finns redan på en tidigare rad.`,
    en: (p: Row) => `Row ${p.row}: recipient ${p.recipient} already appears on an earlier row.`,
  },
  DISTRIBUTION_UNKNOWN_RECIPIENT: {
    severity: 'error',
    sv: (p: Row & { expected: string }) => `Rad ${p.row}: ”${p.recipient}” är inte en av mottagarna för raden (${p.expected}).`,
    en: (p: Row & { expected: string }) => `Row ${p.row}: "${p.recipient}" is not one of the line's recipients (${p.expected}).`,
  },
  DISTRIBUTION_MISSING_RECIPIENTS: {
    severity: 'warning',
    sv: (p: { missing: string; count: number }) => `${p.count} ${p.count === 1 ? 'mottagare saknas' : 'mottagare saknas'} i tabellen: ${p.missing}.`,
    en: (p: { missing: string; count: number }) => `${p.count} recipient(s) are missing from the table: ${p.missing}.`,
  },
  DISTRIBUTION_FOOTING_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) => `Tabellens summarad (${p.expected} kr) stämmer inte med summan av raderna (${p.actual} kr); skillnad ${p.gap} kr.`,
    en: (p: Amounts) => `The table's total row (${p.expected} kr) does not match the sum of its rows (${p.actual} kr); difference ${p.gap} kr.`,
  },
  DISTRIBUTION_TOTAL_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) => `Fördelningen summerar till ${p.actual} kr, men ${p.subject.sv} är ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `The distribution adds up to ${p.actual} kr, but ${p.subject.en} is ${p.expected} kr (difference ${p.gap} kr).`,
  },
  DISTRIBUTION_LINE_AMOUNT_UNKNOWN: {
    severity: 'info',
    sv: (p: Amounts) => `Beloppet för ${p.subject.sv} anges inte i överenskommelsen, så fördelningens summa (${p.actual} kr) kan inte kontrolleras mot den.`,
    en: (p: Amounts) => `The amount of ${p.subject.en} is not stated in the agreement, so the distribution's sum (${p.actual} kr) cannot be verified against it.`,
  },
  DISTRIBUTION_NOT_EQUAL: {
    severity: 'warning',
    sv: (p: Amounts) => `${cap(p.subject.sv)} ska fördelas med lika belopp, men beloppen skiljer sig med upp till ${p.gap} kr (från ${p.expected} till ${p.actual} kr).`,
    en: (p: Amounts) => `${cap(p.subject.en)} is to be shared in equal amounts, but the amounts differ by up to ${p.gap} kr (from ${p.expected} to ${p.actual} kr).`,
  },
} as const satisfies Record<string, Entry<never>>;

export type CheckCode = keyof typeof CHECK_MESSAGES;
export const CHECK_CODES = Object.keys(CHECK_MESSAGES) as CheckCode[];

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}
