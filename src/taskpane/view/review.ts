import type { Pane } from '../app/pane';
import type { AppState } from '../app/state';
import { editStatedTotal, reviewReports, reviewTable, showCell, statedTotalDraft, writeFollowUp, type CellAt, type ReportsReviewView, type TableReviewView, type WriteActions } from '../app/workflows/review';
import { h } from './dom';

type Say = (sv: string, en: string) => string;

/** "Granska": review a table someone else published (the selection), and the returned reports of the workbook. */
export function reviewScreen(p: Pane, s: AppState, write: WriteActions): HTMLElement {
  const say: Say = (sv, en) => (s.lang === 'sv' ? sv : en);
  const table = s.audit?.table;
  return h(
    'section',
    { class: 'review' },
    h('h2', {}, say('Granska en tabell', 'Review a table')),
    h(
      'p',
      { class: 'muted' },
      say(
        'Markera en publicerad fördelningstabell: regionnamn eller länskoder och belopp, eller tabellen inklistrad som text från en webbsida eller pdf. Hela kolumner går bra.',
        'Select a published distribution table: region names or county codes and amounts, or the table pasted as text from a web page or PDF. Whole columns are fine.',
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'review-total' }, say('Angiven summa (valfritt)', 'Stated total (optional)')),
      h('input', { id: 'review-total', inputmode: 'decimal', value: statedTotalDraft(p), oninput: (e: Event) => editStatedTotal(p, (e.target as HTMLInputElement).value) }),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'do-review-table', class: 'primary', disabled: !!s.busy, onclick: () => void reviewTable(p) }, say('Granska markeringen', 'Review the selection')),
    ),
    table ? tableResult(p, table, s, say) : null,
    h('h2', {}, say('Granska redovisningar', 'Review the reports')),
    h(
      'p',
      { class: 'muted' },
      say(
        'Granskar varje ekonomisk redovisning från Bidragskollen i arbetsboken och sammanställer en uppföljning: belopp, återbetalning, status och varje anmärkning med sin cell.',
        "Reviews every Bidragskollen financial report in the workbook and consolidates a follow-up: amounts, repayment, status and every finding with its cell.",
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'do-review-reports', class: 'primary', disabled: !!s.busy, onclick: () => void reviewReports(p) }, say('Granska redovisningarna', 'Review the reports')),
    ),
    s.audit?.reports ? reportsResult(p, s.audit.reports, s, say, write) : null,
  );
}

function reportsResult(p: Pane, v: ReportsReviewView, s: AppState, say: Say, write: WriteActions): HTMLElement {
  return h(
    'div',
    { class: 'card', id: 'reports-review' },
    h(
      'ul',
      { class: 'reports' },
      v.reports.map((r) =>
        h(
          'li',
          { class: r.ok ? 'ok' : 'warn' },
          h('strong', {}, `${r.sheet}: ${r.recipient}`),
          ` – ${r.status[s.lang]}. `,
          say(`Erhållet ${r.received}, kostnader ${r.costs}, ej förbrukat ${r.unused}, att återbetala ${r.toRepay}`, `Received ${r.received}, costs ${r.costs}, unused ${r.unused}, to repay ${r.toRepay}`),
          r.repayBy ? say(` senast ${r.repayBy}.`, ` by ${r.repayBy}.`) : '.',
          r.findings.length === 0
            ? null
            : h(
                'ul',
                { class: 'issues' },
                r.findings.map((f) => h('li', { class: f.severity }, h('span', {}, f.text[s.lang]), f.at ? h('button', { type: 'button', class: 'link', onclick: () => void showCell(p, f.at as CellAt) }, `${say('Visa cell', 'Show cell')} ${f.at.address}`) : null)),
              ),
        ),
      ),
    ),
    h('p', {}, say(`Summa: erhållet ${v.totals.received}, kostnader ${v.totals.costs}, att återbetala ${v.totals.toRepay}.`, `Total: received ${v.totals.received}, costs ${v.totals.costs}, to repay ${v.totals.toRepay}.`)),
    s.pending && s.pending.plan.id === v.plan.id
      ? h(
          'div',
          { class: 'card question', role: 'alertdialog', 'aria-labelledby': 'pending-followup' },
          h('p', { id: 'pending-followup' }, say('Uppföljningen finns redan på bladet ', 'The follow-up is already on the sheet '), h('strong', {}, s.pending.sheet)),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'primary', onclick: () => void write.resolvePending(p, 'new') }, say('Nytt blad', 'New sheet')),
            h('button', { type: 'button', onclick: () => void write.resolvePending(p, 'replace') }, say('Ersätt', 'Replace')),
            h('button', { type: 'button', class: 'link', onclick: () => void write.resolvePending(p, 'cancel') }, say('Avbryt', 'Cancel')),
          ),
        )
      : h('div', { class: 'actions' }, h('button', { type: 'button', id: 'do-write-followup', disabled: !!s.busy, onclick: () => void writeFollowUp(p, write) }, say('Skriv uppföljningen som blad', 'Write the follow-up as a sheet'))),
  );
}

function cellLink(p: Pane, at: CellAt | undefined, text: string): HTMLElement | string {
  return at ? h('button', { type: 'button', class: 'link', title: `${at.sheet}!${at.address}`, onclick: () => void showCell(p, at) }, text) : text;
}

function tableResult(p: Pane, v: TableReviewView, s: AppState, say: Say): HTMLElement {
  const kind = { table: say('Tabellens summarad', "The table's total row"), text: say('Texten', 'The text'), given: say('Angiven summa', 'Stated total') };
  return h(
    'div',
    { class: 'card', id: 'table-review' },
    h('h3', {}, say('Summor', 'Totals')),
    h(
      'p',
      { id: 'review-foots', class: v.foots ? 'ok' : 'warn' },
      `${say('Radsumma', 'Sum of the rows')} ${v.tableTotal} (${v.regions} ${say('regioner', 'regions')})`,
      v.totals.length === 0
        ? '.'
        : v.foots
          ? say(': stämmer med varje angiven summa.', ': agrees with every stated total.')
          : say(
              `: stämmer med ${v.totals.filter((t) => t.foots).length} av ${v.totals.length} angivna summor.`,
              `: agrees with ${v.totals.filter((t) => t.foots).length} of ${v.totals.length} stated totals.`,
            ),
    ),
    v.totals.length === 0
      ? h('p', { class: 'muted' }, say('Tabellen har ingen summarad och ingen summa angavs.', 'The table has no total row and no total was given.'))
      : h(
          'ul',
          { class: 'totals' },
          v.totals.map((t) =>
            h(
              'li',
              { class: t.foots ? 'ok' : 'warn', 'data-kind': t.kind },
              cellLink(p, t.at, kind[t.kind]),
              `: ${t.amount} – `,
              t.foots ? say('stämmer', 'foots') : say(`skiljer ${t.difference} kr mot tabellen`, `differs by ${t.difference} kr from the table`),
              t.quote ? h('div', { class: 'muted quote' }, `”${t.quote}”`) : null,
            ),
          ),
        ),
    h('h3', {}, say('Metod', 'Method')),
    h('p', { id: 'review-method', class: v.fits ? 'ok' : 'warn' }, v.method[s.lang]),
    h('h3', {}, say('Befolkningsunderlag, bäst först', 'Populations, best first')),
    h(
      'ul',
      { class: 'candidates', id: 'review-candidates' },
      v.candidates.map((c) =>
        h(
          'li',
          { class: c.fits ? 'ok' : 'warn' },
          h('strong', {}, c.description),
          ' – ',
          c.fits
            ? say(`återger tabellen (${c.method?.sv ?? ''})`, `reproduces the table (${c.method?.en ?? ''})`)
            : c.deviatingRows === null
              ? say(`saknar vikt för ${c.missing.join(', ')}`, `has no weight for ${c.missing.join(', ')}`)
              : say(`${c.deviatingRows} av ${v.regions} rader avviker`, `${c.deviatingRows} of ${v.regions} rows deviate`),
          c.verdict ? h('div', { class: 'verdict' }, c.verdict[s.lang]) : null,
        ),
      ),
    ),
    v.deviations.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, say(`Avvikande rader mot ${v.against ?? ''}`, `Deviating rows against ${v.against ?? ''}`)),
          deviationTable(p, v, say),
        ),
  );
}

/**
 * The deviating rows: six columns do not fit a 270–350 px pane, so each row is drawn as a block (the
 * region on its own line, each figure under it with its heading from `data-label`; CSS in
 * taskpane.html). The ARIA roles keep it a table for screen readers whatever its CSS display.
 */
function deviationTable(p: Pane, v: TableReviewView, say: Say): HTMLElement {
  const heads: [string, boolean][] = [
    [say('Region', 'Region'), false],
    [say('Publicerat', 'Published'), true],
    [say('Beräknat', 'Computed'), true],
    [say('Differens', 'Difference'), true],
    [say('Vikt', 'Weight'), true],
    [say('Vikt som ger beloppet', 'Weight giving the amount'), false],
  ];
  const cell = (i: number, content: HTMLElement | string) => {
    const [label, num] = heads[i] as [string, boolean];
    return h('td', { role: 'cell', class: num ? 'num' : undefined, 'data-label': label }, content);
  };
  return h(
    'table',
    { id: 'review-deviations', class: 'stacked', role: 'table', 'aria-label': say('Avvikande rader', 'Deviating rows') },
    h('thead', { role: 'rowgroup', class: 'visually-hidden' }, h('tr', { role: 'row' }, heads.map(([label, num]) => h('th', { role: 'columnheader', class: num ? 'num' : undefined }, label)))),
    h(
      'tbody',
      { role: 'rowgroup' },
      v.deviations.map((d) =>
        h('tr', { role: 'row' }, cell(0, cellLink(p, d.at, `${d.id} ${d.name}`)), cell(1, d.published), cell(2, d.computed), cell(3, d.difference), cell(4, d.weight ?? '–'), cell(5, d.interval ?? '–')),
      ),
    ),
  );
}
