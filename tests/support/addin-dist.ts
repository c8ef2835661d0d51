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

interface ScriptStub {
  src?: string;
  onload?: (event: unknown) => void;
  onerror?: (event: unknown) => void;
  setAttribute(): void;
}

export interface LoadedBundle {
  readonly associated: Map<string, Implementation>;
  /** The files the bundle loaded on demand (webpack chunks), in order. */
  readonly chunksLoaded: string[];
}

/**
 * Runs the built functions.js as Excel's shared runtime would, in a fresh context whose globals are
 * a stub CustomFunctions, console, timers and just enough `document` for webpack to load a chunk
 * on demand (read from the build folder, as a browser would fetch it). Returns what it associated.
 */
export function loadBundleWithChunks(): LoadedBundle {
  const associated = new Map<string, Implementation>();
  const chunksLoaded: string[] = [];
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    CustomFunctions: { ...customFunctionsStub, associate: (id: string, fn: Implementation) => associated.set(id, fn) },
    document: {
      getElementsByTagName: () => [],
      createElement: (): ScriptStub => ({ setAttribute: () => undefined }),
      head: {
        appendChild(script: ScriptStub) {
          setTimeout(() => {
            const file = new URL(script.src ?? '').pathname.slice(1);
            try {
              vm.runInContext(readDist(file), context, { filename: file });
              chunksLoaded.push(file);
              script.onload?.({ type: 'load', target: script });
            } catch {
              script.onerror?.({ type: 'error', target: script });
            }
          }, 0);
        },
      },
    },
  };
  const context = vm.createContext(sandbox);
  sandbox.self = context;
  vm.runInContext(readDist('functions.js'), context, { filename: 'functions.js' });
  return { associated, chunksLoaded };
}

export function loadBundle(): Map<string, Implementation> {
  return loadBundleWithChunks().associated;
}
