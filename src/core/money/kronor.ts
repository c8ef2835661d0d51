import type Decimal from 'decimal.js';
import { formatAmountPlain } from './format';

/** `1 234 567 kr`: an amount in kronor as it reads in a sentence. */
export const formatKronor = (value: Decimal.Value): string => `${formatAmountPlain(value)} kr`;
