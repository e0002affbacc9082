// @vitest-environment jsdom
// Each chart's model and downloads from the real fixture: the table has a cell for every column, the CSV reads back
// as the table, and the SVG file parses and carries the title, the data date and the source.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/charts/export/csvFile.ts';
import { svgDocument } from '../../src/charts/export/svgFile.ts';
import { buildChartModel, CHART_KINDS } from '../../src/charts/model.ts';
import { mountChart } from '../../src/charts/mount.ts';
import { THEMES } from '../../src/charts/theme.ts';
import { parseView } from '../../src/app/state/url.ts';
import { CHART_DATA } from '../embed/fixtureData.ts';

const METHOD = 'https://example.org/method.html';

describe.each(CHART_KINDS)('the %s chart', (kind) => {
  const view = parseView('?minerals=graphite,lithium,titanium&date=2024-03-01');
  const model = buildChartModel(CHART_DATA, { kind, view, title: null, methodUrl: METHOD });

  it('counts what the explorer counts for the view, with a column kind for every column of its table', () => {
    expect(model.count).toBe(CHART_DATA.deposits.filter((d) => d.minerals.some((m) => ['graphite', 'lithium', 'titanium'].includes(m))).length);
    expect(model.table.columns).toHaveLength(model.table.header.length);
    for (const row of model.table.rows) expect(row).toHaveLength(model.table.header.length);
  });

  it('gives its numbers as CSV that reads back as the table', () => {
    const csv = chartCsv(model.table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(model.table.header);
    expect(parsed.slice(1)).toEqual(model.table.rows.map((row) => row.map((v) => (v === null ? '' : String(v)))));
  });

  it('downloads as an SVG file that parses and carries the title, the date and the source', () => {
    const holder = document.createElement('div');
    const { svg } = mountChart(holder, model, { theme: THEMES.light, uid: `t-${kind}`, basemap: null }, 600);
    const file = new DOMParser().parseFromString(svgDocument(svg), 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    const text = file.documentElement.textContent ?? '';
    expect(file.documentElement.getAttribute('font-family')).toContain('sans-serif');
    for (const part of [model.frame.title, 'Source: Nadra', 'occupation: DeepStateMap']) expect(text).toContain(part);
    const dateWords = model.frame.date.split(' ').slice(0, 3).join(' ');
    expect([...file.querySelectorAll('.chart-date tspan')].map((t) => t.textContent).join(' ')).toContain(dateWords);
  });
});
