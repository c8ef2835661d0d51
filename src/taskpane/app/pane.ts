import { issueText, type Issue } from '../../core/result';
import { excelFailure, FAILURE_ADVICE } from '../../excel/errors';
import type { WorkbookPort } from '../../excel/port';
import type { TextKey } from '../i18n';
import type { AppState, Notice } from './state';

/** The parts the task pane loads only when they are needed, to keep start-up small. */
export interface LazyParts {
  readonly deadlines: () => Promise<typeof import('./chunks/deadlines')>;
  readonly forms: () => Promise<typeof import('./chunks/forms')>;
  readonly profile: () => Promise<typeof import('../../core/profile')>;
  readonly distributionSheet: () => Promise<typeof import('./chunks/distribution-sheet')>;
  readonly population: () => Promise<typeof import('./chunks/population')>;
  /** The agreement importer and the corrections of its draft ("Ny överenskommelse"). */
  readonly agreementImport: () => Promise<typeof import('./chunks/pdf-import')>;
  /** The views of "Ny överenskommelse" and of adding a deadline, with their workflows. */
  readonly importView: () => Promise<typeof import('../view/import-review')>;
  /** pdf.js, only when a PDF is imported. */
  readonly pdf: () => Promise<{ openPdf: (bytes: Uint8Array) => Promise<import('../../core/import').PdfDocumentPort> }>;
  readonly profileEditor: () => Promise<typeof import('../view/profile')>;
  readonly review: () => Promise<typeof import('./chunks/review')>;
  /** The agreement sheet's reader and writer: the controller's corrections, "Skriv som blad". */
  readonly agreementSheet: () => Promise<typeof import('./chunks/agreement-sheet')>;
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

/** A lazily loaded part that did not arrive (offline, a stale deployment): told apart from an Excel error. */
export class PartNotLoaded extends Error {
  constructor(readonly part: keyof LazyParts, cause: unknown) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'PartNotLoaded';
  }
}

/**
 * The pane's state and what every workflow shares: the dependencies, listeners, notices, and the
 * busy/error handling every workflow runs under.
 */
export class Pane {
  private current: AppState;
  /** What the user has typed into the profile form and not yet saved: survives re-rendering. */
  readonly profileDraft: Record<string, string> = {};
  /** The element id the view focuses after its next render (the result of an action, a field in error). */
  focusNext: string | undefined;
  /** Screens' views that come with their lazily loaded parts, once loaded. */
  readonly views: {
    deadlines?: (p: Pane, s: AppState, t: (key: TextKey) => string) => HTMLElement;
    forms?: (p: Pane, s: AppState, t: (key: TextKey) => string) => HTMLElement;
  } = {};
  /** The profile editor's view, once loaded (Inställningar). */
  profileEditor: Awaited<ReturnType<LazyParts['profileEditor']>> | undefined;
  private readonly listeners = new Set<(s: AppState) => void>();
  private readonly parts = new Map<keyof LazyParts, unknown>();

  constructor(
    readonly deps: Deps,
    initial: AppState,
  ) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: (s: AppState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l(this.current);
  }

  t(sv: string, en: string): string {
    return this.current.lang === 'sv' ? sv : en;
  }

  dismiss(): void {
    this.set({ notices: [] });
  }

  notify(kind: Notice['kind'], text: string): void {
    this.set({ notices: [{ kind, text }] });
  }

  fail(issues: readonly Issue[]): void {
    this.set({ notices: issues.slice(0, 5).map((i) => ({ kind: 'error' as const, text: issueText(i, this.current.lang) })) });
  }

  /** A lazily loaded part; a failed load becomes `PartNotLoaded`, which `busy` explains. Call it inside `busy`. */
  async load<K extends keyof LazyParts>(part: K): Promise<Awaited<ReturnType<LazyParts[K]>>> {
    try {
      const m = (await this.deps.lazy[part]()) as Awaited<ReturnType<LazyParts[K]>>;
      this.parts.set(part, m);
      return m;
    } catch (e) {
      throw new PartNotLoaded(part, e);
    }
  }

  /** A part `load` has brought in, for a view that renders from it synchronously; undefined before. */
  loaded<K extends keyof LazyParts>(part: K): Awaited<ReturnType<LazyParts[K]>> | undefined {
    return this.parts.get(part) as Awaited<ReturnType<LazyParts[K]>> | undefined;
  }

  /**
   * Runs a workflow with a visible progress text. It never rejects: an unexpected error becomes a
   * sentence, never a blank pane or an unhandled rejection.
   */
  async busy(label: string, work: () => Promise<void>): Promise<void> {
    this.set({ busy: label, notices: [] });
    try {
      await work();
    } catch (e) {
      this.notify('error', this.explain(e));
    } finally {
      this.set({ busy: undefined });
    }
  }

  /** Decided by the error's kind and `code`; its `message` is for developers and never shown. */
  private explain(e: unknown): string {
    if (e instanceof PartNotLoaded)
      return this.t(
        'En del av tillägget kunde inte laddas. Inget har skrivits. Kontrollera nätverksanslutningen och försök igen.',
        'A part of the add-in could not be loaded. Nothing was written. Check the network connection and try again.',
      );
    const advice = FAILURE_ADVICE[excelFailure(e)];
    return this.t(`Excel svarade inte som väntat. Inget har skrivits. ${advice.sv}`, `Excel did not answer as expected. Nothing was written. ${advice.en}`);
  }
}
