/** The 21 regions (county councils) with their county codes. Source: shared/data/regions.csv. */
export interface Region {
  /** Two-digit county code (länskod). */
  readonly code: string;
  readonly county: string;
  readonly name: string;
  /** Ids of the samverkansregion(er) it belongs to; Halland belongs to two, split by municipality. */
  readonly samverkansregioner: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { code: '01', county: 'Stockholms län', name: 'Region Stockholm', samverkansregioner: ['stockholm-gotland'] },
  { code: '03', county: 'Uppsala län', name: 'Region Uppsala', samverkansregioner: ['mellansverige'] },
  { code: '04', county: 'Södermanlands län', name: 'Region Sörmland', samverkansregioner: ['mellansverige'] },
  { code: '05', county: 'Östergötlands län', name: 'Region Östergötland', samverkansregioner: ['sydostra'] },
  { code: '06', county: 'Jönköpings län', name: 'Region Jönköpings län', samverkansregioner: ['sydostra'] },
  { code: '07', county: 'Kronobergs län', name: 'Region Kronoberg', samverkansregioner: ['sodra'] },
  { code: '08', county: 'Kalmar län', name: 'Region Kalmar län', samverkansregioner: ['sydostra'] },
  { code: '09', county: 'Gotlands län', name: 'Region Gotland', samverkansregioner: ['stockholm-gotland'] },
  { code: '10', county: 'Blekinge län', name: 'Region Blekinge', samverkansregioner: ['sodra'] },
  { code: '12', county: 'Skåne län', name: 'Region Skåne', samverkansregioner: ['sodra'] },
  { code: '13', county: 'Hallands län', name: 'Region Halland', samverkansregioner: ['sodra', 'vastra'] },
  { code: '14', county: 'Västra Götalands län', name: 'Västra Götalandsregionen', samverkansregioner: ['vastra'] },
  { code: '17', county: 'Värmlands län', name: 'Region Värmland', samverkansregioner: ['mellansverige'] },
  { code: '18', county: 'Örebro län', name: 'Region Örebro län', samverkansregioner: ['mellansverige'] },
  { code: '19', county: 'Västmanlands län', name: 'Region Västmanland', samverkansregioner: ['mellansverige'] },
  { code: '20', county: 'Dalarnas län', name: 'Region Dalarna', samverkansregioner: ['mellansverige'] },
  { code: '21', county: 'Gävleborgs län', name: 'Region Gävleborg', samverkansregioner: ['mellansverige'] },
  { code: '22', county: 'Västernorrlands län', name: 'Region Västernorrland', samverkansregioner: ['norra'] },
  { code: '23', county: 'Jämtlands län', name: 'Region Jämtland Härjedalen', samverkansregioner: ['norra'] },
  { code: '24', county: 'Västerbottens län', name: 'Region Västerbotten', samverkansregioner: ['norra'] },
  { code: '25', county: 'Norrbottens län', name: 'Region Norrbotten', samverkansregioner: ['norra'] },
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** Accepts "1", "01", "Region Stockholm" or "Stockholms län". */
export function findRegion(key: string | number): Region | undefined {
  const text = String(key).trim();
  if (/^\d{1,2}$/.test(text)) return BY_CODE.get(text.padStart(2, '0'));
  const lower = text.toLocaleLowerCase('sv-SE');
  return REGIONS.find((r) => r.name.toLocaleLowerCase('sv-SE') === lower || r.county.toLocaleLowerCase('sv-SE') === lower);
}
