import { issueText, severityOf, type Issue } from '../../core/result';
import type { Pane } from '../app/pane';
import { fieldKey, fieldOfPath, fieldValue, PROFILE_FIELDS, profileWith, type ProfileField } from '../app/profile-form';
import type { AppState } from '../app/state';
import { answerProfileConsent, editProfile, removeProfile, saveProfile } from '../app/workflows/settings';
import { h } from './dom';

// Loaded on demand (Inställningar): the editor, its field list and texts stay out of the start-up bundle.

const PROFILE_TEXTS = {
  title: ['Profil', 'Profile'],
  intro: ['Uppgifterna fylls i på rekvisitionen och den ekonomiska redovisningen.', 'These details are filled in on the requisition and the financial report.'],
  agreementPart: ['För den valda överenskommelsen', 'For the chosen agreement'],
  save: ['Spara', 'Save'],
  errors: ['Rätta fälten nedan och spara igen:', 'Correct the fields below and save again:'],
  warnings: ['Kontrollera:', 'Please check:'],
  consentQ: [
    'Profilen innehåller personuppgifter (namn, telefon, e-post). Ska den sparas i arbetsboken? Den följer då med filen till alla som får den.',
    'The profile holds personal data (names, phone, e-mail). Keep it in the workbook? It then travels with the file to everyone who receives it.',
  ],
  consentYes: ['Spara i arbetsboken', 'Keep in the workbook'],
  consentNo: ['Använd bara nu', 'Use for now only'],
  remove: ['Ta bort profilen ur arbetsboken', 'Remove the profile from the workbook'],
} as const;

type Key = keyof typeof PROFILE_TEXTS;

/** The profile editor: every field the forms use, errors at their fields, the consent question once. */
export function profileSection(p: Pane, s: AppState): HTMLElement {
  const t = (k: Key) => PROFILE_TEXTS[k][s.lang === 'sv' ? 0 : 1];
  const agreementId = s.agreement?.id ?? '';
  const byField = new Map<ProfileField, Issue[]>();
  const loose: Issue[] = [];
  for (const i of s.profileIssues) {
    const f = fieldOfPath(i.path, agreementId);
    if (f) byField.set(f, [...(byField.get(f) ?? []), i]);
    else loose.push(i);
  }
  const hasErrors = s.profileIssues.some((i) => severityOf(i) === 'error');
  const input = (f: ProfileField) => {
    const key = fieldKey(f);
    const id = `profile-${key}`;
    const issues = byField.get(f) ?? [];
    const error = issues.some((i) => severityOf(i) === 'error');
    return h(
      'div',
      { class: error ? 'field invalid' : 'field' },
      h('label', { for: id }, s.lang === 'sv' ? f.sv : f.en),
      h('input', {
        id,
        name: key,
        value: p.profileDraft[key] ?? fieldValue(s.profile, f, agreementId),
        autocomplete: f.autocomplete,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': issues.length > 0 ? `${id}-msg` : undefined,
        oninput: (e: Event) => editProfile(p, key, (e.target as HTMLInputElement).value),
      }),
      issues.length > 0 ? h('p', { id: `${id}-msg`, class: error ? 'field-error' : 'warn' }, issues.map((i) => issueText(i, s.lang)).join(' ')) : null,
    );
  };
  const general = PROFILE_FIELDS.filter((f) => !f.path.includes('*'));
  const perAgreement = PROFILE_FIELDS.filter((f) => f.path.includes('*'));
  const form = h(
    'form',
    {
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [fieldKey(f), String(data.get(fieldKey(f)) ?? '')]));
        void saveProfile(p, profileWith(s.profile, values, agreementId));
      },
    },
    h('h2', {}, t('title')),
    h('p', { class: 'muted' }, t('intro')),
    s.profileIssues.length > 0
      ? h(
          'div',
          { id: 'profile-errors', class: hasErrors ? 'notice error' : 'notice info', role: hasErrors ? 'alert' : 'status', tabindex: -1 },
          h('p', {}, hasErrors ? t('errors') : t('warnings'), loose.length > 0 ? ` ${loose.map((i) => issueText(i, s.lang)).join(' ')}` : ''),
        )
      : null,
    general.map(input),
    s.agreement ? h('fieldset', {}, h('legend', {}, `${t('agreementPart')}: ${s.agreement.title}`), perAgreement.map(input)) : null,
    s.profileToStore
      ? h(
          'div',
          {
            class: 'card question',
            role: 'alertdialog',
            'aria-labelledby': 'consent-q',
            // Escape keeps the profile out of the workbook: the answer that stores nothing.
            onkeydown: (e: Event) => {
              if ((e as KeyboardEvent).key !== 'Escape') return;
              e.preventDefault();
              void answerProfileConsent(p, false);
            },
          },
          h('p', { id: 'consent-q' }, t('consentQ')),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', id: 'consent-yes', class: 'primary', onclick: () => void answerProfileConsent(p, true) }, t('consentYes')),
            h('button', { type: 'button', id: 'consent-no', onclick: () => void answerProfileConsent(p, false) }, t('consentNo')),
          ),
        )
      : h(
          'div',
          { class: 'actions main-action' },
          h('button', { type: 'submit', id: 'profile-save', class: 'primary', disabled: !!s.busy }, t('save')),
          s.profileConsent ? h('button', { type: 'button', id: 'profile-remove', class: 'link', onclick: () => void removeProfile(p) }, t('remove')) : null,
        ),
  );
  return form;
}
