// Chart 4: a light locator map drawn with d3-geo on SVG from the site's base map (no map library): land,
// borders, Ukraine's oblasts, and the deposits as symbols whose shape as well as colour says their status.

import type { Feature, FeatureCollection, Geometry, MultiPoint, Position } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';
import { path as d3Path } from 'd3-path';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { CHART_CATEGORIES, type ChartCategory } from '../core/charts/categories.ts';
import { DETAIL_BOX } from '../core/explorer/basemapFiles.ts';
import { signedRingArea } from '../core/geometry/rewind.ts';
import type { LocatorPoint } from '../core/charts/locator.ts';
import type { DrawBody } from './frame.ts';
import { drawLegend } from './legend.ts';
import { categoryLabel } from './model.ts';
import type { Group } from './svg.ts';
import type { ChartTheme } from './theme.ts';

const SHAPES: Record<ChartCategory, SymbolType> = {
  occupied: symbolTriangle,
  contested: symbolSquare,
  'occupied-before-2022': symbolDiamond,
  'not-occupied': symbolCircle,
  unlocated: symbolCircle,
  'outside-ukraine': symbolWye,
  unknown: symbolCross,
};

/** Ukraine with a margin: the frame whenever every point lies in the region the detailed base map covers. */
const UKRAINE_BOX: [number, number, number, number] = [21.5, 44, 40.5, 52.6];
/** Smallest frame, in degrees, around points elsewhere. */
const MIN_SPAN = 10;
const SYMBOL_AREA = 48;

function frameBox(bounds: [number, number, number, number] | null): [number, number, number, number] {
  if (bounds === null) return UKRAINE_BOX;
  const [w, s, e, n] = bounds;
  if (w >= DETAIL_BOX.west && e <= DETAIL_BOX.east && s >= DETAIL_BOX.south && n <= DETAIL_BOX.north) {
    return [Math.min(w, UKRAINE_BOX[0]), Math.min(s, UKRAINE_BOX[1]), Math.max(e, UKRAINE_BOX[2]), Math.max(n, UKRAINE_BOX[3])];
  }
  const padLon = Math.max(MIN_SPAN - (e - w), 0) / 2 + (e - w) * 0.1;
  const padLat = Math.max(MIN_SPAN / 2 - (n - s), 0) / 2 + (n - s) * 0.1;
  return [Math.max(-180, w - padLon), Math.max(-80, s - padLat), Math.min(180, e + padLon), Math.min(84, n + padLat)];
}

const LAYERS_DRAWN = new Set(['world_land', 'detail_box', 'countries', 'ua_adm1_land']);

/** The symbols of a category in one path, so that many thousands of deposits stay one element each. */
function symbolsPath(points: readonly LocatorPoint[], project: (p: [number, number]) => [number, number] | null, category: ChartCategory, size: number): string {
  const out = d3Path();
  let dx = 0;
  let dy = 0;
  const shifted = {
    moveTo: (x: number, y: number) => out.moveTo(x + dx, y + dy),
    lineTo: (x: number, y: number) => out.lineTo(x + dx, y + dy),
    closePath: () => out.closePath(),
    arc: (x: number, y: number, r: number, a0: number, a1: number) => out.arc(x + dx, y + dy, r, a0, a1),
  };
  const draw = symbol(SHAPES[category], size).context(shifted as unknown as CanvasRenderingContext2D);
  for (const p of points) {
    if (p.category !== category) continue;
    const xy = project([p.lon, p.lat]);
    if (xy === null) continue;
    [dx, dy] = xy;
    draw();
  }
  return out.toString();
}

export function locatorDrawer(basemap: FeatureCollection | null): DrawBody {
  return (group, { model, theme, uid, width }) => {
    if (model.numbers.kind !== 'locator') throw new Error('not a locator chart');
    const { locator } = model.numbers;
    const { text } = model;
    const categories = CHART_CATEGORIES.filter((c) => locator.points.some((p) => p.category === c));
    let y = drawLegend(
      group,
      categories.map((category) => ({
        label: categoryLabel(text, category),
        swatch: (g: Group) => void g.append('path').attr('transform', 'translate(7,7)').attr('d', symbol(SHAPES[category], 90)()).attr('fill', theme.category[category]).attr('stroke', theme.ink).attr('stroke-width', 0.7),
      })),
      width,
      theme,
    );
    y += 6;
    const [w, s, e, n] = frameBox(locator.bounds);
    const corners: Feature<MultiPoint> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] } };
    const projection = geoMercator().fitWidth(width, corners);
    const [[, top], [, bottom]] = geoPath(projection).bounds(corners);
    const height = Math.round(Math.min(Math.max(bottom - top, 200), width * 1.2));
    projection.fitExtent([[0, 0], [width, height]], corners);
    const map: Group = group.append('g').attr('class', 'map').attr('transform', `translate(0,${y})`);
    const clipId = `${uid}-clip`;
    map.append('clipPath').attr('id', clipId).append('rect').attr('width', width).attr('height', height);
    const clipped: Group = map.append('g').attr('clip-path', `url(#${clipId})`);
    clipped.append('rect').attr('class', 'sea').attr('width', width).attr('height', height).attr('fill', theme.sea);
    drawBasemap(clipped, basemap, geoPath(projection), theme);
    const project = (p: [number, number]) => projection(p);
    const size = locator.single !== null ? SYMBOL_AREA * 3 : SYMBOL_AREA;
    for (const category of categories) {
      clipped
        .append('path')
        .attr('class', `deposits deposits-${category}`)
        .attr('d', symbolsPath(locator.points, project, category, size))
        .attr('fill', theme.category[category])
        .attr('stroke', theme.ink)
        .attr('stroke-width', 0.6);
    }
    if (locator.single !== null) {
      const xy = projection([locator.single.lon, locator.single.lat]);
      if (xy !== null) {
        clipped.append('text').attr('x', xy[0] + 10).attr('y', xy[1] + 4).attr('font-size', 13).attr('font-weight', 'bold').attr('fill', theme.ink)
          .attr('stroke', theme.background).attr('stroke-width', 3).attr('paint-order', 'stroke').text(locator.single.name);
      }
    }
    map.append('rect').attr('width', width).attr('height', height).attr('fill', 'none').attr('stroke', theme.grid);
    return y + height;
  };
}

/**
 * d3-geo reads rings on the sphere and takes a counter-clockwise exterior for "everything but this area", so every
 * polygon is wound for it here (exterior clockwise, holes counter-clockwise), whatever winding the file has.
 */
function forD3(geometry: Geometry): Geometry {
  const wind = (rings: Position[][]) =>
    rings.map((ring, k) => ((k === 0) === signedRingArea(ring) > 0 ? [...ring].reverse() : ring));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: wind(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(wind) };
  return geometry;
}

function drawBasemap(group: Group, basemap: FeatureCollection | null, path: ReturnType<typeof geoPath>, theme: ChartTheme): void {
  if (basemap === null) return;
  const layer = (name: string) =>
    basemap.features.flatMap((f) => (f.properties?.layer === name && f.geometry !== null ? [forD3(f.geometry)] : []));
  const draw = (name: string, fill: string, stroke: string | null, width = 0.6) => {
    if (!LAYERS_DRAWN.has(name)) return;
    const d = layer(name).map((f) => path(f) ?? '').join('');
    group.append('path').attr('class', `basemap-${name}`).attr('d', d).attr('fill', fill).attr('stroke', stroke ?? 'none').attr('stroke-width', width);
  };
  // As the explorer's map draws it: coarse world land, then, inside the detail box, sea again under the finer
  // countries and Ukraine's oblasts.
  draw('world_land', theme.land, null);
  draw('detail_box', theme.sea, null);
  draw('countries', theme.land, theme.border);
  draw('ua_adm1_land', theme.ukraine, theme.border, 0.5);
}
