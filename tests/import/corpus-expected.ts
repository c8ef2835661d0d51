/**
 * What each payout decision in ../shared/agreements-corpus orders, read by hand from the texts (the
 * amounts ordered paid or stated as the agreement's total, the payee where one is named, and the
 * dates by which something is due). "mixed": the sentence names several payees for one amount.
 */
export interface ExpectedDecision {
  readonly payments: readonly (readonly [amount: string, recipient: string | null])[];
  readonly dates: readonly string[];
}

export const CORPUS_EXPECTED: Record<string, ExpectedDecision> = {
  'rb-2017-utbetalning-battre-resursutnyttjande.txt': { payments: [['976000000', null], ['655000000', 'regions'], ['300000000', 'regions']], dates: [] },
  'rb-2018-utbetalning-patientmiljarden.txt': { payments: [['980000000', 'regions'], ['1000000000', null]], dates: ['2018-06-11'] },
  'rb-2020-utbetalning-kvinnors-halsa-regionerna.txt': { payments: [['937000000', 'regions']], dates: ['2022-03-31'] },
  'rb-2020-utbetalning-kvinnors-halsa-skr.txt': { payments: [['33000000', 'skr']], dates: ['2022-03-31'] },
  'rb-2021-utbetalning-aldreomsorg-teknik.txt': { payments: [['200000000', 'municipalities']], dates: [] },
  'rb-2021-utbetalning-civilt-forsvar-2022.txt': { payments: [['200000000', 'regions'], ['4500000', 'skr']], dates: [] },
  'rb-2021-utbetalning-tillagg-graviditet-forlossning-sammanfattning.txt': { payments: [['445000000', 'regions']], dates: ['2021-01-20', '2022-03-31'] },
  'rb-2022-utbetalning-okad-tillganglighet-december.txt': { payments: [['1815270960', 'regions']], dates: [] },
  'rb-2023-utbetalning-cancervard.txt': { payments: [['182500000', 'regions']], dates: ['2023-12'] },
  'rb-2023-utbetalning-civilt-forsvar.txt': { payments: [['400000000', 'regions'], ['5500000', 'skr']], dates: [] },
  'rb-2023-utbetalning-god-och-nara-vard.txt': { payments: [['6093000000', 'regions'], ['51500000', 'skr']], dates: [] },
  'rb-2023-utbetalning-kvinnors-halsa-skr.txt': { payments: [['23000000', 'skr']], dates: [] },
  'rb-2023-utbetalning-sammanhallen-jamlik-saker-vard.txt': { payments: [['226000000', 'mixed']], dates: [] },
  'rb-2023-utbetalning-vaccinering-covid.txt': { payments: [['300000000', 'regions']], dates: ['2023-12-01'] },
  'rb-2024-andring-utbetalning-okad-tillganglighet.txt': { payments: [], dates: ['2024-12-01'] },
  'rb-2024-utbetalning-forsorjningsberedskap-mtp-skydd.txt': { payments: [['850000000', 'regions'], ['2500000', 'skr']], dates: ['2024-12-15'] },
  'rb-2024-utbetalning-psykisk-halsa-suicidprevention.txt': { payments: [['1527000000', 'mixed'], ['33000000', 'skr']], dates: ['2024-11-29'] },
  'rb-2025-utbetalning-kvinnors-halsa-sallsynta.txt': { payments: [['24000000', 'skr'], ['1500000000', 'regions']], dates: ['2025-12-01'] },
};
