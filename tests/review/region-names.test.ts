import { matchRegionName, suggestRegionName } from '../../src/core/reference/region-names';
import { REGIONS } from '../../src/core/reference';

describe('matchRegionName', () => {
  it.each([
    ['Stockholm', '01'],
    ['Stockholms län', '01'],
    ['Region Stockholm', '01'],
    ['  REGION STOCKHOLM ', '01'],
    ['Jönköping', '06'],
    ['Jonkopings lan', '06'],
    ['Region Jönköpings län', '06'],
    ['Västra Götaland', '14'],
    ['Västra Götalandsregionen', '14'],
    ['Västra Götalands län', '14'],
    ['VGR', '14'],
    ['Jämtland Härjedalen', '23'],
    ['Jämtland/Härjedalen', '23'],
    ['Jämtland', '23'],
    ['Region Jämtland Härjedalen', '23'],
    ['Sörmland', '04'],
    ['Södermanland', '04'],
    ['Kalmar', '08'],
    ['Örebro', '18'],
    ['orebro lan', '18'],
    ['Skåne', '12'],
    ['Gotland', '09'],
    ['Gotlands län', '09'],
    ['01', '01'],
    ['1', '01'],
    ['01 Stockholm', '01'],
    ['14 Västra Götalandsregionen', '14'],
  ])('%s → %s', (text, code) => {
    expect(matchRegionName(text)?.code).toBe(code);
  });

  it('matches every official county and region name', () => {
    for (const r of REGIONS) {
      expect(matchRegionName(r.name)?.code).toBe(r.code);
      expect(matchRegionName(r.county)?.code).toBe(r.code);
    }
  });

  it.each(['Atlantis', 'Stokholm', '', 'Region', 'län', '99', '01 Uppsala', 'Västra', 'Totalt'])('does not match %j', (text) => {
    expect(matchRegionName(text)).toBeUndefined();
  });
});

describe('suggestRegionName', () => {
  it.each([
    ['Stokholm', '01'],
    ['Västra Götland', '14'],
    ['Jönköpng', '06'],
    ['Norbotten', '25'],
  ])('%s → %s', (text, code) => {
    expect(matchRegionName(text)).toBeUndefined();
    expect(suggestRegionName(text)?.code).toBe(code);
  });
  it.each(['Atlantis', 'Totalt', 'abc'])('suggests nothing for %j', (text) => {
    expect(suggestRegionName(text)).toBeUndefined();
  });
});
