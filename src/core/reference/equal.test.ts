import { equalWeightTable, parseEqualGroup } from '.';

describe('equal weight tables', () => {
  it('give every region, or every samverkansregion, weight 1', () => {
    const regions = equalWeightTable('regioner');
    expect(regions.rows).toHaveLength(21);
    expect(regions.rows.every((r) => r.weight.eq(1))).toBe(true);
    expect(regions.description).toBe('Lika belopp till var och en av de 21 regionerna');
    expect(equalWeightTable('samverkansregioner').rows.map((r) => r.id)).toHaveLength(6);
    expect(equalWeightTable('kommuner').rows.map((r) => r.id)).toHaveLength(290);
  });

  it('parse the group names users type, and nothing else', () => {
    expect(parseEqualGroup(' Regioner ')).toBe('regioner');
    expect(parseEqualGroup('regions')).toBe('regioner');
    expect(parseEqualGroup('samverkansregioner')).toBe('samverkansregioner');
    expect(parseEqualGroup('constructor')).toBeUndefined();
    expect(parseEqualGroup('kommuner')).toBe('kommuner');
    expect(parseEqualGroup('landsting')).toBeUndefined();
  });
});
