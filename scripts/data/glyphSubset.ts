// A glyph range file (MapLibre's SDF glyph protobuf: glyphs { fontstack stacks = 1 }, fontstack { name = 1,
// range = 2, glyph glyphs = 3 }, glyph { id = 1, … }) cut down to the characters the labels use. The map fetches and
// decodes every glyph of a range on its main thread before the first label can be laid out; the labels use about
// 140 characters of the 1,024 in their four ranges. Kept glyphs are copied byte for byte.

import { concat, lengthDelimited, protobufFields as fields } from './protobuf.ts';

/** The range file with only the glyphs whose code point `keep` accepts. */
export function subsetGlyphRange(file: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array {
  return concat(
    fields(file).map((stack) => {
      if (stack.number !== 1 || stack.body === null) return stack.bytes;
      const kept = fields(stack.body).filter((f) => f.number !== 3 || f.body === null || keep(glyphId(f.body)));
      return lengthDelimited(1, concat(kept.map((f) => f.bytes)));
    }),
  );
}

function glyphId(glyph: Uint8Array): number {
  const id = fields(glyph).find((f) => f.number === 1);
  if (id?.varint == null) throw new Error('glyph without an id');
  return id.varint;
}
