// @vitest-environment jsdom
// The embed page's document, drawn from the real fixture deposits with the real occupation history: the chart's
// title, data date, source line, method link, text alternative and table, in both languages.

import { afterEach, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../src/embed/embedPage.ts';
import { parseEmbed } from '../../src/embed/embedUrl.ts';
import { CHART_DATA } from './fixtureData.ts';

const data = CHART_DATA;
const BASE = 'https://example.org/nadra/';

function render(search: string, width = 640) {
  const root = document.createElement('div');
  document.body.append(root);
  return { root, ...renderEmbed(root, data, null, parseEmbed(search), { base: BASE, width, prefersDark: false }) };
}

/** The text of each match; a wrapped SVG text's lines (tspans) joined with spaces. */
const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => {
    const lines = [...e.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    return lines.length > 0 ? lines.join(' ') : (e.textContent ?? '');
  });

afterEach(() => document.body.replaceChildren());

describe('the embed page', () => {
  it('draws the by-mineral chart with its title, date, source, method link and table', () => {
    const { root, model } = render('?chart=by-mineral');
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Critical-mineral deposits by occupation status');
    expect(texts(svg, '.chart-title').join(' ')).toBe('Critical-mineral deposits by occupation status');
    expect(texts(svg, '.chart-date').join(' ')).toContain('Status on Aug 22, 2026; occupation data to Aug 22, 2026.');
    const source = texts(svg, '.chart-source').join(' ');
    expect(source).toContain('Source: Nadra, from USGS, Labay et al. (2017);');
    expect(source).toContain(`occupation: DeepStateMap (deepstatemap.live), ${data.asOf}.`);
    expect(svg.querySelector('a')!.getAttribute('href')).toBe('https://example.org/nadra/method.html');
    expect(svg.querySelector('desc')!.textContent).toContain('52 deposits on Aug 22, 2026: Occupied 7, Occupied before 2022 1, Not occupied 21');
    const table = root.querySelector('table')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(model.table.rows.length);
    const firstRow = [...table.querySelectorAll('tbody tr')[0]!.children].map((c) => c.textContent);
    expect(firstRow.slice(0, 4)).toEqual(['All matching deposits', '52', '7', '13.5 %']);
    expect(root.dataset.count).toBe('52');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('uses the title from the URL, the dark theme on request, and Ukrainian with lang=uk', () => {
    const { root } = render('?chart=over-time&minerals=lithium,graphite&lang=uk&theme=dark&title=Літій%20і%20графіт');
    const svg = root.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).toBe('Літій і графіт');
    expect(document.documentElement.lang).toBe('uk');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(texts(svg, '.chart-source').join(' ')).toContain('Джерело: Надра');
    expect(texts(svg, '.chart-date').join(' ')).toMatch(/^З 24 лют\. 2022 р\. по 22 серп\. 2026 р\./);
    expect(svg.querySelector('a')!.getAttribute('href')).toBe('https://example.org/nadra/method.html?lang=uk');
    expect(root.querySelector('summary')!.textContent).toBe('Показати числа');
    expect(texts(root, 'thead th')).toEqual(['Дата', 'Графіт: окуповані', 'Графіт: окуповані або можливо окуповані', 'Літій: окуповані', 'Літій: окуповані або можливо окуповані']);
  });

  it('says on the distance chart that distances are for the latest date when it cannot measure them at the view’s', () => {
    const { root } = render('?chart=distance&date=2023-01-01');
    expect(texts(root, '.chart-date').join(' ')).toContain(
      'The view’s date is Jan 1, 2023; the line for it could not be loaded, so distances are for the latest date, Aug 22, 2026.',
    );
    expect(texts(root, 'tbody th')).toEqual(['In the occupied area', '0–10 km', '10–25 km', '25–50 km', '50–100 km', 'Over 100 km', 'Distance not known']);
  });

  it('draws the locator map without a base map, and notes the deposits it cannot place', () => {
    const { root, model } = render('?chart=locator&oblast=UA-23');
    expect(model.count).toBeGreaterThan(0);
    expect(root.querySelectorAll('svg path.deposits').length).toBeGreaterThan(0);
    expect(texts(root, '.chart-source').join(' ')).toContain('© OpenStreetMap contributors');
  });

  it('keeps text from the data as text', () => {
    const { root } = render('?chart=by-mineral&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('svg title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('redraws at a new width, down to the narrowest width it draws at', () => {
    const { root, chart } = render('?chart=by-mineral', 900);
    expect(root.querySelector('svg')!.getAttribute('width')).toBe('900');
    chart.redraw(120);
    expect(root.querySelector('svg')!.getAttribute('width')).toBe('280');
    expect(root.querySelector('[data-download="png2"]')!.textContent).toMatch(/^PNG 2× 560 × \d+$/);
  });
});
