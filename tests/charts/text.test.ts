// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES, chartText } from '../../src/charts/text.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('chart messages', () => {
  it('has every key in both languages, never empty, with the same placeholders', () => {
    const { en, uk } = CHART_MESSAGES;
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(uk[key].trim(), key).not.toBe('');
      expect(placeholders(uk[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(chartText('uk')('note.unlocated', { count: 19 })).toBe('19 без координат, не показано.');
    expect(chartText('en')('note.unlocated')).toBe('{count} without coordinates, not shown.');
  });
});
