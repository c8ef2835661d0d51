/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides: the Error class, the
 * error codes, and an `associate` that records what the bundle registers. Installed for every test
 * by jest's setupFiles; `associated` is cleared by whoever loads a bundle.
 */
export const ERROR_CODES = {
  divisionByZero: '#DIV/0!',
  invalidName: '#NAME?',
  invalidNumber: '#NUM!',
  invalidReference: '#REF!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  nullReference: '#NULL!',
} as const;

export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associated = new Map<string, (...args: unknown[]) => unknown>();

export const customFunctionsStub = {
  Error: StubError,
  ErrorCode: ERROR_CODES,
  associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void {
    if (typeof id === 'string' && fn) associated.set(id, fn);
    else if (typeof id === 'object') for (const [k, f] of Object.entries(id)) associated.set(k, f);
  },
};

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsStub;
