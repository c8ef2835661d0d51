// The "Ny överenskommelse" screen (choosing a document, then the review of its draft) and the
// deadlines screen's form to add one. Loaded on
// demand with its workflows (view/import.ts loads it), so none of it is start-up JavaScript.
import type { DeadlineKind } from '../../core/agreements';
import type { DraftFigure } from '../../core/import';
import { issueText } from '../../core/result';
import type { Pane } from '../app/pane';
import type { AppState, ImportReview } from '../app/state';
import type { ImportHost } from '../app/workflows/import';
import { addDeadline, cancelImport, connect as connectWorkflows, confirmImport, correctAmount, correctDate, correctRecipient, importDocument, importPasted, pickStatement, unresolved } from '../app/workflows/import-review';
import { h } from './dom';

let host: ImportHost | undefined;

/** Called once this chunk is loaded, with the start-up workflows it uses. */
export function connect(h: ImportHost): void {
  host = h;
  connectWorkflows(h);
}

const RECIPIENTS: [string, string, string][] = [
  ['skr', 'SKR', 'SKR'],
  ['regions-via-skr', 'Regionerna via SKR', 'The regions via SKR'],
  ['regions', 'Regionerna', 'The regions'],
  ['municipalities', 'Kommunerna', 'The municipalities'],
  ['samverkansregioner', 'Samverkansregionerna', 'Samverkansregioner'],
];

/** What the user pasted: kept across re-renders until it is read. */
let pasted = '';

export function importScreen(p: Pane, s: AppState): HTMLElement {
  return s.review ? reviewScreen(p, s, s.review) : chooseScreen(p, s);
}

function chooseScreen(p: Pane, s: AppState): HTMLElement {
  const file = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.pdf,.txt,application/pdf,text/plain',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f) void importDocument(p, f);
    },
  });
  const area = h('textarea', { id: 'import-text', rows: 6, oninput: (e: Event) => (pasted = (e.target as HTMLTextAreaElement).value) }, pasted);
  return h(
    'section',
    {},
    h('h2', {}, p.t('Ny överenskommelse', 'New agreement')),
    h(
      'p',
      { class: 'muted' },
      p.t(
        'Välj överenskommelsens PDF eller en textfil med dess text, eller klistra in texten. Bidragskollen läser belopp, mottagare, anslag och tidsfrister; du granskar och rättar varje uppgift innan den sparas i arbetsboken.',
        'Choose the agreement PDF or a text file with its text, or paste the text. Bidragskollen reads amounts, recipients, appropriations and deadlines; you review and correct each figure before it is saved in the workbook.',
      ),
    ),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, p.t('PDF- eller textfil', 'PDF or text file')), file),
    h('div', { class: 'field' }, h('label', { for: 'import-text' }, p.t('… eller klistra in texten', '… or paste the text')), area),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'import-read', class: 'primary', disabled: !!s.busy, onclick: () => void importPasted(p, pasted).then(() => p.state.review && (pasted = '')) }, p.t('Läs texten', 'Read the text')),
    ),
  );
}

const STATUS: Record<DraftFigure['status'], [string, string, string]> = {
  found: ['Hittad', 'Found', 'info'],
  conflicting: ['Motstridig', 'Conflicting', 'warning'],
  'not-stated': ['Ej angivet', 'Not stated', 'error'],
};

function reviewScreen(p: Pane, s: AppState, r: ImportReview): HTMLElement {
  const en = s.lang === 'en';
  const groups = new Map<string | null, DraftFigure[]>();
  for (const f of r.figures) groups.set(f.area, [...(groups.get(f.area) ?? []), f]);
  const areaTitle = (id: string | null) => {
    if (id === null) return p.t('Överenskommelsen', 'The agreement');
    const a = r.draft.areas.find((x) => x.id === id);
    return (en && a?.titleEn) || a?.title || id;
  };
  const open = unresolved(r);
  const conflicting = r.figures.filter((f) => f.status === 'conflicting').length;
  const missing = r.figures.filter((f) => f.status === 'not-stated').length;
  return h(
    'section',
    { class: 'import-review' },
    h('h2', {}, r.draft.title),
    h(
      'p',
      { class: 'lead' },
      p.t(
        `${r.figures.length} uppgifter lästa ur ${r.fileName}: ${conflicting} motstridiga, ${missing} ej angivna. Kontrollera varje uppgift mot citatet och rätta det som är fel.`,
        `${r.figures.length} figures read from ${r.fileName}: ${conflicting} conflicting, ${missing} not stated. Check each figure against its quote and correct what is wrong.`,
      ),
    ),
    // What the reader noticed and did not read (a table per year, a region table that sums to no stated amount, …).
    r.notes.length > 0 ? h('ul', { class: 'muted draft-notes', 'aria-label': p.t('Att veta om utkastet', 'About the draft') }, r.notes.map((n) => h('li', {}, issueText(n, s.lang)))) : null,
    [...groups].map(([area, figures]) =>
      h('div', { class: 'card import-area' }, h('h3', {}, areaTitle(area)), h('ul', { class: 'figures' }, figures.map((f) => figureItem(p, s, r, f)))),
    ),
    r.missing.length > 0
      ? h('div', { class: 'card' }, h('h3', {}, p.t('Ej angivet i texten', 'Not stated in the text')), h('ul', {}, r.missing.map((m) => h('li', {}, en ? m.whatEn : m.what))))
      : null,
    open > 0 ? h('p', { class: 'warn', role: 'status' }, p.t(`Välj vilket värde som gäller för ${open} motstridiga uppgifter.`, `Pick the value that holds for ${open} conflicting figures.`)) : null,
    h(
      'div',
      { class: 'actions main-action' },
      h('button', { type: 'button', id: 'import-confirm', class: 'primary', disabled: !!s.busy || open > 0, onclick: () => void confirmImport(p) }, p.t('Bekräfta och spara i arbetsboken', 'Confirm and save in the workbook')),
      h('button', { type: 'button', class: 'link', onclick: () => cancelImport(p) }, p.t('Avbryt', 'Cancel')),
    ),
  );
}

const pathId = (f: DraftFigure) => `fig-${f.path.join('-')}`;

function quote(p: Pane, source: DraftFigure['source']): HTMLElement | null {
  if (!source) return null;
  return h('blockquote', { class: 'quote muted' }, `”${source.quote}”`, h('cite', {}, ` (${source.where})`));
}

function figureItem(p: Pane, s: AppState, r: ImportReview, f: DraftFigure): HTMLElement {
  const en = s.lang === 'en';
  const [sv, eng, cls] = STATUS[f.status];
  const id = pathId(f);
  const last = f.path[f.path.length - 1];
  const isDeadline = f.path[0] === 'deadlines';
  const corrected = r.corrected.includes(f.path.join('.'));
  let control: HTMLElement | null = null;
  if (f.status === 'conflicting') {
    const key = f.path.join('.');
    const options = [{ value: f.value, source: f.source }, ...f.alsoStated];
    control = h(
      'fieldset',
      { class: 'pick' },
      h('legend', {}, p.t('Vilket värde gäller?', 'Which value holds?')),
      options.map((o, i) =>
        h(
          'label',
          { class: 'radio' },
          h('input', { type: 'radio', name: id, checked: r.resolved.includes(key) && i === 0, onchange: () => void pickStatement(p, f.path, i) }),
          h('strong', {}, o.value ?? p.t('ej angivet', 'not stated')),
          o.source ? ` – ”${o.source.quote}” (${o.source.where})` : '',
        ),
      ),
    );
  } else if (last === 'amount') {
    control = h('input', {
      id,
      class: 'amount',
      inputmode: 'decimal',
      'aria-label': `${en ? f.labelEn : f.label}: ${p.t('belopp', 'amount')}`,
      value: f.value === null ? '' : f.value.replace(/ kr$/, ''),
      placeholder: p.t('ej angivet', 'not stated'),
      onchange: (e: Event) => void correctAmount(p, f.path, (e.target as HTMLInputElement).value),
    });
  } else if (last === 'recipient') {
    const line = lineAt(r, f.path);
    control = h(
      'select',
      { id, 'aria-label': `${en ? f.labelEn : f.label}`, onchange: (e: Event) => void correctRecipient(p, f.path, (e.target as HTMLSelectElement).value) },
      RECIPIENTS.map(([v, svl, enl]) => h('option', { value: v, selected: line?.recipient?.type === v }, en ? enl : svl)),
      line?.recipient && !RECIPIENTS.some(([v]) => v === line.recipient?.type) ? h('option', { value: line.recipient.type, selected: true }, en ? (f.valueEn ?? '') : (f.value ?? '')) : null,
    );
  } else if (isDeadline && f.value && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
    control = h('input', { id, type: 'date', 'aria-label': `${en ? f.labelEn : f.label}: ${p.t('datum', 'date')}`, value: f.value, onchange: (e: Event) => void correctDate(p, f.path, (e.target as HTMLInputElement).value) });
  }
  return h(
    'li',
    { class: `figure ${f.status}` },
    h('div', {}, h('span', { class: `badge ${cls}` }, en ? eng : sv), corrected ? h('span', { class: 'badge info' }, p.t('Rättad', 'Corrected')) : null, ' ', h('span', {}, en ? f.labelEn : f.label), ': ', h('strong', {}, (en ? f.valueEn : f.value) ?? p.t('ej angivet', 'not stated'))),
    control,
    f.status === 'conflicting' ? null : quote(p, f.source),
  );
}

type DraftLine = ImportReview['draft']['areas'][number];

function lineAt(r: ImportReview, path: DraftFigure['path']): DraftLine | undefined {
  let node: unknown = r.draft;
  for (const k of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined;
  return node as DraftLine | undefined;
}

const KIND_LABELS: Record<DeadlineKind, [string, string]> = {
  requisition: ['Rekvisition', 'Requisition'],
  repayment: ['Återbetalning', 'Repayment'],
  'financial-report': ['Ekonomisk redovisning', 'Financial report'],
  'final-report': ['Slutrapport', 'Final report'],
  'interim-report': ['Delrapport', 'Interim report'],
  'check-in': ['Avstämning', 'Check-in'],
};

/** The deadlines screen when the agreement states none: say so, and offer to add one. */
export function noDeadlines(p: Pane, s: AppState): HTMLElement {
  return h('section', {}, h('p', { class: 'lead' }, p.t('Inga tidsfrister angivna i överenskommelsen.', 'No deadlines stated in the agreement.')), addDeadlineForm(p, s, true));
}

export function addDeadlineForm(p: Pane, s: AppState, open: boolean): HTMLElement {
  const en = s.lang === 'en';
  const form = h(
    'form',
    {
      id: 'deadline-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const kind = String(data.get('kind') ?? '') as DeadlineKind;
        const typed = String(data.get('title') ?? '').trim();
        const [sv, eng] = KIND_LABELS[kind] ?? ['', ''];
        void addDeadline(p, { kind, date: String(data.get('date') ?? ''), title: typed || sv, titleEn: typed || eng });
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'deadline-kind' }, p.t('Slag', 'Kind')), h('select', { id: 'deadline-kind', name: 'kind' }, (Object.keys(KIND_LABELS) as DeadlineKind[]).map((k) => h('option', { value: k }, KIND_LABELS[k][en ? 1 : 0])))),
    h('div', { class: 'field' }, h('label', { for: 'deadline-date' }, p.t('Datum', 'Date')), h('input', { id: 'deadline-date', name: 'date', type: 'date', required: true })),
    h('div', { class: 'field' }, h('label', { for: 'deadline-title' }, p.t('Rubrik (valfri)', 'Title (optional)')), h('input', { id: 'deadline-title', name: 'title' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', disabled: !!s.busy }, p.t('Lägg till tidsfrist', 'Add deadline'))),
  );
  return h('details', { class: 'card', open }, h('summary', {}, p.t('Lägg till en tidsfrist', 'Add a deadline')), form);
}


/** What to do when the agreement gives the pane nothing to work with. */
export function importAdvice(p: Pane): HTMLElement {
  return h(
    'p',
    { class: 'muted' },
    p.t('Importera årets överenskommelse med ', "Import this year's agreement with "),
    h('button', { type: 'button', class: 'link', onclick: () => void host?.openImport(p) }, p.t('Ny överenskommelse', 'New agreement')),
    p.t(', eller välj en annan överenskommelse ovan.', ', or choose another agreement above.'),
  );
}
