/**
 * The six healthcare cooperation regions (sjukvårdsregioner), hälso- och sjukvårdsförordningen
 * (2017:80). Source: shared/data/samverkansregioner.csv.
 */
export interface Samverkansregion {
  readonly id: string;
  readonly name: string;
  readonly memberRegionCodes: readonly string[];
  /** Members that belong only in part, with the municipalities (four-digit codes) that count. */
  readonly partialMembers: readonly { readonly regionCode: string; readonly municipalityCodes: readonly string[]; readonly note: string }[];
}

export const SAMVERKANSREGIONER: readonly Samverkansregion[] = [
  { id: 'norra', name: 'Norra sjukvårdsregionen', memberRegionCodes: ['22', '23', '24', '25'], partialMembers: [] },
  {
    id: 'mellansverige',
    name: 'Sjukvårdsregion Mellansverige',
    memberRegionCodes: ['03', '04', '17', '18', '19', '20', '21'],
    partialMembers: [],
  },
  { id: 'stockholm-gotland', name: 'Sjukvårdsregion Stockholm-Gotland', memberRegionCodes: ['01', '09'], partialMembers: [] },
  { id: 'sydostra', name: 'Sydöstra sjukvårdsregionen', memberRegionCodes: ['05', '06', '08'], partialMembers: [] },
  {
    id: 'sodra',
    name: 'Södra sjukvårdsregionen',
    memberRegionCodes: ['07', '10', '12', '13'],
    partialMembers: [
      { regionCode: '13', municipalityCodes: ['1380', '1315', '1381'], note: 'Region Halland endast för Halmstad (1380), Hylte (1315) och Laholm (1381)' },
    ],
  },
  {
    id: 'vastra',
    name: 'Västra sjukvårdsregionen',
    memberRegionCodes: ['14', '13'],
    partialMembers: [
      { regionCode: '13', municipalityCodes: ['1384', '1383', '1382'], note: 'Region Halland endast för Kungsbacka (1384), Varberg (1383) och Falkenberg (1382)' },
    ],
  },
];

export function findSamverkansregion(id: string): Samverkansregion | undefined {
  return SAMVERKANSREGIONER.find((s) => s.id === id.trim().toLowerCase());
}
