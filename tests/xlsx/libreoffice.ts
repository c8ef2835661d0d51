import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The LibreOffice binary, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  for (const bin of [process.env.SOFFICE, 'soffice', 'libreoffice']) {
    if (!bin) continue;
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return bin;
  }
  return undefined;
}

/**
 * Opens the workbooks in LibreOffice headless, recalculates every formula (the profile forces
 * recalculation on load, whatever cached values the file has) and saves them as .xlsx in `outDir`.
 * One process for all files: starting LibreOffice is the slow part.
 */
export function recalculateWithLibreOffice(soffice: string, files: string[], workDir: string): string[] {
  const profile = join(workDir, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const outDir = join(workDir, 'recalculated');
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...files], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status}): ${r.stderr}`);
  return files.map((f) => join(outDir, f.slice(f.lastIndexOf('/') + 1)));
}
