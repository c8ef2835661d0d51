import type { WorkbookPort } from '../../src/excel/port';
import type { Deps, LazyParts, Pane } from '../../src/taskpane/app/pane';
import { openPane } from '../../src/taskpane/app/workflows/agreement';
import { FakePort } from './fake-port';

export interface TestPane<P extends WorkbookPort = FakePort> {
  /** The pane, its state and its draft; the tests call the workflows on it as the view does. */
  readonly pane: Pane;
  readonly port: P;
  readonly downloads: { fileName: string; text: string; mime: string }[];
}

/** The task pane over a fake port (or the Office.js port over the fake Excel), with the real lazily loaded parts unless replaced. */
export function testPane<P extends WorkbookPort = FakePort>(options: { lazy?: Partial<LazyParts>; displayLanguage?: string; port?: P } = {}): TestPane<P> {
  const port = options.port ?? (new FakePort() as unknown as P);
  const downloads: TestPane<P>['downloads'] = [];
  const deps: Deps = {
    port,
    version: '0.1.0',
    ...(options.displayLanguage ? { displayLanguage: options.displayLanguage } : {}),
    today: () => '2023-11-15',
    now: () => '2023-11-15T10:00:00+01:00',
    download: (fileName, text, mime) => downloads.push({ fileName, text, mime }),
    lazy: {
      deadlines: () => import('../../src/taskpane/app/chunks/deadlines'),
      forms: () => import('../../src/taskpane/app/chunks/forms'),
      profile: () => import('../../src/core/profile'),
      distributionSheet: () => import('../../src/taskpane/app/chunks/distribution-sheet'),
      population: () => import('../../src/taskpane/app/chunks/population'),
      agreementImport: () => import('../../src/taskpane/app/chunks/pdf-import'),
      importView: () => import('../../src/taskpane/view/import-review'),
      // pdf.js is an ES module Jest cannot load: a test that reads a PDF passes its own opener, and
      // the real chunk is exercised in Chromium (tests/taskpane/import.test.ts).
      pdf: () => Promise.reject(new Error('pdf.js is not available under Jest')),
      profileEditor: () => import('../../src/taskpane/view/profile'),
      review: () => import('../../src/taskpane/app/chunks/review'),
      agreementSheet: () => import('../../src/taskpane/app/chunks/agreement-sheet'),
      ...options.lazy,
    },
  };
  return { pane: openPane(deps), port, downloads };
}
