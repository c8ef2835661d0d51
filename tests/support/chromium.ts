import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (never a downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** The fonts the screenshot goldens are drawn with (tests/support/fonts.conf): DejaVu from fonts-dejavu-core. */
export const GOLDEN_FONTS = join(__dirname, 'fonts.conf');

/**
 * With `{ forGoldens: true }`, a browser that draws the same pixels on every machine with the same
 * Chromium: only the fonts of tests/support/fonts.conf, sRGB, no font hinting by the platform.
 */
export function launchChromium(options: { forGoldens?: boolean } = {}): Promise<Browser> {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
  if (!options.forGoldens) return chromium.launch({ executablePath: CHROMIUM, args });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...args, '--force-color-profile=srgb', '--font-render-hinting=none', '--disable-lcd-text', '--hide-scrollbars'],
    env: { ...process.env, FONTCONFIG_FILE: GOLDEN_FONTS },
  });
}

/** tests/taskpane/fake-host.ts bundled for the page: a script to inject before the pane's own. */
export function fakeHostScript(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const entry = join(__dirname, '..', 'taskpane', 'fake-host.ts');
  return esbuild.buildSync({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020' }).outputFiles[0]!.text;
}
