import { REGIONS, type Region } from './regions';

/**
 * Region names as published tables write them, whatever the spelling: "Stockholm", "Stockholms
 * län", "Region Stockholm", "Västra Götalandsregionen", "Västra Götaland", "VGR", "Jämtland/
 * Härjedalen", "Sörmland" or "Södermanland", "REGION SKÅNE", "orebro lan", "01" or "01 Stockholm".
 * Case, diacritics, punctuation, the words region/län/landsting and the genitive s do not matter.
 */
export function matchRegionName(text: string): Region | undefined {
  const trimmed = text.trim();
  const coded = /^(\d{1,2})(?:[\s.:\-–]+(.*))?$/.exec(trimmed);
  if (coded) {
    const region = BY_CODE.get((coded[1] as string).padStart(2, '0'));
    const rest = coded[2]?.trim() ?? '';
    if (rest === '') return region;
    // "01 Stockholm": the name must agree with the code, or the row is not what it claims.
    return region !== undefined && byName(rest) === region ? region : undefined;
  }
  return byName(trimmed);
}

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** Words that say what kind of body it is, not which one. */
const NOISE = new Set(['region', 'regionen', 'lan', 'lans', 'landsting', 'landstinget', 'county', 'council']);

/** Short forms in common use that no rule derives from the official names. */
const ALIASES: Readonly<Record<string, string>> = {
  vgr: '14',
  sormland: '04',
  sodermanland: '04',
  jamtland: '23',
  harjedalen: '23',
  'jamtland harjedalen': '23',
};

function normalize(text: string): string[] {
  const words = text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // "Västra Götalandsregionen" is the county name with the word region glued on.
  return words.map((w) => (w.length > 9 && w.endsWith('sregionen') ? w.slice(0, -9) : w)).filter((w) => !NOISE.has(w));
}

/** The key of a name: its words without the genitive s ("Jönköpings" and "Jönköping" meet). */
const key = (words: readonly string[]): string => words.map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)).join(' ');

const BY_KEY: ReadonlyMap<string, Region> = (() => {
  const map = new Map<string, Region>();
  for (const r of REGIONS) {
    map.set(key(normalize(r.county)), r);
    map.set(key(normalize(r.name)), r);
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(key(normalize(alias)), BY_CODE.get(code) as Region);
  return map;
})();

function byName(text: string): Region | undefined {
  const words = normalize(text);
  if (words.length === 0) return undefined;
  return BY_KEY.get(key(words));
}

/**
 * The region a misspelt name most likely means ("Stokholm", "Västra Götland"), for a message that
 * asks; never used to read a table. Within two edits of one region's key and nearer than any other.
 */
export function suggestRegionName(text: string): Region | undefined {
  const k = key(normalize(text));
  if (k.length < 4) return undefined;
  const LIMIT = 3;
  let best: Region | undefined;
  let bestDistance = LIMIT;
  let tie = false;
  for (const [candidate, region] of BY_KEY) {
    const d = editDistance(k, candidate, LIMIT);
    if (d >= LIMIT) continue;
    if (d < bestDistance) {
      best = region;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && region !== best) tie = true;
  }
  return tie ? undefined : best;
}

/** Levenshtein distance, giving up at `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length] as number, limit);
}
