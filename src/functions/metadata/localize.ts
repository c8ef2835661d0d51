/**
 * Builds a localized copy of the generated custom-functions metadata: same ids, same parameters,
 * same types, other names and descriptions. Pure, so the build and the tests share it.
 */
export interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly [key: string]: unknown;
}

export interface FunctionsMetadata {
  readonly functions: readonly FunctionMetadata[];
  readonly [key: string]: unknown;
}

export interface LocalizedText {
  readonly name: string;
  readonly description: string;
}

export interface LocalizedFunction extends LocalizedText {
  readonly parameters: readonly LocalizedText[];
}

/** Excel's rule for a function's display name: a letter first, then letters, digits, "." or "_"; three at least. */
export const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}._]{2,}$/u;
/** Parameter names: a letter first, then letters, digits or "_". */
export const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

export function localizeMetadata(
  source: FunctionsMetadata,
  table: Readonly<Record<string, LocalizedFunction>>,
): { metadata: FunctionsMetadata; errors: string[] } {
  const errors: string[] = [];
  const ids = new Set(source.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) errors.push(`${id}: translated but not in the metadata`);
  const names = new Set<string>();
  const functions = source.functions.map((f) => {
    const t = table[f.id];
    if (t === undefined) {
      errors.push(`${f.id}: no translation`);
      return f;
    }
    if (!FUNCTION_NAME.test(t.name)) errors.push(`${f.id}: "${t.name}" is not a valid function name`);
    if (names.has(t.name)) errors.push(`${f.id}: the name "${t.name}" is used twice`);
    names.add(t.name);
    if (t.parameters.length !== f.parameters.length) {
      errors.push(`${f.id}: ${t.parameters.length} translated parameters, the function has ${f.parameters.length}`);
    }
    const parameters = f.parameters.map((p, i) => {
      const tp = t.parameters[i];
      if (tp === undefined) return p;
      if (!PARAMETER_NAME.test(tp.name)) errors.push(`${f.id}: "${tp.name}" is not a valid parameter name`);
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  return { metadata: { ...source, functions }, errors };
}
