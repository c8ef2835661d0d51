// The few papaparse types the core uses. @types/papaparse references Node's types, which would
// let Node globals into src/core unnoticed (tsconfig.core.json compiles the core without them).
declare module 'papaparse' {
  export interface ParseError {
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  }
  export interface ParseResult<T> {
    readonly data: T[];
    readonly errors: ParseError[];
  }
  export interface ParseConfig {
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly delimitersToGuess?: string[];
    readonly delimiter?: string;
  }
  const Papa: { parse<T>(input: string, config?: ParseConfig): ParseResult<T> };
  export default Papa;
}
