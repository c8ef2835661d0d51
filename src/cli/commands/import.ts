import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseAgreementJson, type AgreementJson } from '../../core/agreements';
import { checkAgreement, hasErrors, issuesToJson } from '../../core/checks';
import { draftFigures, IMPORT_MESSAGES as M, importAgreementText, notStated, readDecisionText, type DecisionDraft, type DraftFigure } from '../../core/import';
import { formatKronor } from '../../core/money';
import { recipientLabel } from '../../core/checks';
import { issueText, makeIssue, type Issue, type Lang } from '../../core/result';
import { CommandExit, UsageError, type CliIo } from '../io';
import { isPdf, readPdfText } from '../pdf';
import { renderText as renderChecks } from './check';

/** Larger files are refused before they are read: an agreement PDF is a few megabytes at most. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const STATUS: Record<DraftFigure['status'], Record<Lang, string>> = {
  found: { sv: 'hittat', en: 'found' },
  conflicting: { sv: 'MOTSTRIDIGT', en: 'CONFLICTING' },
  'not-stated': { sv: 'ej angivet', en: 'not stated' },
};

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import <fil>')
    .alias('importera')
    .description('Läs en överenskommelse från dess PDF eller text: belopp, mottagare, anslag och tidsfrister med citat, och kontrollerna på utkastet')
    .option('--out <fil.json>', 'skriv utkastet som överenskommelsefil (JSON), som check, deadlines, report och distribute läser')
    .option('--force', 'skriv över --out-filen om den redan finns')
    .option('--format <format>', 'table | json', 'table')
    .option('--lang <språk>', 'sv | en', 'sv')
    .action(async (file: string, opts: { out?: string; force?: boolean; format: string; lang: string }) => {
      const format = opts.format === 'text' ? 'table' : opts.format;
      if (format !== 'table' && format !== 'json') throw new UsageError(`Okänt format ”${opts.format}”. Välj table eller json.`);
      if (opts.lang !== 'sv' && opts.lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
      const lang: Lang = opts.lang;
      const path = resolve(io.cwd, file);
      const outPath = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
      if (outPath && existsSync(outPath) && !opts.force) throw new UsageError(`${opts.out} finns redan. Välj ett annat filnamn eller lägg till --force för att skriva över den.`);
      const text = await readInput(path, file, lang);
      const imported = importAgreementText(text, { document: basename(file) });
      if (!imported.ok) {
        const decision = imported.issues.some((i) => i.code === 'NOT_AN_AGREEMENT') ? readDecisionText(text) : undefined;
        if (!decision?.ok || decision.value.payments.length === 0) throw inputError(file, imported.issues, lang);
        if (outPath) throw new UsageError(`${file}: ${issueText(makeIssue(M, 'DECISION_NOT_AGREEMENT', {}), lang)}`);
        io.out(format === 'json' ? JSON.stringify(decisionJson(decision.value), null, 2) + '\n' : renderDecision(decision.value, lang));
        return;
      }
      const draft = imported.value.agreement;
      const parsed = parseAgreementJson(JSON.stringify(draft));
      if (!parsed.ok) throw inputError(file, parsed.issues, lang);
      const issues = checkAgreement(parsed.value);
      if (outPath) writeAtomically(outPath, JSON.stringify(draft, null, 2) + '\n');
      if (format === 'json') io.out(JSON.stringify({ agreement: draft, figures: draftFigures(draft), notStated: notStated(draft), ...issuesToJson(issues) }, null, 2) + '\n');
      else io.out(renderDraft(draft, imported.value.notes, lang) + '\n' + renderChecks(lang === 'sv' ? 'Kontroller' : 'Checks', issues, lang) + renderNotStated(draft, lang) + (opts.out ? `\n${lang === 'sv' ? 'Skrev' : 'Wrote'} ${opts.out}\n` : ''));
      if (hasErrors(issues)) throw new CommandExit(1);
    });
}

function inputError(file: string, issues: readonly Issue[], lang: Lang): UsageError {
  return new UsageError(`${file}: ${issues.map((i) => issueText(i, lang)).join('\n')}`);
}

/** The file's text: a PDF through pdf.js, anything else as UTF-8 text (with or without BOM). */
export async function readInput(path: string, shown: string, lang: Lang): Promise<string> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError(lang === 'sv' ? `Filen ${shown} finns inte eller går inte att läsa.` : `The file ${shown} does not exist or cannot be read.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    const issue = makeIssue(M, 'TOO_LARGE', { size: `${(size / 1024 / 1024).toFixed(0)} MB`, max: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
    throw inputError(shown, [issue], lang);
  }
  const bytes = readFileSync(path);
  if (isPdf(bytes)) {
    const text = await readPdfText(bytes);
    if (!text.ok) throw inputError(shown, text.issues, lang);
    return text.value;
  }
  if (bytes.includes(0)) throw inputError(shown, [makeIssue(M, 'NOT_AN_AGREEMENT', {})], lang);
  const utf8 = bytes.toString('utf8');
  // Text saved from Windows programs is often Windows-1252: å, ä and ö are then not valid UTF-8.
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

/** Written next to the target and renamed over it, so a failure never leaves half a file. */
function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`Det gick inte att skriva ${path} (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function renderDraft(a: AgreementJson, notices: readonly Issue[], lang: Lang): string {
  const figures = draftFigures(a);
  const out: string[] = [`${a.title}`, `${lang === 'sv' ? 'Utkast från' : 'Draft from'} ${a.document}`, ''];
  // What the reader noticed and did not read (a table per year, a region table that sums to nothing stated, …).
  if (notices.length > 0) out.push(lang === 'sv' ? 'Att veta:' : 'To know:', ...notices.map((n) => `  - ${issueText(n, lang)}`), '');
  const groups: { title: string; items: DraftFigure[] }[] = [{ title: lang === 'sv' ? 'Hela överenskommelsen' : 'The whole agreement', items: [] }];
  for (const area of a.areas) groups.push({ title: `${lang === 'sv' ? 'Område' : 'Area'}: ${area.title}`, items: [] });
  for (const f of figures) {
    const at = f.area === null ? 0 : a.areas.findIndex((x) => x.id === f.area) + 1;
    groups[Math.max(0, at)]?.items.push(f);
  }
  for (const g of groups) {
    out.push(g.title);
    for (const f of g.items) {
      const depth = f.path.filter((p) => p === 'lines').length;
      const pad = '  '.repeat(depth + 1);
      out.push(`${pad}[${STATUS[f.status][lang]}] ${lang === 'sv' ? f.label : f.labelEn}: ${(lang === 'sv' ? f.value : f.valueEn) ?? (lang === 'sv' ? 'ej angivet' : 'not stated')}`);
      if (f.source) out.push(`${pad}    ”${f.source.quote}” (${f.source.where})`);
      const others = f.alsoStated.filter((x) => x.value !== null);
      if (f.status === 'conflicting') for (const o of others) out.push(`${pad}    ${lang === 'sv' ? 'men också' : 'but also'} ${o.value}: ”${o.source.quote}” (${o.source.where})`);
      else if (others.length > 0) out.push(`${pad}    ${lang === 'sv' ? `samma belopp anges på ${others.length} ${others.length === 1 ? 'ställe' : 'ställen'} till` : `the same amount is stated in ${others.length} more ${others.length === 1 ? 'place' : 'places'}`}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function renderNotStated(a: AgreementJson, lang: Lang): string {
  const missing = notStated(a);
  const head = lang === 'sv' ? 'Ej angivet i texten (fyll i eller kontrollera):' : 'Not stated in the text (fill in or check):';
  if (missing.length === 0) return `\n${head} ${lang === 'sv' ? 'inget.' : 'nothing.'}\n`;
  return `\n${head}\n${missing.map((m) => `  - ${lang === 'sv' ? m.what : m.whatEn}`).join('\n')}\n`;
}

function decisionJson(d: DecisionDraft) {
  return {
    kind: 'decision',
    title: d.title,
    payments: d.payments.map((p) => ({ amount: p.amount.toFixed(), raw: p.raw, approximate: p.approximate, recipient: p.recipient, source: p.source })),
    dates: d.dates,
    appropriation: d.appropriation,
  };
}

function renderDecision(d: DecisionDraft, lang: Lang): string {
  const sv = lang === 'sv';
  const who = (r: DecisionDraft['payments'][number]['recipient']) =>
    r === null ? (sv ? 'mottagare ej angiven' : 'recipient not stated') : r === 'mixed' ? (sv ? 'flera mottagare' : 'several recipients') : recipientLabel({ type: r })[lang];
  const lines = [d.title ?? '', sv ? 'Utbetalningsbeslut (inte en överenskommelse): belopp, mottagare och datum' : 'Payout decision (not an agreement): amounts, recipients and dates', ''];
  for (const p of d.payments) lines.push(`  ${p.approximate ? (sv ? 'drygt ' : 'about ') : ''}${formatKronor(p.amount)} – ${who(p.recipient)}`, `      ”${p.source.quote}”`);
  if (d.payments.length === 0) lines.push(sv ? '  Inga belopp angivna.' : '  No amounts stated.');
  for (const x of d.dates) lines.push(`  ${x.date}${x.kind ? ` (${x.kind})` : ''}`, `      ”${x.source.quote}”`);
  if (d.appropriation) lines.push(`  ${sv ? 'Anslag' : 'Appropriation'}: utgiftsområde ${d.appropriation.utgiftsomrade}, anslag ${d.appropriation.anslag}, anslagspost ${d.appropriation.anslagspost ?? '–'}`);
  return lines.join('\n') + '\n';
}
