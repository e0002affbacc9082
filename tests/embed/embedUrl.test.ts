// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { methodUrl, parseEmbed, serialiseEmbed } from '../../src/embed/embedUrl.ts';

describe('the embed URL', () => {
  it('reads the chart, the explorer’s view, the title and the theme', () => {
    const params = parseEmbed('?chart=over-time&minerals=titanium,lithium,nonsense&lang=uk&date=2022-11-12&title=%D0%9B%D1%96%D1%82%D1%96%D0%B9&theme=dark');
    expect(params.kind).toBe('over-time');
    expect(params.view.filters.minerals).toEqual(['lithium', 'titanium']);
    expect(params.view.language).toBe('uk');
    expect(params.view.date).toBe('2022-11-12');
    expect(params.title).toBe('Літій');
    expect(params.theme).toBe('dark');
  });

  it('falls back to the by-mineral chart, no title and the reader’s theme', () => {
    expect(parseEmbed('?chart=pie&theme=blue&title=%20')).toMatchObject({ kind: 'by-mineral', title: null, theme: 'auto' });
  });

  it('writes the chart first, then the view as the explorer writes it, and reads back the same', () => {
    const query = '?chart=distance&minerals=graphite,lithium&status=occupied&oblast=UA-23&date=2024-01-01&lang=uk&title=A%20%26%20B&theme=light';
    const params = parseEmbed(query);
    expect(serialiseEmbed(params)).toBe(query);
    expect(serialiseEmbed(parseEmbed(''))).toBe('?chart=by-mineral');
  });

  it('points to the method page in the language', () => {
    expect(methodUrl('https://example.org/nadra/', 'en')).toBe('https://example.org/nadra/method.html');
    expect(methodUrl('https://example.org/nadra/', 'uk', 'between')).toBe('https://example.org/nadra/method.html?lang=uk#between');
  });
});
