// The benchmark's baseline: a bare MapLibre page drawing the same points the usual way, a GeoJSON source
// (?geojson=URL) and a circle layer coloured by class, over a plain background, at the same view as the deposit
// map; with ?basemap, over the deposit map's own base map instead, to compare the ways of drawing the points alone.
// Records window.__map.idleMs (performance.now() at the first idle) and leaves the map on window.__bareMap.

import maplibregl, { type CircleLayerSpecification, type ExpressionSpecification, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MINERAL_CLASS_COLOURS } from '../../../src/app/map/symbols.ts';
import { basemapStyle, SEA, UKRAINE_BOUNDS } from '../../../src/app/map/style.ts';

declare global {
  interface Window {
    __bareMap?: maplibregl.Map;
  }
}

const readiness = (window.__map ??= {});
const params = new URLSearchParams(location.search);
const deposits: CircleLayerSpecification = {
  id: 'deposits',
  type: 'circle',
  source: 'deposits',
  paint: {
    'circle-radius': 4.5,
    'circle-color': ['match', ['get', 'class'], ...Object.entries(MINERAL_CLASS_COLOURS).flat(), '#999999'] as unknown as ExpressionSpecification,
    'circle-stroke-color': '#222222',
    'circle-stroke-width': 1,
  },
};
const style: StyleSpecification = params.has('basemap')
  ? basemapStyle(`${location.origin}/`)
  : { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': SEA } }] };
style.sources.deposits = { type: 'geojson', data: params.get('geojson') ?? 'bench/embedded.geojson' };
style.layers.push(deposits);
const map = new maplibregl.Map({ container: 'map', bounds: UKRAINE_BOUNDS, renderWorldCopies: false, fadeDuration: 0, style });
map.on('error', (e) => {
  readiness.error ??= String(e.error?.message ?? e.error);
});
map.once('idle', () => {
  readiness.idleMs = performance.now();
});
window.__bareMap = map;
