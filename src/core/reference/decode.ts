/**
 * Bytes of a text file to text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252, what Swedish Excel on Windows saves as "CSV (semikolonavgränsad)". Every byte is a
 * character in Windows-1252 except five unassigned ones; a file with those is neither, and refused.
 * Written by hand so the core needs neither TextDecoder's DOM/Node types nor a library.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: TextEncoding } | { readonly ok: false; readonly offset: number };

/** 0x80–0x9F in Windows-1252 (the rest of 0x00–0xFF is Latin-1); 0 marks the five unassigned bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeText(bytes: Uint8Array): Decoded {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || b >= 0xa0) chars.push(String.fromCharCode(b));
    else {
      const c = CP1252_HIGH[b - 0x80] as number;
      if (c === 0) return { ok: false, offset: i };
      chars.push(String.fromCharCode(c));
    }
  }
  return { ok: true, text: chars.join(''), encoding: 'windows-1252' };
}

/** Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), or undefined. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const out: number[] = [];
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let cp: number;
    let need: number;
    if (b < 0x80) {
      cp = b;
      need = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
    } else return undefined;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return undefined;
    out.push(cp);
    if (out.length >= 8192) {
      parts.push(String.fromCodePoint(...out));
      out.length = 0;
    }
    i += need + 1;
  }
  parts.push(String.fromCodePoint(...out));
  return parts.join('');
}
