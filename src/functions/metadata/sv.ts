import type * as Functions from '../functions';
import type { LocalizedText } from './localize';

type Exported = typeof Functions;
type Parameters<F> = F extends (...args: infer P) => unknown ? { readonly [K in keyof P]-?: LocalizedText } : never;

/**
 * One entry per exported function, keyed by its id (the function's name in capitals, as the
 * JSDoc tags give it), with exactly one text per parameter: the compiler rejects a missing
 * function or a wrong parameter count before the build does.
 */
export type FunctionTexts = {
  readonly [N in keyof Exported as Uppercase<N & string>]: LocalizedText & { readonly parameters: Parameters<Exported[N]> };
};

/** The functions as Swedish Excel shows them. Names must not be built-in Excel functions in any language. */
export const SWEDISH: FunctionTexts = {
  DISTRIBUTE: {
    name: 'FÖRDELA',
    description: 'Fördelar ett belopp i proportion till vikter, exakt: andelarna summerar till beloppet på enheten när.',
    parameters: [
      { name: 'belopp', description: 'Beloppet som ska fördelas, i kronor.' },
      { name: 'vikter', description: 'Vikterna, en kolumn eller en rad (till exempel befolkning). Resultatet får samma form.' },
      { name: 'metod', description: '1 största rest (standard), 2 avrunda och justera största andelen, 3 bara avrunda, 0 ingen avrundning.' },
      { name: 'enhet', description: 'Enheten att avrunda till: öre, kr (standard), tkr, mnkr eller en tiopotens som 0,01 eller 1000.' },
    ],
  },
  EQUALSHARES: {
    name: 'LIKADELNING',
    description: 'Delar ett belopp i lika stora andelar som summerar exakt; de första mottagarna får det som blir över.',
    parameters: [
      { name: 'belopp', description: 'Beloppet som ska delas, i kronor.' },
      { name: 'mottagare', description: 'Antalet mottagare, eller ett område med en cell per mottagare.' },
      { name: 'enhet', description: 'Enheten att avrunda till: öre, kr (standard), tkr, mnkr eller en tiopotens.' },
    ],
  },
  POPULATION: {
    name: 'BEFOLKNING',
    description: 'Befolkning per läns- eller kommunkod, från SCB:s inbyggda tabell eller en tabell i arbetsboken.',
    parameters: [
      { name: 'koder', description: 'Länskoder (01–25) eller kommunkoder (fyra siffror); en cell eller ett område.' },
      { name: 'datum', description: 'Datumet siffrorna avser, till exempel 2023-12-31. Standard: den senaste inbyggda tabellen. Används inte med egen tabell.' },
      { name: 'tabell', description: 'Egen tabell: koden i första kolumnen, befolkningen i sista, gärna en rubrikrad.' },
    ],
  },
  CHECKTOTAL: {
    name: 'KONTROLLSUMMA',
    description: 'Kontrollerar att delarna summerar till totalen: ger delarnas summa minus totalen, 0 när det stämmer.',
    parameters: [
      { name: 'total', description: 'Den angivna totalen.' },
      { name: 'delar', description: 'Delbeloppen, ett område med tal. Text godtas inte, eftersom SUMMA hoppar över den.' },
    ],
  },
  UNSPENT: {
    name: 'EJFÖRBRUKAT',
    description: 'Ej förbrukade medel: bidraget minus summan av kostnaderna, negativt när mer har använts.',
    parameters: [
      { name: 'bidrag', description: 'Det mottagna bidraget.' },
      { name: 'kostnader', description: 'Kostnaderna, ett område med tal.' },
    ],
  },
  DAYSLEFT: {
    name: 'DAGARKVAR',
    description: 'Dagar kvar till ett datum, negativt när det har passerat. Räknas om varje dag.',
    parameters: [
      { name: 'datum', description: 'Tidsfristen.' },
      { name: 'idag', description: 'Räkna från detta datum i stället för dagens.' },
    ],
  },
  DEADLINE: {
    name: 'SISTADAG',
    description: 'Datumet för en tidsfrist i en av de inbyggda överenskommelserna, som det anges (en frist med bara månad räknas till månadens sista dag).',
    parameters: [
      { name: 'överenskommelse', description: 'Överenskommelsens id, till exempel sammanhallen-vard-2023.' },
      { name: 'tidsfrist', description: 'rekvisition, återbetalning, ekonomisk redovisning, slutrapport, delrapport eller avstämning, eller tidsfristens eget id.' },
      { name: 'område', description: 'Områdets id, när tidsfristen skiljer sig mellan områden.' },
    ],
  },
  LASTWORKDAY: {
    name: 'SISTAARBETSDAG',
    description: 'Datumet självt om det är en svensk arbetsdag, annars den sista arbetsdagen före (helger, röda dagar, midsommar-, jul- och nyårsafton).',
    parameters: [{ name: 'datum', description: 'Datumet, till exempel en tidsfrist.' }],
  },
  AGREEMENT: {
    name: 'ÖVERENSKOMMELSE',
    description: 'Ett belopp eller en annan uppgift ur de inbyggda överenskommelserna: totalen, eller ett områdes eller en rads belopp.',
    parameters: [
      { name: 'överenskommelse', description: 'Överenskommelsens id, till exempel sammanhallen-vard-2023.' },
      { name: 'område_eller_rad', description: 'Id för ett område eller en rad; utelämna för hela överenskommelsen.' },
      { name: 'uppgift', description: 'total eller belopp (standard), statens andel, regionernas andel, titel, år, start, slut, mottagare.' },
    ],
  },
  METHOD: {
    name: 'METOD',
    description: 'Vilken avrundningsmetod som ger exakt dessa belopp ur beloppet och vikterna: för att granska en publicerad fördelningstabell.',
    parameters: [
      { name: 'belopp', description: 'Beloppet som fördelades, i kronor.' },
      { name: 'vikter', description: 'Vikterna, en kolumn eller en rad (till exempel befolkning), i tabellens ordning.' },
      { name: 'tabell', description: 'De publicerade beloppen, ett per vikt, i kronor.' },
    ],
  },
};
