/**
 * A single pass over JSON text that finds what JSON.parse will not say: the offset of the first
 * syntax error (V8 names no position for some, such as `"abc" is not valid JSON`), and how deeply
 * the text nests, so a file nested hundreds deep is refused before a parser or a validator recurses
 * through it. It accepts exactly RFC 8259 JSON.
 */
export interface JsonScan {
  /** Offset of the first character that is not valid JSON there; the text's length when it ends too early. */
  readonly errorAt?: number;
  readonly maxDepth: number;
}

export function scanJson(text: string, depthLimit = Infinity): JsonScan {
  let i = 0;
  let depth = 0;
  let maxDepth = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): JsonScan => ({ errorAt: Math.min(i, n), maxDepth });

  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') return false;
    i += m[0].length;
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++) {
      if (text[i] !== word[k]) return false;
      i++;
    }
    return true;
  };

  // An explicit stack instead of recursion: the depth of the text never reaches the call stack.
  const stack: ('{' | '[')[] = [];
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      i++;
      return true;
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return false;
  };

  ws();
  if (i >= n) return fail();
  if (!value()) return fail();
  // After a value: inside a container, expect , or the close (or, just after an open, a close or the
  // first member).
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    if (depth > depthLimit) return { maxDepth };
    ws();
    const top = stack[stack.length - 1];
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      i++;
      stack.pop();
      depth--;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (text[i] !== ',') return fail();
      i++;
      ws();
    }
    justOpened = false;
    if (top === '{') {
      if (text[i] !== '"' || !string()) return fail();
      ws();
      if (text[i] !== ':') return fail();
      i++;
    }
    const before = stack.length;
    if (!value()) return fail();
    if (stack.length > before) justOpened = true;
  }
  ws();
  return i < n ? fail() : { maxDepth };
}
