import { DISTRIBUTION_KEY_LABELS, type AgreementJson } from '../agreements';
import { formatKronor } from '../money';
import { Dec } from '../money';
import { recipientLabel } from '../checks';


type Source = NonNullable<AgreementJson['total']['source']>;
type Line = AgreementJson['areas'][number];

export type FigureStatus = 'found' | 'conflicting' | 'not-stated';

/** One figure of a draft, as the CLI and the pane show it: what, its value, its words, its status. */
export interface DraftFigure {
  /** Path in the agreement JSON, e.g. ["areas", 1, "lines", 0, "amount"]. */
  readonly path: readonly (string | number)[];
  /** The area (top-level line) it belongs to, or null for the agreement as a whole. */
  readonly area: string | null;
  readonly label: string;
  readonly labelEn: string;
  /** As the user reads it ("4 250 000 kr", "2031-04-15", "utgiftsområde 9, anslag 1:6, anslagspost 7"); null = not stated. */
  readonly value: string | null;
  readonly valueEn: string | null;
  readonly status: FigureStatus;
  readonly source: Source | null;
  /** The other statements of the same figure; for a conflict, the differing ones among them. */
  readonly alsoStated: readonly { value: string | null; source: Source }[];
}

const kr = (s: string | null | undefined) => (s === null || s === undefined ? null : formatKronor(new Dec(s)));

function statusOf(amount: string | null, also: readonly { amount?: string | null }[] | undefined): FigureStatus {
  if (amount === null) return 'not-stated';
  return (also ?? []).some((a) => a.amount !== undefined && a.amount !== null && !new Dec(a.amount).eq(amount)) ? 'conflicting' : 'found';
}

/** Every figure of a draft in reading order, with its status. */
export function draftFigures(a: AgreementJson): DraftFigure[] {
  const out: (Omit<DraftFigure, 'valueEn'> & { valueEn?: string | null })[] = [];
  const stated = (key: 'total' | 'stateShare' | 'regionsShare', label: string, labelEn: string) => {
    const s = a[key];
    out.push({
      path: [key, 'amount'],
      area: null,
      label,
      labelEn,
      value: kr(s.amount),
      status: statusOf(s.amount, s.alsoStated),
      source: s.source,
      alsoStated: (s.alsoStated ?? []).map((x) => ({ value: kr(x.amount), source: x.source })),
    });
  };
  stated('total', 'Totalt belopp', 'Total amount');
  stated('stateShare', 'Statens andel', "The state's share");
  stated('regionsShare', 'Regionernas andel', "The regions' share");
  out.push({
    path: ['period'],
    area: null,
    label: 'Period',
    labelEn: 'Period',
    value: a.period ? `${a.period.start} – ${a.period.end}` : null,
    status: a.period ? 'found' : 'not-stated',
    source: a.period?.source ?? null,
    alsoStated: [],
  });
  a.diarienummer.forEach((d, i) =>
    out.push({ path: ['diarienummer', i], area: null, label: d.description, labelEn: `Case number (${d.issuer})`, value: d.value, status: 'found', source: d.source, alsoStated: [] }),
  );
  a.parties.forEach((p, i) =>
    out.push({
      path: ['parties', i],
      area: null,
      label: `Part: ${p.name}`,
      labelEn: `Party: ${p.name}`,
      value: [p.signatory ?? null, p.signedOn ?? null].filter((x) => x !== null).join(', ') || null,
      status: p.signedOn && p.signatory ? 'found' : 'not-stated',
      source: p.source ?? null,
      alsoStated: [],
    }),
  );
  const walk = (lines: readonly Line[], path: (string | number)[], area: string | null) => {
    lines.forEach((l, i) => {
      const here = [...path, i];
      const areaId = area ?? l.id;
      out.push({
        path: [...here, 'amount'],
        area: areaId,
        label: l.title,
        labelEn: l.titleEn ?? l.title,
        value: kr(l.amount),
        status: statusOf(l.amount, l.alsoStated),
        source: l.source,
        alsoStated: (l.alsoStated ?? []).filter((x) => x.amount !== undefined).map((x) => ({ value: kr(x.amount), source: x.source })),
      });
      if (l.recipient)
        out.push({
          path: [...here, 'recipient'],
          area: areaId,
          label: `${l.title}: mottagare`,
          labelEn: `${l.title}: recipient`,
          value: `${recipientLabel(l.recipient).sv}${l.key ? `, ${DISTRIBUTION_KEY_LABELS[l.key].sv}` : ''}`,
          valueEn: `${recipientLabel(l.recipient).en}${l.key ? `, ${DISTRIBUTION_KEY_LABELS[l.key].en}` : ''}`,
          status: 'found',
          source: (l.alsoStated ?? []).find((x) => x.recipient)?.source ?? l.source,
          alsoStated: [],
        });
      if (l.appropriation)
        out.push({
          path: [...here, 'appropriation'],
          area: areaId,
          label: `${l.title}: anslag`,
          labelEn: `${l.title}: appropriation`,
          value: `utgiftsområde ${l.appropriation.utgiftsomrade}, anslag ${l.appropriation.anslag}, anslagspost ${l.appropriation.anslagspost ?? 'ej angiven'}`,
          status: 'found',
          source: l.appropriation.source,
          alsoStated: [],
        });
      else if (l.appropriation === undefined && area === null && l.funder !== 'regions' && !hasAppropriation(l))
        out.push({ path: [...here, 'appropriation'], area: areaId, label: `${l.title}: anslag`, labelEn: `${l.title}: appropriation`, value: null, status: 'not-stated', source: null, alsoStated: [] });
      if (l.lines) walk(l.lines, [...here, 'lines'], areaId);
    });
  };
  walk(a.areas, ['areas'], null);
  a.constraints.forEach((c, i) =>
    out.push({
      path: ['constraints', i],
      area: c.area,
      label: `Villkor: ${c.kind === 'min-share' ? 'minst' : 'högst'} ${c.percent.replace('.', ',')} procent till ${c.target.description}`,
      labelEn: `Condition: ${c.kind === 'min-share' ? 'at least' : 'at most'} ${c.percent} per cent to ${c.target.descriptionEn ?? c.target.description}`,
      value: `${c.percent.replace('.', ',')} %`,
      status: 'found',
      source: c.source,
      alsoStated: [],
    }),
  );
  a.deadlines.forEach((d, i) =>
    out.push({
      path: ['deadlines', i],
      area: d.areas.length === 1 ? (d.areas[0] ?? null) : null,
      label: d.title,
      labelEn: d.titleEn,
      value: d.date,
      status: 'found',
      source: d.source,
      alsoStated: [],
    }),
  );
  return out.map((f) => ({ ...f, valueEn: f.valueEn === undefined ? f.value : f.valueEn }));
}

/** What the genre expects and this text does not state (never filled in by guessing). */
export function notStated(a: AgreementJson): { readonly what: string; readonly whatEn: string }[] {
  const out: { what: string; whatEn: string }[] = draftFigures(a)
    .filter((f) => f.status === 'not-stated')
    .map((f) => ({ what: f.label, whatEn: f.labelEn }));
  if (a.areas.length === 0) out.push({ what: 'Områden med belopp', whatEn: 'Areas with amounts' });
  if (a.diarienummer.length === 0) out.push({ what: 'Diarienummer', whatEn: 'Case numbers' });
  if (a.parties.length === 0) out.push({ what: 'Parter och underskrifter', whatEn: 'Parties and signatures' });
  const kinds = new Set(a.deadlines.map((d) => d.kind));
  const expected = [
    ['requisition', 'Tidsfrist för rekvisition', 'Requisition deadline'],
    ['repayment', 'Tidsfrist för återbetalning', 'Repayment deadline'],
    ['financial-report', 'Tidsfrist för ekonomisk redovisning', 'Financial report deadline'],
    ['final-report', 'Tidsfrist för slutrapport', 'Final report deadline'],
  ] as const;
  for (const [k, sv, en] of expected) if (!kinds.has(k)) out.push({ what: sv, whatEn: en });
  walkLeaves(a.areas, (l) => {
    if (!l.recipient) out.push({ what: `${l.title}: mottagare`, whatEn: `${l.title}: recipient` });
  });
  return out;
}

function walkLeaves(lines: readonly Line[], visit: (l: Line) => void): void {
  for (const l of lines) {
    if (l.lines && l.lines.length > 0) walkLeaves(l.lines, visit);
    else visit(l);
  }
}

function hasAppropriation(l: Line): boolean {
  return l.appropriation !== undefined || (l.lines ?? []).some(hasAppropriation);
}
