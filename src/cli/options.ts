import { parseMethod, type Method } from '../core/distribution';
import { parseUnit, type Unit } from '../core/money';
import { UsageError } from './io';

/** --method as every command reads it. */
export function methodOption(input: string): Method {
  const method = parseMethod(input);
  if (!method) throw new UsageError(`Okänd metod ”${input}”. Välj largest-remainder, adjust-largest, round eller none.`);
  return method;
}

/** --unit as every command reads it. */
export function unitOption(input: string): Unit {
  const unit = parseUnit(input);
  if (!unit) throw new UsageError(`Okänd enhet ”${input}”. Välj öre, kr, tkr eller en tiopotens som 0.01 eller 1000.`);
  return unit;
}
