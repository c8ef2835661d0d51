import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { customFunctionsStub } from './custom-functions';
import type { Implementation, MetadataFile } from './hyperformula';

/** Where jest's globalSetup (build-addin.js) puts this run's production build. */
export const ADDIN_DIST = resolve(__dirname, '..', '..', '.tmp', 'addin-dist');

export function readDist(name: string): string {
  return readFileSync(join(ADDIN_DIST, name), 'utf8');
}

export function readMetadata(name: 'functions.json' | 'functions.sv-SE.json'): MetadataFile {
  return JSON.parse(readDist(name)) as MetadataFile;
}

/**
 * Runs the built functions.js as Excel's shared runtime would, in a fresh context whose only
 * globals are a stub CustomFunctions and console, and returns what it associated, by id.
 */
export function loadBundle(): Map<string, Implementation> {
  const associated = new Map<string, Implementation>();
  const context = vm.createContext({
    console,
    CustomFunctions: { ...customFunctionsStub, associate: (id: string, fn: Implementation) => associated.set(id, fn) },
  });
  vm.runInContext(readDist('functions.js'), context, { filename: 'functions.js' });
  return associated;
}
