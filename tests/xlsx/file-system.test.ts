import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rekvisitionTemplate } from '../../src/core/templates';
import { removeStaleTemporaries, writeSheetsToFile } from '../../src/xlsx/file';
import { cli } from '../cli/harness';
import { OPTIONS, grantFor } from '../templates/fixtures';
import { book } from './helpers';

const rekv = () => rekvisitionTemplate(grantFor('13'), OPTIONS);
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => i.code));

describe('the file system treated with respect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-fs-'));

  it('a read-only workbook is not replaced, even by root', async () => {
    const file = join(dir, 'skyddad.xlsx');
    expect((await writeSheetsToFile(file, book([rekv()]))).ok).toBe(true);
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = await writeSheetsToFile(file, book([rekv()]));
    expect(codes(r)).toEqual(['OUT_READ_ONLY']);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('keeps the file’s mode', async () => {
    const file = join(dir, 'privat.xlsx');
    expect((await writeSheetsToFile(file, book([rekv()]))).ok).toBe(true);
    chmodSync(file, 0o600);
    expect((await writeSheetsToFile(file, book([rekv()]))).ok).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link and keeps the link', async () => {
    const real = join(dir, 'riktig.xlsx');
    const link = join(dir, 'lank.xlsx');
    expect((await writeSheetsToFile(real, book([rekv()]))).ok).toBe(true);
    symlinkSync(real, link);
    const r = await writeSheetsToFile(link, book([rekv()]));
    expect(r.ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(r.ok && r.value.sheets[0]?.status).toBe('updated');
    // A dangling link gets its target created.
    const dangling = join(dir, 'dinglar.xlsx');
    symlinkSync(join(dir, 'ny.xlsx'), dangling);
    expect((await writeSheetsToFile(dangling, book([rekv()]))).ok).toBe(true);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'ny.xlsx'))).toBe(true);
  });

  it('a folder given as the file is a clear error, and the CLI exits 2', async () => {
    const folder = join(dir, 'mapp.xlsx');
    mkdirSync(folder);
    expect(codes(await writeSheetsToFile(folder, book([rekv()])))).toEqual(['OUT_IS_FOLDER']);
    const r = await cli(['report', 'rekvisition', '--agreement', 'sammanhallen-vard-2023', '--recipient', '13', '--out', folder]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('är en mapp');
  });

  it('a temporary file a killed write left behind is removed by the next write; a live one is not', async () => {
    const file = join(dir, 'avbruten.xlsx');
    const dead = join(dir, '.avbruten.xlsx.999999999.0123abcd.tmp');
    const live = join(dir, `.avbruten.xlsx.${process.ppid}.0123abcd.tmp`);
    const other = join(dir, '.annan.xlsx.999999999.0123abcd.tmp');
    for (const f of [dead, live, other]) writeFileSync(f, 'hemliga uppgifter');
    expect((await writeSheetsToFile(file, book([rekv()]))).ok).toBe(true);
    const left = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(left.sort()).toEqual([`.avbruten.xlsx.${process.ppid}.0123abcd.tmp`, '.annan.xlsx.999999999.0123abcd.tmp'].sort());
    expect(removeStaleTemporaries(join(dir, 'annan.xlsx'))).toEqual(['.annan.xlsx.999999999.0123abcd.tmp']);
  });

  it('a new file gets the usual mode, not the temporary file’s private one', async () => {
    const file = join(dir, 'vanlig.xlsx');
    expect((await writeSheetsToFile(file, book([rekv()]))).ok).toBe(true);
    const probe = join(dir, 'probe');
    writeFileSync(probe, '');
    expect(statSync(file).mode & 0o777).toBe(statSync(probe).mode & 0o777);
  });
});

describe('characters a workbook cannot hold', () => {
  it('are replaced by U+FFFD and named, and the workbook stays readable', async () => {
    const { xmlSafeText } = await import('../../src/xlsx/xml-text');
    expect(xmlSafeText('Region\u0007 Halland\uFFFE')).toEqual({ text: 'Region\uFFFD Halland\uFFFD', replaced: ['U+0007', 'U+FFFE'] });
    expect(xmlSafeText('tab\tok\n😀')).toEqual({ text: 'tab\tok\n😀', replaced: [] });
    expect(xmlSafeText('\uD800x').replaced).toEqual(['U+D800']);
    const sheet = rekv();
    const hostile = { ...sheet, cells: sheet.cells.map((c) => (c.value.t === 'text' && c.ref === 'A1' ? { ...c, value: { t: 'text' as const, v: 'Rekvisition\uFFFF\u0001' } } : c)) };
    const dir = mkdtempSync(join(tmpdir(), 'bk-xmltext-'));
    const r = await writeSheetsToFile(join(dir, 'x.xlsx'), book([hostile]));
    if (!r.ok) throw new Error('not written');
    expect(r.value.sheets[0]?.replacedCharacters).toEqual([{ ref: 'A1', chars: ['U+FFFF', 'U+0001'] }]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'x.xlsx'));
    expect(wb.worksheets[0]?.getCell('A1').value).toBe('Rekvisition\uFFFD\uFFFD');
  });
});
