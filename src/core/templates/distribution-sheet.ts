import { METHOD_LABELS, QUOTA_DECIMALS, TIE_BREAK_LABEL, type Distribution } from '../distribution';
import { formatAmount, unitDecimals, unitLabel } from '../money';
import type { Lang } from '../result';
import { FORMAT, SheetBuilder, amount, formula, number, text, translator } from './builder';
import type { GenerationInfo } from './grant';
import { namePrefix, templateId } from './identity';
import type { TemplateSheet } from './types';

export interface DistributionSheetInput {
  readonly agreementId: string;
  readonly agreementName: string;
  readonly lineId: string;
  readonly lineName: string;
  readonly distribution: Distribution;
}

/**
 * A distribution as a sheet: method, unit, tie-break, key, source and reference date written above
 * the table, and the total and its difference from the amount as live formulas.
 */
export function distributionTemplate(x: DistributionSheetInput, lang: Lang, info: GenerationInfo): TemplateSheet {
  const t = translator(lang);
  const d = x.distribution;
  const fmt = unitDecimals(d.unit) > 0 ? FORMAT.ore : FORMAT.kronor;
  const b = new SheetBuilder(5);
  b.banner(text(t(`Fördelning av ${formatAmount(d.amount, { group: ' ' })} kr`, `Distribution of SEK ${formatAmount(d.amount, { group: ' ' })}`)), 'title', 24);
  b.banner(text(`${x.agreementName}: ${x.lineName}`), 'subtitle', 30);
  b.skip();
  const info2 = (label: string, value: string) => {
    b.put(`A${b.row}`, text(label), 'label', { merge: `A${b.row}:B${b.row}` });
    b.put(`C${b.row}`, text(value), 'generated', { merge: `C${b.row}:E${b.row}` });
    b.row++;
  };
  info2(t('Överenskommelse och rad', 'Agreement and line'), `${x.agreementId} / ${x.lineId}`);
  info2(t('Metod', 'Method'), METHOD_LABELS[d.method][lang]);
  info2(t('Enhet', 'Unit'), unitLabel(d.unit, lang));
  info2(t('Lika rester', 'Ties'), TIE_BREAK_LABEL[lang]);
  info2(t('Fördelningsnyckel', 'Distribution key'), d.source?.description ?? t('egna vikter', 'own weights'));
  info2(t('Källa', 'Source'), d.source?.publisher ?? '');
  info2(t('Referensdatum', 'Reference date'), d.source?.referenceDate ?? '');
  info2(
    t('Differens vid enbart avrundning', 'Residual of plain rounding'),
    `${formatAmount(d.plainRoundingResidual, { group: ' ', minus: '-' })} kr ${t('(metoden fördelar den så att summan stämmer)', '(the method distributes it so the total matches)')}`,
  );
  b.skip();

  const header = b.row;
  const heads = [t('Kod', 'Code'), t('Mottagare', 'Recipient'), t(d.source?.kind === 'population' ? 'Befolkning' : 'Vikt', d.source?.kind === 'population' ? 'Population' : 'Weight'), t('Exakt andel, kr', 'Exact quota, SEK'), t('Belopp, kr', 'Amount, SEK')];
  heads.forEach((h, i) => b.put(`${'ABCDE'[i]}${header}`, text(h), 'tableHeader'));
  b.row++;
  const first = b.row;
  for (const r of d.rows) {
    b.put(`A${b.row}`, text(r.id), 'generated');
    b.put(`B${b.row}`, text(r.name), 'generated');
    b.put(`C${b.row}`, number(r.weight), 'generated', { numFmt: FORMAT.count });
    b.put(`D${b.row}`, number(r.quota.toDecimalPlaces(Math.min(QUOTA_DECIMALS, 4))), 'generated', { numFmt: FORMAT.quota });
    b.put(`E${b.row}`, amount(r.amount), 'generated', { numFmt: fmt, anchor: `row:${r.id}` });
    b.row++;
  }
  const last = b.row - 1;
  b.put(`A${b.row}`, text(t('Summa', 'Total')), 'total', { merge: `A${b.row}:B${b.row}` });
  b.put(`C${b.row}`, formula(`SUM(C${first}:C${last})`), 'total', { numFmt: FORMAT.count });
  const sum = b.put(`E${b.row}`, formula(`SUM(E${first}:E${last})`), 'total', { numFmt: fmt, anchor: 'total' });
  b.row++;
  b.put(`A${b.row}`, text(t('Belopp att fördela', 'Amount to distribute')), 'label', { merge: `A${b.row}:D${b.row}` });
  const whole = b.put(`E${b.row}`, amount(d.amount), 'generated', { numFmt: fmt });
  b.row++;
  b.put(`A${b.row}`, text(t('Differens (ska vara 0)', 'Difference (must be 0)')), 'label', { merge: `A${b.row}:D${b.row}` });
  const diff = b.put(`E${b.row}`, formula(`${sum}-${whole}`), 'total', { numFmt: fmt });
  b.row++;
  b.banner(formula(`IF(${diff}=0,"${t('Summan stämmer.', 'The total matches.')}","${t('Summan stämmer inte.', 'The total does not match.')}")`), 'check');
  b.skip();
  b.banner(text(`${t('Källa för befolkningsdata', 'Population data source')}: ${d.source?.publisher ?? '–'}. Bidragskollen ${info.productVersion}, ${info.generatedAt}`), 'audit');

  return {
    id: templateId('distribution', x.agreementId, x.lineId),
    kind: 'distribution',
    sheetName: t('Fördelning', 'Distribution'),
    namePrefix: namePrefix('distribution', x.agreementId, x.lineId),
    columns: [8, 30, 14, 18, 16],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'portrait', area: `A1:E${b.row - 1}`, repeatRows: `${header}:${header}` },
    protect: true,
    freezeRows: header,
  };
}
