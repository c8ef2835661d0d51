import { newPart, partData, readZip, writeZip } from '../../src/xlsx/package/zip';

/** Rebuilds an .xlsx with changed or extra parts: for crafting files ExcelJS cannot write. */
export function rezip(original: Buffer, change: (parts: Map<string, string>) => void): Buffer {
  const parts = new Map<string, string>();
  for (const p of readZip(original)) parts.set(p.name, partData(p).toString('utf8'));
  change(parts);
  return writeZip([...parts].map(([name, text]) => newPart(name, text)));
}

/** The text of every part of a package, by name. */
export function unzipText(bytes: Buffer): Map<string, string> {
  return new Map(readZip(bytes).map((p) => [p.name, partData(p).toString('utf8')]));
}
