import { listAgreements, type Agreement } from '../../core/agreements';
import { checkAgreement, checkDistribution, type CheckIssue } from '../../core/checks';
import type { DeadlineView } from '../../core/deadlines';
import { distribute, type Distribution, type Method } from '../../core/distribution';
import type { Profile } from '../../core/profile';
import { SCB_COUNTY_2023_12_31, tableRecipients, tableSource, type WeightTable } from '../../core/reference';
import { issueText, type Issue, type Lang } from '../../core/result';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { distributionPlan, distributionPlanId, type SheetPlan } from '../../core/sheetplan';
import type { WorkbookPort } from '../../excel/port';
import { languageOf } from '../i18n';
import { distributableLines, equalTable, type DistributableLine } from './lines';
import { loadPreferences, saveProfile, saveSettings } from './preferences';
import { weightsFromCells } from './weights-from-cells';

export type Screen = 'agreement' | 'distribute' | 'check' | 'deadlines' | 'forms' | 'settings';

export interface Notice {
  readonly kind: 'error' | 'success' | 'info';
  readonly text: string;
}

/** A finding with, when it is about a cell of a table in the workbook, where that cell is. */
export interface Finding {
  readonly issue: CheckIssue;
  readonly where?: { readonly sheet: string; readonly address: string };
  /** The table it came from, or undefined for the agreement itself. */
  readonly table?: string;
}

export interface PendingReplace {
  readonly sheet: string;
  readonly plan: SheetPlan;
  readonly label: string;
}

export interface FormRecipient {
  readonly code: string;
  readonly name: string;
}

export interface AppState {
  readonly lang: Lang;
  readonly screen: Screen;
  readonly agreements: readonly Agreement[];
  readonly agreement: Agreement | undefined;
  readonly agreementIssues: readonly CheckIssue[];
  readonly lines: readonly DistributableLine[];
  readonly lineId: string | undefined;
  readonly preview: Distribution | undefined;
  readonly settings: Settings;
  readonly profile: Profile;
  readonly rangeTable: WeightTable | undefined;
  readonly findings: readonly Finding[] | undefined;
  readonly deadlines: readonly DeadlineView[] | undefined;
  readonly formRecipients: readonly FormRecipient[] | undefined;
  readonly formRecipient: string | undefined;
  readonly busy: string | undefined;
  readonly notices: readonly Notice[];
  readonly pending: PendingReplace | undefined;
}

/** The parts the task pane loads only when they are needed, to keep start-up small. */
export interface LazyParts {
  readonly deadlines: () => Promise<typeof import('./deadlines')>;
  readonly forms: () => Promise<typeof import('./forms')>;
}

export interface Deps {
  readonly port: WorkbookPort;
  readonly version: string;
  readonly displayLanguage?: string;
  /** YYYY-MM-DD, the user's today. */
  readonly today: () => string;
  /** ISO time with offset, for audit records. */
  readonly now: () => string;
  readonly lazy: LazyParts;
  readonly download: (fileName: string, text: string, mime: string) => void;
}

/**
 * The task pane's state and workflows in plain TypeScript: it calls the workbook port and the core
 * and knows nothing of the DOM, which only renders the state and forwards clicks here.
 */
export class Controller {
  private current: AppState;
  private readonly listeners = new Set<(s: AppState) => void>();

  constructor(private readonly deps: Deps) {
    const agreements = listAgreements();
    this.current = {
      lang: languageOf(deps.displayLanguage),
      screen: 'agreement',
      agreements,
      agreement: undefined,
      agreementIssues: [],
      lines: [],
      lineId: undefined,
      preview: undefined,
      settings: DEFAULT_SETTINGS,
      profile: {},
      rangeTable: undefined,
      findings: undefined,
      deadlines: undefined,
      formRecipients: undefined,
      formRecipient: undefined,
      busy: undefined,
      notices: [],
      pending: undefined,
    };
    const first = agreements[0];
    if (first) this.current = { ...this.current, ...this.agreementState(first) };
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: (s: AppState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l(this.current);
  }

  private t(sv: string, en: string): string {
    return this.current.lang === 'sv' ? sv : en;
  }

  private notify(kind: Notice['kind'], text: string): void {
    this.set({ notices: [{ kind, text }] });
  }

  private fail(issues: readonly Issue[]): void {
    this.set({ notices: issues.slice(0, 5).map((i) => ({ kind: 'error' as const, text: issueText(i, this.current.lang) })) });
  }

  dismiss(): void {
    this.set({ notices: [] });
  }

  /** Runs a workflow with a visible progress text; an unexpected error becomes a sentence, never a blank pane. */
  private async busy(label: string, work: () => Promise<void>): Promise<void> {
    this.set({ busy: label, notices: [] });
    try {
      await work();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.notify(
        'error',
        this.t(
          `Något gick fel i kontakten med Excel (${detail}). Inget har skrivits. Stäng eventuell cellredigering och försök igen.`,
          `Something went wrong talking to Excel (${detail}). Nothing was written. Leave any cell you are editing and try again.`,
        ),
      );
    } finally {
      this.set({ busy: undefined });
    }
  }

  async start(): Promise<void> {
    await this.busy(this.t('Läser inställningar …', 'Reading settings …'), async () => {
      const prefs = await loadPreferences(this.deps.port, this.deps.now);
      this.set({
        settings: prefs.settings,
        profile: prefs.profile,
        lang: languageOf(this.deps.displayLanguage, prefs.settings.language),
      });
      if (prefs.issues.length > 0) this.set({ notices: prefs.issues.map((i) => ({ kind: 'info' as const, text: issueText(i, this.current.lang) })) });
      if (prefs.settings.population.kind === 'range') await this.reloadRange(prefs.settings.population.sheet, prefs.settings.population.address);
    });
    this.refreshPreview();
  }

  go(screen: Screen): void {
    this.set({ screen, pending: undefined });
    if (screen === 'deadlines' && !this.current.deadlines) void this.loadDeadlines();
    if (screen === 'forms' && !this.current.formRecipients) void this.loadFormRecipients();
  }

  private agreementState(a: Agreement): Partial<AppState> {
    const lines = distributableLines(a);
    return {
      agreement: a,
      agreementIssues: checkAgreement(a),
      lines,
      lineId: lines[0]?.line.id,
      findings: undefined,
      deadlines: undefined,
      formRecipients: undefined,
      formRecipient: undefined,
      pending: undefined,
    };
  }

  selectAgreement(id: string): void {
    const a = this.current.agreements.find((x) => x.id === id);
    if (!a) return;
    this.set(this.agreementState(a));
    this.refreshPreview();
    if (this.current.screen === 'deadlines') void this.loadDeadlines();
    if (this.current.screen === 'forms') void this.loadFormRecipients();
  }

  /** An agreement file the user opened: validated, then added to the list and selected. */
  async openAgreementFile(fileName: string, text: string): Promise<void> {
    // The full validation (zod) is loaded on demand; the built-in catalog does not need it.
    const { parseAgreementJson } = await import(/* webpackChunkName: "validation" */ '../../core/agreements/load');
    const r = parseAgreementJson(text);
    if (!r.ok) {
      this.fail([
        {
          code: 'FILE',
          message: `Filen ${fileName} är ingen giltig överenskommelse. ${issueText(r.issues[0] as Issue, 'sv')}`,
          messageEn: `The file ${fileName} is not a valid agreement. ${issueText(r.issues[0] as Issue, 'en')}`,
        },
      ]);
      return;
    }
    const others = this.current.agreements.filter((a) => a.id !== r.value.id);
    this.set({ agreements: [...others, r.value] });
    this.selectAgreement(r.value.id);
    this.notify('success', this.t(`Öppnade ${fileName}.`, `Opened ${fileName}.`));
  }

  selectLine(id: string): void {
    this.set({ lineId: id, pending: undefined });
    this.refreshPreview();
  }

  async setMethod(method: Method): Promise<void> {
    await this.updateSettings({ ...this.current.settings, method });
  }

  async setUnit(exponent: Settings['unitExponent']): Promise<void> {
    await this.updateSettings({ ...this.current.settings, unitExponent: exponent });
  }

  async setLanguage(language: Settings['language']): Promise<void> {
    await this.updateSettings({ ...this.current.settings, language });
    this.set({ lang: languageOf(this.deps.displayLanguage, language) });
  }

  async useBuiltinPopulation(): Promise<void> {
    this.set({ rangeTable: undefined });
    await this.updateSettings({ ...this.current.settings, population: { kind: 'builtin', table: SCB_COUNTY_2023_12_31.id } });
  }

  /** The selected range becomes the population table (and is remembered in the workbook). */
  async useSelectionAsPopulation(): Promise<void> {
    await this.busy(this.t('Läser markeringen …', 'Reading the selection …'), async () => {
      const read = await this.deps.port.readSelection();
      const table = weightsFromCells(read);
      if (!table.ok) return this.fail(table.issues);
      this.set({ rangeTable: table.value });
      await this.updateSettings({ ...this.current.settings, population: { kind: 'range', sheet: read.sheet, address: read.address } });
      this.notify('success', this.t(`Befolkningen läses från ${read.sheet}!${read.address}.`, `Population is read from ${read.sheet}!${read.address}.`));
    });
  }

  private async reloadRange(sheet: string, address: string): Promise<void> {
    const table = weightsFromCells(await this.deps.port.readRange(sheet, address));
    if (table.ok) this.set({ rangeTable: table.value });
    else this.fail(table.issues);
  }

  private async updateSettings(settings: Settings): Promise<void> {
    this.set({ settings });
    this.refreshPreview();
    await saveSettings(this.deps.port, settings).catch(() =>
      this.notify('error', this.t('Inställningen kunde inte sparas i arbetsboken. Den gäller tills fönstret stängs.', 'The setting could not be saved in the workbook. It applies until the pane is closed.')),
    );
  }

  get selectedLine(): DistributableLine | undefined {
    return this.current.lines.find((l) => l.line.id === this.current.lineId);
  }

  private weightTable(l: DistributableLine): WeightTable {
    if (l.key === 'equal') return equalTable(l.recipients);
    return this.current.settings.population.kind === 'range' && this.current.rangeTable ? this.current.rangeTable : SCB_COUNTY_2023_12_31;
  }

  private compute(): { ok: true; value: Distribution } | { ok: false; issues: readonly Issue[] } | undefined {
    const l = this.selectedLine;
    if (!l) return undefined;
    const table = this.weightTable(l);
    return distribute({
      amount: l.amount,
      unit: { exponent: this.current.settings.unitExponent },
      method: this.current.settings.method,
      recipients: tableRecipients(table),
      source: tableSource(table),
    });
  }

  private refreshPreview(): void {
    const r = this.compute();
    this.set({ preview: r && r.ok ? r.value : undefined });
  }

  /**
   * "Fördela": the chosen line's distribution as an Excel table with its audit record. When the
   * add-in already wrote a sheet for the line, asks before replacing it.
   */
  async distribute(choice?: 'replace' | 'new'): Promise<void> {
    const l = this.selectedLine;
    const a = this.current.agreement;
    if (!l || !a) return;
    const d = this.compute();
    if (!d) return;
    if (!d.ok) return this.fail(d.issues);
    const plan = distributionPlan({
      agreement: { id: a.id, title: a.title },
      line: { id: l.line.id, title: l.line.title },
      distribution: d.value,
      lang: this.current.lang,
      stamp: { productVersion: this.deps.version, generatedAt: this.deps.now() },
    });
    await this.write(plan, l.line.title, choice);
  }

  private async write(plan: SheetPlan, label: string, choice: 'replace' | 'new' | undefined): Promise<void> {
    this.set({ pending: undefined });
    await this.busy(this.t(`Skriver ${label} …`, `Writing ${label} …`), async () => {
      if (choice === undefined) {
        const inv = await this.deps.port.inventory();
        const earlier = inv.sheets.find((s) => s.planId === plan.id);
        if (earlier) return this.set({ pending: { sheet: earlier.name, plan, label } });
      }
      const r = await this.deps.port.writeSheet(plan, { replace: choice === 'replace' });
      if (!r.ok) return this.fail(r.issues);
      const w = r.value;
      this.notify(
        'success',
        w.replaced
          ? this.t(`Bladet ${w.sheetName} är ersatt (${w.address}).`, `The sheet ${w.sheetName} was replaced (${w.address}).`)
          : w.preferredName
            ? this.t(
                `Skrev bladet ${w.sheetName} (${w.address}). Namnet ${w.preferredName} var upptaget, så det bladet är orört.`,
                `Wrote the sheet ${w.sheetName} (${w.address}). The name ${w.preferredName} was taken, so that sheet is untouched.`,
              )
            : this.t(`Skrev bladet ${w.sheetName} (${w.address}).`, `Wrote the sheet ${w.sheetName} (${w.address}).`),
      );
    });
  }

  /** Answers the replace question. */
  async resolvePending(choice: 'replace' | 'new' | 'cancel'): Promise<void> {
    const p = this.current.pending;
    if (!p) return;
    if (choice === 'cancel') return this.set({ pending: undefined });
    await this.write(p.plan, p.label, choice);
  }

  /** "Kontrollera": the agreement's own checks and every distribution table the add-in wrote. */
  async check(): Promise<void> {
    await this.busy(this.t('Kontrollerar …', 'Checking …'), async () => {
      const a = this.current.agreement;
      const findings: Finding[] = a ? checkAgreement(a).map((issue) => ({ issue })) : [];
      const tables = await this.deps.port.readDistributionTables();
      for (const t of tables) {
        const [, agreementId, lineId] = t.planId.split(':');
        const agreement = this.current.agreements.find((x) => x.id === agreementId);
        const line = agreement ? distributableLines(agreement).find((l) => l.line.id === lineId)?.line : undefined;
        if (!line) continue;
        const rows = t.rows.map((r) => ({ recipient: String(r.code ?? r.recipient ?? ''), amount: r.amount === null || r.amount === '' ? '' : (r.amount as number | string) }));
        const statedTotal = typeof t.total === 'number' || typeof t.total === 'string' ? t.total : undefined;
        for (const issue of checkDistribution(line, rows, statedTotal === undefined ? {} : { statedTotal })) {
          const row = issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? t.rows[issue.path[1]] : undefined;
          const address = row ? row.amountAddress : t.totalAddress;
          findings.push({ issue, where: { sheet: t.sheet, address }, table: t.sheet });
        }
      }
      this.set({ findings });
      const errors = findings.filter((f) => f.issue.severity === 'error').length;
      this.notify(
        errors > 0 ? 'error' : 'success',
        this.t(
          `${findings.length} anmärkningar, varav ${errors} fel, i överenskommelsen och ${tables.length} fördelningstabeller.`,
          `${findings.length} findings, ${errors} of them errors, in the agreement and ${tables.length} distribution tables.`,
        ),
      );
    });
  }

  async showFinding(f: Finding): Promise<void> {
    if (!f.where) return;
    const where = f.where;
    await this.busy(this.t('Visar cellen …', 'Showing the cell …'), () => this.deps.port.select(where.sheet, where.address));
  }

  private async loadDeadlines(): Promise<void> {
    const a = this.current.agreement;
    if (!a) return;
    await this.busy(this.t('Läser helgdagar …', 'Loading holidays …'), async () => {
      const m = await this.deps.lazy.deadlines();
      this.set({ deadlines: m.deadlineViews(a, this.deps.today()) });
    });
  }

  async downloadIcs(): Promise<void> {
    const a = this.current.agreement;
    const views = this.current.deadlines;
    if (!a || !views) return;
    const m = await this.deps.lazy.deadlines();
    this.deps.download(`${a.id}-tidsfrister.ics`, m.icsText(a, views, this.deps.today()), 'text/calendar');
  }

  private async loadFormRecipients(): Promise<void> {
    const a = this.current.agreement;
    if (!a) return;
    await this.busy(this.t('Förbereder blanketterna …', 'Preparing the forms …'), async () => {
      const m = await this.deps.lazy.forms();
      const recipients = m.formRecipients(a, this.populationFor());
      this.set({ formRecipients: recipients, formRecipient: recipients[0]?.code });
    });
  }

  selectFormRecipient(code: string): void {
    this.set({ formRecipient: code });
  }

  private populationFor(): WeightTable {
    return this.current.settings.population.kind === 'range' && this.current.rangeTable ? this.current.rangeTable : SCB_COUNTY_2023_12_31;
  }

  /** "Skapa rekvisition" / "Skapa ekonomisk redovisning" for the chosen recipient. */
  async createForm(kind: 'rekvisition' | 'redovisning'): Promise<void> {
    const a = this.current.agreement;
    const code = this.current.formRecipient;
    if (!a || !code) return;
    const m = await this.deps.lazy.forms();
    const plan = m.formPlan(kind, a, code, {
      weights: this.populationFor(),
      method: this.current.settings.method,
      unit: { exponent: this.current.settings.unitExponent },
      profile: this.current.profile,
      lang: this.current.lang,
      info: { productVersion: this.deps.version, generatedAt: this.deps.now() },
    });
    if (!plan.ok) return this.fail(plan.issues);
    const label = kind === 'rekvisition' ? this.t('rekvisitionen', 'the requisition') : this.t('redovisningen', 'the report');
    await this.write(plan.value, label, undefined);
  }

  /** What the user has typed into the profile form and not yet saved: survives re-rendering. */
  readonly profileDraft: Partial<Record<keyof Profile, string>> = {};

  editProfile(key: keyof Profile, value: string): void {
    this.profileDraft[key] = value;
  }

  async saveProfile(p: Profile): Promise<void> {
    const { validateProfile } = await import('../../core/profile');
    const r = validateProfile(p);
    if (!r.ok) return this.fail(r.issues);
    await this.busy(this.t('Sparar …', 'Saving …'), async () => {
      await saveProfile(this.deps.port, r.value.profile);
      for (const k of Object.keys(this.profileDraft)) delete this.profileDraft[k as keyof Profile];
      this.set({ profile: r.value.profile, formRecipients: undefined });
      this.notify('success', this.t('Profilen är sparad i arbetsboken.', 'The profile is saved in the workbook.'));
    });
  }

  planIdFor(lineId: string): string | undefined {
    return this.current.agreement ? distributionPlanId(this.current.agreement.id, lineId) : undefined;
  }
}
