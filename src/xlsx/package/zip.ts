import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The zip container of an .xlsx, read and written part by part. A part that is not changed is
 * written back with its original compressed bytes, method and CRC, so it is byte-identical inside
 * the new file; only the parts Bidragskollen owns or must edit are compressed anew.
 * Zip64, encryption and multi-disk archives are refused with a reason (an .xlsx never needs them
 * below 4 GB, and Excel's password-protected files are not zip files at all).
 */
export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly crc: number;
  readonly compressed: Buffer;
  readonly size: number;
}

export class ZipError extends Error {
  constructor(readonly reason: 'not-zip' | 'encrypted-office' | 'zip64' | 'encrypted' | 'corrupt' | 'method') {
    super(reason);
  }
}

/** Excel's "Encrypt with password" writes an OLE compound file, whose signature is this. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function readZip(buf: Buffer): ZipPart[] {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_SIGNATURE)) throw new ZipError('encrypted-office');
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || p === 0xffffffff) throw new ZipError('zip64');
  const parts: ZipPart[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError('corrupt');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ZipError('encrypted');
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new ZipError('zip64');
    if (method !== 0 && method !== 8) throw new ZipError('method');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new ZipError('corrupt');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressedSize > buf.length) throw new ZipError('corrupt');
    if (name.endsWith('/')) continue;
    // Part names are case-insensitive in OPC; two that differ only in case make an invalid package.
    if (seen.has(name.toLowerCase())) throw new ZipError('corrupt');
    seen.add(name.toLowerCase());
    parts.push({ name, method, crc, compressed: buf.subarray(start, start + compressedSize), size });
  }
  return parts;
}

/** A part's bytes, checked against its CRC: a damaged member is an error, never silently read. */
export function partData(part: ZipPart): Buffer {
  let data: Buffer;
  try {
    data = part.method === 0 ? part.compressed : inflateRawSync(part.compressed);
  } catch {
    throw new ZipError('corrupt');
  }
  if (data.length !== part.size || crc32(data) !== part.crc) throw new ZipError('corrupt');
  return data;
}

export function newPart(name: string, data: Buffer | string): ZipPart {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, method: 8, crc: crc32(bytes), compressed: deflateRawSync(bytes), size: bytes.length };
}

export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01: a fixed date, so the same content gives the same file
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.compressed.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 65_535); p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) return p;
  }
  throw new ZipError('not-zip');
}
