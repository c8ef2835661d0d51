import type { Method } from '../distribution';
import type { Settings } from './settings';

/** The settings of a workbook that has none, apart from their schema so the pane's start-up needs no zod. */
export const DEFAULT_SETTINGS: Settings = {
  population: { kind: 'builtin', table: 'scb-lan-2023-12-31' },
  method: 'largest-remainder' satisfies Method,
  unitExponent: 0,
  language: 'auto',
};
