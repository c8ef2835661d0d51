import type { Lang } from '../core/result';

/** Every text the task pane shows, Swedish first. */
const TEXTS = {
  appTitle: ['Bidragskollen', 'Bidragskollen'],
  tabAgreement: ['Överenskommelse', 'Agreement'],
  tabDistribute: ['Fördela', 'Distribute'],
  tabCheck: ['Kontrollera', 'Check'],
  tabDeadlines: ['Tidsfrister', 'Deadlines'],
  tabForms: ['Blanketter', 'Forms'],
  tabSettings: ['Inställningar', 'Settings'],
  // The tabs that do not fit on the row are behind it (view/tabs.ts).
  tabMore: ['Mer', 'More'],
  chooseAgreement: ['Välj överenskommelse', 'Choose an agreement'],
  openFile: ['Öppna en JSON-fil …', 'Open a JSON file …'],
  total: ['Totalt', 'Total'],
  notStated: ['anges inte', 'not stated'],
  areasAndLines: ['Områden och rader', 'Areas and lines'],
  recipient: ['Mottagare', 'Recipient'],
  amount: ['Belopp', 'Amount'],
  checkResults: ['Kontrollresultat', 'Check results'],
  noIssues: ['Inga avvikelser hittades.', 'No issues found.'],
  line: ['Rad att fördela', 'Line to distribute'],
  noDistributableLines: [
    'Överenskommelsen har ingen rad som fördelas mellan regioner eller samverkansregioner med ett angivet belopp.',
    'The agreement has no line shared among regions or samverkansregioner with a stated amount.',
  ],
  method: ['Avrundningsmetod', 'Rounding method'],
  unit: ['Enhet', 'Unit'],
  population: ['Befolkningsunderlag', 'Population data'],
  populationBuiltin: ['Inbyggd: SCB, folkmängd per län 2023-12-31', 'Built in: SCB, population per county 2023-12-31'],
  populationRange: ['Markerat område i arbetsboken', 'Selected range in the workbook'],
  useSelection: ['Använd markeringen', 'Use the selection'],
  distribute: ['Fördela', 'Distribute'],
  preview: ['Förhandsvisning', 'Preview'],
  replaceQuestion: ['Det finns redan ett blad för den här raden:', 'There is already a sheet for this line:'],
  replace: ['Ersätt det', 'Replace it'],
  newSheet: ['Skapa ett nytt blad', 'Create a new sheet'],
  cancel: ['Avbryt', 'Cancel'],
  runChecks: ['Kontrollera', 'Check'],
  checkIntro: [
    'Kontrollerar överenskommelsens summor och villkor och de fördelningstabeller som Bidragskollen har skrivit i arbetsboken.',
    "Checks the agreement's totals and constraints and the distribution tables Bidragskollen has written in the workbook.",
  ],
  showCell: ['Visa cellen', 'Show the cell'],
  deadlinesIntro: ['Dagar kvar räknas från i dag.', 'Days left are counted from today.'],
  downloadIcs: ['Ladda ned kalenderfil (.ics)', 'Download calendar file (.ics)'],
  daysLeft: ['dagar kvar', 'days left'],
  daysAgo: ['dagar sedan', 'days ago'],
  passed: ['Passerad', 'Passed'],
  dueSoon: ['Snart', 'Due soon'],
  upcoming: ['Kommande', 'Upcoming'],
  formsIntro: [
    'Skapar blanketten som ett nytt blad, ifylld med uppgifter från överenskommelsen och din profil. Gula celler fyller du i själv.',
    'Creates the form as a new sheet, filled in from the agreement and your profile. You fill in the yellow cells.',
  ],
  createRequisition: ['Skapa rekvisition', 'Create requisition'],
  createReport: ['Skapa ekonomisk redovisning', 'Create financial report'],
  profile: ['Profil', 'Profile'],
  save: ['Spara', 'Save'],
  language: ['Språk i bladen', 'Language of the sheets'],
  languageAuto: ['Som Office', 'As Office'],
  saved: ['Sparat i arbetsboken.', 'Saved in the workbook.'],
  working: ['Arbetar …', 'Working …'],
  close: ['Stäng', 'Close'],
  outsideTitle: ['Bidragskollen körs i Excel', 'Bidragskollen runs inside Excel'],
  outsideText: [
    'Den här sidan är åtgärdsfönstret i tillägget Bidragskollen och fungerar bara inne i Excel.',
    'This page is the task pane of the Bidragskollen add-in and works only inside Excel.',
  ],
  outsideHow: [
    'Öppna Excel (på skrivbordet eller på webben), välj Infoga › Tillägg › Mina tillägg › Ladda upp mitt tillägg och välj filen manifest.xml. Klicka sedan på Bidragskollen på fliken Start.',
    'Open Excel (desktop or web), choose Insert › Add-ins › My Add-ins › Upload My Add-in and pick manifest.xml. Then click Bidragskollen on the Home tab.',
  ],
  // Empty states and the forms' profile warning (issue 13).
  importHint: [
    'Öppna årets överenskommelse som JSON-fil (Öppna en JSON-fil … ovan), eller välj en annan överenskommelse i listan.',
    "Open this year's agreement as a JSON file (Open a JSON file … above), or choose another agreement in the list.",
  ],
  noDeadlines: ['Överenskommelsen anger inga tidsfrister.', 'The agreement states no deadlines.'],
  noForms: ['Överenskommelsen har ingen mottagare att skapa blanketter för.', 'The agreement has no recipient to create forms for.'],
  profileEmpty: [
    'Profilen är tom: organisation, organisationsnummer, kontaktuppgifter och bankgiro blir tomma i blanketten.',
    'The profile is empty: organisation, organisation number, contact details and bankgiro will be blank on the form.',
  ],
  fillProfile: ['Fyll i profilen', 'Fill in the profile'],
  deadlinesSheet: ['Skriv tidsfristerna till ett blad', 'Write the deadlines to a sheet'],
  showIcs: ['Visa kalendertexten att kopiera', 'Show the calendar text to copy'],
  icsHowTo: [
    'Kopiera texten, spara den i en fil som slutar på .ics och öppna filen i din kalender (Outlook: Arkiv › Öppna och exportera › Importera/exportera).',
    'Copy the text, save it in a file ending in .ics and open the file in your calendar (Outlook: File › Open & Export › Import/Export).',
  ],
  copy: ['Kopiera', 'Copy'],
  officeSlow: ['Väntar på att Excel ska starta …', 'Waiting for Excel to start …'],
  noCustomFunctions: [
    'Den här Excel-versionen kan inte köra tilläggets funktioner (=BIDRAG…) i celler. Åtgärdsfönstret fungerar ändå; uppdatera Office för att använda funktionerna.',
    "This version of Excel cannot run the add-in's functions (=BIDRAG…) in cells. The task pane works anyway; update Office to use the functions.",
  ],
  // Granska (issue 11): the screen's own texts are in view/review.ts.
  tabReview: ['Granska', 'Review'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXTS;
export type T = (key: TextKey) => string;

export const translate =
  (lang: Lang): T =>
  (key) =>
    TEXTS[key][lang === 'sv' ? 0 : 1];

/** English only when Office speaks English; Swedish otherwise (and for every other language). */
export function languageOf(displayLanguage: string | undefined, choice: 'auto' | 'sv' | 'en' = 'auto'): Lang {
  if (choice !== 'auto') return choice;
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'sv';
}
