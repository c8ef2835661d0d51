import type { TemplateKind } from './types';
import type { Grant } from './grant';
import type { Lang } from '../result';

/** `rekvisition:sammanhallen-vard-2023:13`: the identity a writer marks the sheet with. */
export function templateId(kind: TemplateKind, agreementId: string, recipientCode = ''): string {
  return [kind, agreementId, recipientCode].filter(Boolean).join(':');
}

/** Defined names: letters, digits and underscores, never mistakable for a cell address. */
export function namePrefix(kind: TemplateKind, agreementId: string, recipientCode = ''): string {
  const short = { rekvisition: 'rekv', redovisning: 'redov', index: 'index', overview: 'oversikt', distribution: 'fordelning' }[kind];
  return ['bk', short, agreementId, recipientCode]
    .filter(Boolean)
    .join('_')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]/g, '_');
}

export const MAX_SHEET_NAME = 31;

/** A short recipient name for a sheet tab: "Halland", "SVR Södra", "SKR". */
export function shortRecipientName(g: Pick<Grant, 'recipient'>): string {
  const r = g.recipient;
  if (r.kind === 'skr') return 'SKR';
  if (r.kind === 'samverkansregion') {
    return `SVR ${r.name.replace(/\s*\(.*\)$/, '').replace(/^Sjukvårdsregion\s+/i, '').replace(/\s+sjukvårdsregionen$/i, '')}`;
  }
  return r.name.replace(/^Region\s+/, '').replace(/^Västra Götalandsregionen$/, 'Västra Götaland');
}

export function formSheetName(kind: 'rekvisition' | 'redovisning', g: Pick<Grant, 'recipient'>, lang: Lang): string {
  const word = kind === 'rekvisition' ? (lang === 'sv' ? 'Rekv' : 'Req') : lang === 'sv' ? 'Redov' : 'Report';
  const code = g.recipient.kind === 'region' ? `${g.recipient.code} ` : '';
  return `${word} ${code}${shortRecipientName(g)}`.slice(0, MAX_SHEET_NAME).trim();
}
