// A chart on a page: the framed SVG, its numbers as a table, and the downloads (SVG, PNG at 1× and 2×, CSV). The
// embed page and the explorer's embed dialog both show a chart this way.

import type { FeatureCollection } from 'geojson';
import { saveFile } from '../app/download/saveFile.ts';
import { drawByMineral } from './byMineralChart.ts';
import { drawDistance } from './distanceChart.ts';
import { chartCsv } from './export/csvFile.ts';
import { pngBlob, pngSize } from './export/pngFile.ts';
import { svgDocument } from './export/svgFile.ts';
import { drawFrame, type DrawBody } from './frame.ts';
import { locatorDrawer } from './locatorChart.ts';
import type { ChartKind, ChartModel } from './model.ts';
import './chart.css';
import { drawOverTime } from './overTimeChart.ts';
import { chartTable } from './table.ts';
import type { ChartTheme } from './theme.ts';

export interface MountOptions {
  theme: ChartTheme;
  /** Prefix of the ids in the chart, unique on the page. */
  uid: string;
  /** The site's base map, for the locator map. */
  basemap: FeatureCollection | null;
}

export interface MountedChart {
  svg: SVGSVGElement;
  /** Draws the chart again at a new width (px). */
  redraw(width: number): void;
}

/** Charts are never drawn narrower than this; a narrower host scrolls. */
export const MIN_WIDTH = 280;

function bodyOf(kind: ChartKind, basemap: FeatureCollection | null): DrawBody {
  switch (kind) {
    case 'by-mineral':
      return drawByMineral;
    case 'over-time':
      return drawOverTime;
    case 'distance':
      return drawDistance;
    case 'locator':
      return locatorDrawer(basemap);
  }
}

export function fileStem(model: ChartModel): string {
  return `nadra-${model.kind}-${model.date ?? 'latest'}`;
}

export function mountChart(container: HTMLElement, model: ChartModel, options: MountOptions, width: number): MountedChart {
  const figure = document.createElement('figure');
  figure.className = 'nadra-chart';
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  figure.append(svg);

  const details = document.createElement('details');
  details.className = 'chart-data';
  const summary = document.createElement('summary');
  summary.textContent = model.text('table.show');
  details.append(summary, chartTable(model));
  figure.append(details);

  const downloads = document.createElement('div');
  downloads.className = 'chart-downloads';
  downloads.setAttribute('role', 'group');
  downloads.setAttribute('aria-label', model.text('download.label'));
  const heading = document.createElement('span');
  heading.textContent = `${model.text('download.label')}:`;
  const status = document.createElement('p');
  status.className = 'chart-download-status';
  status.setAttribute('role', 'status');
  const button = (label: string, name: string, make: () => Promise<Blob> | Blob, file: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.download = name;
    b.textContent = label;
    b.addEventListener('click', () => {
      status.textContent = '';
      Promise.resolve()
        .then(make)
        .then((blob) => saveFile(blob, file))
        .catch((error: unknown) => {
          status.textContent = model.text('download.failed', { message: error instanceof Error ? error.message : String(error) });
        });
    });
    return b;
  };
  const stem = fileStem(model);
  const svgButton = button(model.text('download.svg'), 'svg', () => new Blob([svgDocument(svg)], { type: 'image/svg+xml;charset=utf-8' }), `${stem}.svg`);
  const png1 = button('', 'png', () => pngBlob(svg, 1), `${stem}.png`);
  const png2 = button('', 'png2', () => pngBlob(svg, 2), `${stem}@2x.png`);
  const csvButton = button(model.text('download.csv'), 'csv', () => new Blob([chartCsv(model.table)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
  downloads.append(heading, svgButton, png1, png2, csvButton);
  figure.append(downloads, status);
  container.replaceChildren(figure);

  const draw = bodyOf(model.kind, options.basemap);
  const redraw = (requested: number) => {
    const width = Math.max(MIN_WIDTH, Math.floor(requested));
    drawFrame(svg, model, options.theme, options.uid, width, draw);
    const one = pngSize(svg, 1);
    const two = pngSize(svg, 2);
    png1.textContent = `${model.text('download.png')} ${one.width} × ${one.height}`;
    png2.textContent = `${model.text('download.png2')} ${two.width} × ${two.height}`;
    png1.dataset.size = `${one.width}x${one.height}`;
    png2.dataset.size = `${two.width}x${two.height}`;
  };
  redraw(width);
  return { svg, redraw };
}
