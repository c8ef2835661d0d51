import { pageText, readPdf, type PdfDocumentPort } from '../../src/core/import';

const item = (str: string, x: number, y: number, width = str.length * 5) => ({ str, transform: [1, 0, 0, 1, x, y], width, height: 10, dir: 'ltr', hasEOL: false });

function fakeDoc(pages: unknown[][]): PdfDocumentPort & { destroyed: boolean } {
  const doc = {
    destroyed: false,
    numPages: pages.length,
    getPage: async (n: number) => ({ getTextContent: async () => ({ items: pages[n - 1] ?? [] }) }),
    destroy: async () => {
      doc.destroyed = true;
    },
  };
  return doc;
}

describe('reading a PDF through the port the CLI and the pane share', () => {
  it('orders runs into lines, keeps a column gap as spaces, an extra line gap as an empty line, pages as form feeds', async () => {
    const doc = fakeDoc([
      [item('Petra Berg', 50, 690), item('Palle Ek', 300, 690), item('Första raden', 50, 750), item('Ett stycke senare', 50, 678), item('Andra', 50, 738), item('Tredje', 50, 726)],
      [item('Sida två', 50, 750)],
    ]);
    const progress: string[] = [];
    const r = await readPdf(async () => doc, (done, total) => progress.push(`${done}/${total}`));
    expect(r).toEqual({ ok: true, value: 'Första raden\nAndra\nTredje\n\nPetra Berg   Palle Ek\nEtt stycke senare\n\fSida två' });
    expect(progress).toEqual(['1/2', '2/2']);
    expect(doc.destroyed).toBe(true);
  });

  it('joins runs of one word split by the PDF, with or without a space run between them', () => {
    expect(pageText([{ str: 'Belopp', x: 10, y: 100, width: 30, height: 10 }, { str: ' ', x: 40, y: 100, width: 5, height: 10 }, { str: 'kr', x: 45, y: 100, width: 10, height: 10 }])).toBe('Belopp kr');
    expect(pageText([{ str: 'Kammar', x: 10, y: 100, width: 30, height: 10 }, { str: 'kollegiet', x: 40, y: 100, width: 45, height: 10 }])).toBe('Kammarkollegiet');
  });

  it('says what is wrong: a password, a broken file, no text layer', async () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    expect(await readPdf(async () => Promise.reject(password))).toMatchObject({ ok: false, issues: [{ code: 'ENCRYPTED_PDF' }] });
    expect(await readPdf(async () => Promise.reject(new Error('Invalid PDF structure.')))).toMatchObject({ ok: false, issues: [{ code: 'UNREADABLE_PDF' }] });
    const scan = fakeDoc([[item(' ', 0, 0)], []]);
    expect(await readPdf(async () => scan)).toMatchObject({ ok: false, issues: [{ code: 'NO_TEXT_LAYER' }] });
    expect(scan.destroyed).toBe(true);
  });
});
