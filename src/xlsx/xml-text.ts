/**
 * XML 1.0 cannot hold some characters at all (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; a lone surrogate), and a workbook that contains one is unreadable to Excel and
 * LibreOffice. Text from a profile, a CSV or an imported agreement may carry them: each is replaced
 * by U+FFFD (�) and named, so the writer can say what it changed.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface SafeText {
  readonly text: string;
  /** The characters replaced, as U+XXXX, in order of first appearance. */
  readonly replaced: readonly string[];
}

export function xmlSafeText(text: string): SafeText {
  if (!NOT_XML.test(text)) return { text, replaced: [] };
  NOT_XML.lastIndex = 0;
  const replaced = new Set<string>();
  const safe = text.replace(NOT_XML, (c) => {
    replaced.add(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '\uFFFD';
  });
  return { text: safe, replaced: [...replaced] };
}
