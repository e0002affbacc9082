// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_DIR } from '../../../scripts/data/basemap.ts';
import { subsetGlyphRange } from '../../../scripts/data/glyphSubset.ts';
import { protobufFields } from '../../../scripts/data/protobuf.ts';

const file = new Uint8Array(readFileSync(join(BOUNDARIES_DIR, 'glyphs', 'Noto Sans Regular', '0-255.pbf')));

/** The fontstack's fields other than glyphs, and its glyphs by id (each glyph's bytes). */
function parse(bytes: Uint8Array) {
  const [stack, ...rest] = protobufFields(bytes);
  expect(rest).toEqual([]);
  const fields = protobufFields(stack!.body!);
  const glyphs = new Map<number, string>();
  for (const f of fields.filter((f) => f.number === 3)) {
    glyphs.set(protobufFields(f.body!).find((g) => g.number === 1)!.varint!, Buffer.from(f.bytes).toString('hex'));
  }
  return { header: fields.filter((f) => f.number !== 3).map((f) => Buffer.from(f.bytes).toString('hex')), glyphs };
}

describe('subsetGlyphRange', () => {
  it('keeps only the glyphs asked for, byte for byte, with the font stack name and range', () => {
    const whole = parse(file);
    expect(whole.glyphs.size).toBeGreaterThan(150);
    const wanted = new Set([...'Kyiv Odesa'].map((c) => c.codePointAt(0)!));
    const subset = subsetGlyphRange(file, (c) => wanted.has(c));
    const cut = parse(subset);
    expect(cut.header).toEqual(whole.header);
    expect(new Set(cut.glyphs.keys())).toEqual(wanted);
    for (const [id, bytes] of cut.glyphs) expect(bytes).toBe(whole.glyphs.get(id));
    expect(subset.length).toBeLessThan(file.length / 10);
  });

  it('gives the same file back when every glyph is kept', () => {
    expect(Buffer.from(subsetGlyphRange(file, () => true)).equals(Buffer.from(file))).toBe(true);
  });
});
