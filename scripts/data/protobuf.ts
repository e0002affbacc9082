// The little of the protobuf wire format the tests need to read the vector tiles the data build writes: fields of
// every wire type but groups, the contents of varint and length-delimited ones, lengths up to 2^53.

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export interface ProtobufField {
  number: number;
  /** The whole field, key included. */
  bytes: Uint8Array;
  /** A length-delimited field's contents. */
  body: Uint8Array | null;
  varint: number | null;
}

export function protobufFields(bytes: Uint8Array): ProtobufField[] {
  const out: ProtobufField[] = [];
  let at = 0;
  while (at < bytes.length) {
    const start = at;
    const [key, afterKey] = readVarint(bytes, at);
    const number = Math.floor(key / 8);
    const type = key % 8;
    if (type === VARINT) {
      const [value, end] = readVarint(bytes, afterKey);
      out.push({ number, bytes: bytes.subarray(start, end), body: null, varint: value });
      at = end;
    } else if (type === LENGTH_DELIMITED) {
      const [length, bodyStart] = readVarint(bytes, afterKey);
      const end = bodyStart + length;
      if (end > bytes.length) throw new Error('protobuf: field runs past the end');
      out.push({ number, bytes: bytes.subarray(start, end), body: bytes.subarray(bodyStart, end), varint: null });
      at = end;
    } else if (type === FIXED64 || type === FIXED32) {
      const end = afterKey + (type === FIXED64 ? 8 : 4);
      out.push({ number, bytes: bytes.subarray(start, end), body: null, varint: null });
      at = end;
    } else {
      throw new Error(`protobuf: unexpected wire type ${type}`);
    }
  }
  return out;
}

function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, i + 1];
    scale *= 0x80;
  }
  throw new Error('protobuf: truncated varint');
}
