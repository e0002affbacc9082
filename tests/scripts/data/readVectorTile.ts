// Just enough of a Mapbox Vector Tile reader for the tests: each layer's name, feature count, string values, and the
// vertices of its geometries (tile units).

import { protobufFields } from '../../../scripts/data/protobuf.ts';

export interface TileLayer {
  features: number;
  extent: number | null;
  strings: Set<string>;
  vertices: [number, number][];
}

const text = new TextDecoder();

export function readVectorTile(bytes: Uint8Array): Map<string, TileLayer> {
  const layers = new Map<string, TileLayer>();
  for (const layer of protobufFields(bytes)) {
    if (layer.number !== 3 || layer.body === null) continue;
    let name = '';
    const read: TileLayer = { features: 0, extent: null, strings: new Set(), vertices: [] };
    for (const f of protobufFields(layer.body)) {
      if (f.number === 1 && f.body) name = text.decode(f.body);
      if (f.number === 2 && f.body) {
        read.features++;
        const geometry = protobufFields(f.body).find((g) => g.number === 4);
        if (geometry?.body) read.vertices.push(...vertices(geometry.body));
      }
      if (f.number === 5) read.extent = f.varint;
      if (f.number === 4 && f.body) {
        for (const v of protobufFields(f.body)) if (v.number === 1 && v.body) read.strings.add(text.decode(v.body));
      }
    }
    layers.set(name, read);
  }
  return layers;
}

/** The points of a feature's geometry commands (MoveTo and LineTo carry zigzag-encoded deltas; ClosePath none). */
function vertices(packed: Uint8Array): [number, number][] {
  const ints: number[] = [];
  let value = 0;
  let scale = 1;
  for (const byte of packed) {
    value += (byte & 0x7f) * scale;
    scale *= 0x80;
    if (byte < 0x80) {
      ints.push(value);
      value = 0;
      scale = 1;
    }
  }
  const zigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < ints.length; ) {
    const command = ints[i]! & 7;
    const count = Math.floor(ints[i]! / 8);
    i++;
    if (command === 7) continue;
    for (let k = 0; k < count; k++, i += 2) {
      x += zigzag(ints[i]!);
      y += zigzag(ints[i + 1]!);
      out.push([x, y]);
    }
  }
  return out;
}
