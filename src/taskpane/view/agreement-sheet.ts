import { issueText } from '../../core/result';
import type { Pane } from '../app/pane';
import type { AppState, SheetProblem } from '../app/state';
import { readCorrections, showSheetIssue, writeAgreementSheet } from '../app/workflows/agreement-sheet';
import type { T } from '../i18n';
import { h } from './dom';
import { pendingQuestion } from './parts';

/**
 * On the agreement screen: the agreement's sheet (read its corrections, or write one, a built-in
 * agreement too) and, for a sheet that did not read, its problems, each with "Visa cellen".
 */
export function agreementSheetPart(p: Pane, s: AppState, t: T): HTMLElement {
  const a = s.agreement;
  const sheet = a ? s.agreementSheets.find((x) => x.agreementId === a.id) : undefined;
  return h(
    'div',
    { class: 'agreement-sheet' },
    // Every sheet that did not read, the chosen agreement's or another's (read when the pane opened).
    ...s.sheetProblems.map((x) => problemList(p, s, t, x)),
    pendingQuestion(p, s, t) ??
      // The chosen agreement's sheet that did not read has its button in its list above.
      (sheet && s.sheetProblems.some((x) => x.agreementId === sheet.agreementId)
        ? null
        : h(
            'div',
            { class: 'actions' },
            sheet
              ? h('button', { type: 'button', id: 'read-corrections', disabled: !!s.busy, onclick: () => void readCorrections(p) }, p.t('Läs in rättelser från bladet', 'Read corrections from the sheet'))
              : h('button', { type: 'button', id: 'do-agreement-sheet', disabled: !!s.busy || !a, onclick: () => void writeAgreementSheet(p) }, p.t('Skriv som blad', 'Write as a sheet')),
            h(
              'p',
              { class: 'muted' },
              sheet
                ? p.t(`Överenskommelsen rättas på bladet ${sheet.sheet}.`, `The agreement is corrected on the sheet ${sheet.sheet}.`)
                : p.t('Skriv överenskommelsen som ett blad för att rätta den i Excel.', 'Write the agreement as a sheet to correct it in Excel.'),
            ),
          )),
  );
}

function problemList(p: Pane, s: AppState, t: T, x: SheetProblem): HTMLElement {
  const id = `sheet-problems-${x.agreementId}`;
  return h(
    'section',
    { class: 'card sheet-problems', 'aria-labelledby': id },
    h('h3', { id }, p.t(`Bladet ${x.sheet} kunde inte läsas`, `The sheet ${x.sheet} could not be read`)),
    h(
      'p',
      {},
      p.t(
        'Den sparade överenskommelsen används tills bladet går att läsa; inget på bladet har ändrats. Rätta varje cell nedan och välj ”Läs in rättelser från bladet”.',
        'The saved agreement is used until the sheet reads; nothing on the sheet has been changed. Correct each cell below and choose "Read corrections from the sheet".',
      ),
    ),
    h(
      'ul',
      { class: 'issues' },
      x.issues.map((i) =>
        h(
          'li',
          { class: 'error' },
          h('span', {}, issueText(i.issue, s.lang)),
          i.where ? h('button', { type: 'button', class: 'link', onclick: () => void showSheetIssue(p, i) }, `${t('showCell')} ${i.where.address}`) : null,
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: x.agreementId === s.agreement?.id ? 'read-corrections' : undefined, disabled: !!s.busy, onclick: () => void readCorrections(p, x.agreementId) }, p.t('Läs in rättelser från bladet', 'Read corrections from the sheet')),
    ),
  );
}
