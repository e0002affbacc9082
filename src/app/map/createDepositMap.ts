/// <reference types="vite/client" />
// The map behind the explorer's DepositMap interface: MapLibre with the offline base map, its labels drawn over it
// by the page, the occupied areas as GeoJSON, and the deposits as a custom WebGL layer. Readiness for the
// end-to-end tests and the benchmark is recorded on window.__map: `idleMs` (performance.now() at the first idle with
// deposits and labels drawn, i.e. since navigation start) or `error`.

import maplibregl, { type GeoJSONSource, type Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { OccupationStatus } from '../../core/deposit.ts';
import { BASEMAP_DIR, BASEMAP_FILES, type BasemapLabels } from '../../core/explorer/basemapFiles.ts';
import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES } from '../../core/explorer/compact.ts';
import { DepositLayer, densityScale, reachPx } from './depositLayer.ts';
import { MapLabels } from './mapLabels.ts';
import { PointGrid } from './pointGrid.ts';
import {
  ATTRIBUTION,
  basemapStyle,
  HATCH_IMAGE,
  hatchImage,
  OCCUPATION_BEFORE_LAYER,
  OCCUPATION_SOURCE,
  occupationLayers,
  type OccupationKind,
  UKRAINE_BOUNDS,
  type Language,
} from './style.ts';
import type { CreateDepositMap, DepositMap, OccupationLayer } from './types.ts';

declare global {
  interface Window {
    __map?: { idleMs?: number; error?: string };
  }
}

const TILE_SIZE = 512;
const MAX_REACH_PX = 16;
const CLICK_SLOP_PX = 3;

const MAP_TITLE: Record<Language, string> = {
  en: 'Map of critical-mineral deposits',
  uk: 'Карта родовищ критичних мінералів',
};

const classCode = new Map(MINERAL_CLASSES.map((c, i) => [c, i]));
const devCode = new Map<string, number>(DEV_STATUSES.map((s, i) => [s, i]));
const statusCode = new Map<OccupationStatus, number>(OCCUPATION_STATUSES.map((s, i) => [s, i]));
const UNKNOWN_STATUS = statusCode.get('unknown')!;
const UNKNOWN_DEV = devCode.get('unknown')!;

/** The site's own base URL, absolute (MapLibre resolves tile URLs without a page). */
function siteBase(): string {
  return `${location.origin}${import.meta.env.BASE_URL}`;
}

export const createDepositMap: CreateDepositMap = ({ container, language, onSelect }) => {
  const readiness = (window.__map ??= {});
  const layer = new DepositLayer();
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(siteBase()),
    bounds: UKRAINE_BOUNDS,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    renderWorldCopies: false,
    maxZoom: 13,
    fadeDuration: 0,
    locale: { 'Map.Title': MAP_TITLE[language] },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('error', (e) => {
    readiness.error ??= String(e.error?.message ?? e.error ?? 'map error');
  });
  const labels = new MapLabels(map, language);
  // Fetched at once, beside the tiles; the first idle is recorded once the labels are placed too.
  const labelsShown = fetch(`${siteBase()}${BASEMAP_DIR}/${BASEMAP_FILES.labels}`)
    .then((response) => {
      if (!response.ok) throw new Error(`labels: HTTP ${response.status}`);
      return response.json() as Promise<BasemapLabels>;
    })
    .then((file) => labels.setLabels(file.labels))
    .catch((e: unknown) => {
      readiness.error ??= String(e);
    });

  let grid: PointGrid | null = null;
  let styleCodes = new Uint8Array(0);
  let located = new Uint8Array(0);
  let statusList: readonly OccupationStatus[] = [];
  let statuses = new Uint8Array(0);
  let visible = new Uint8Array(0);
  let xs = new Float32Array(0);
  let ys = new Float32Array(0);
  let styleReady = false;
  let occupation: OccupationLayer | null = null;
  let attribution: maplibregl.AttributionControl | null = null;

  map.once('style.load', () => {
    try {
      map.addLayer(layer);
      styleReady = true;
      applyOccupation();
    } catch (e) {
      // MapLibre calls this from a promise, where a throw would vanish unseen.
      readiness.error ??= String(e);
      console.error(e);
    }
  });
  showAttribution();

  function showAttribution() {
    const parts = [occupation?.attribution, ATTRIBUTION.osm, ATTRIBUTION.naturalEarth, ATTRIBUTION.deposits];
    if (attribution) map.removeControl(attribution);
    attribution = new maplibregl.AttributionControl({
      compact: false,
      customAttribution: parts.filter((p): p is string => !!p).map(escapeHtml),
    });
    map.addControl(attribution, 'bottom-right');
  }

  function applyOccupation() {
    if (!styleReady) return;
    const source = map.getSource(OCCUPATION_SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(occupationFeatures(occupation));
    } else if (occupation) {
      map.addImage(HATCH_IMAGE, hatchImage());
      map.addSource(OCCUPATION_SOURCE, { type: 'geojson', data: occupationFeatures(occupation) });
      for (const spec of occupationLayers()) map.addLayer(spec, OCCUPATION_BEFORE_LAYER);
    }
  }

  function hit(point: { x: number; y: number }): number {
    if (!grid) return -1;
    const zoom = map.getZoom();
    const unitsPerPx = 1 / (TILE_SIZE * 2 ** zoom);
    const at = maplibregl.MercatorCoordinate.fromLngLat(map.unproject([point.x, point.y]));
    return grid.nearest(
      at.x,
      at.y,
      (MAX_REACH_PX + CLICK_SLOP_PX) * unitsPerPx,
      (i) => visible[i] === 1,
      (i) => (reachPx(styleCodes[2 * i + 1]!, statuses[i]!, zoom, layer.densityScale) + CLICK_SLOP_PX) * unitsPerPx,
    );
  }

  /** Sizes the symbols for the number of visible deposits on screen (see densityScale). */
  function updateDensity() {
    const bounds = map.getBounds();
    const west = mercatorX(bounds.getWest());
    const east = mercatorX(bounds.getEast());
    const north = mercatorY(bounds.getNorth());
    const south = mercatorY(bounds.getSouth());
    let onScreen = 0;
    for (let i = 0; i < visible.length; i++) {
      if (visible[i] && xs[i]! >= west && xs[i]! <= east && ys[i]! >= north && ys[i]! <= south) onScreen++;
    }
    const canvas = map.getCanvas();
    layer.setDensityScale(densityScale(onScreen, canvas.clientWidth * canvas.clientHeight));
  }
  map.on('moveend', updateDensity);

  map.on('click', (e) => {
    const index = hit(e.point);
    onSelect(index < 0 ? null : index);
  });
  map.on('mousemove', (e) => {
    map.getCanvas().style.cursor = hit(e.point) >= 0 ? 'pointer' : '';
  });

  let firstIdleRecorded = false;
  const whenIdle = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });

  const api: DepositMap = {
    setPoints(points) {
      const n = points.length;
      xs = new Float32Array(n);
      ys = new Float32Array(n);
      styleCodes = new Uint8Array(2 * n);
      located = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const p = points[i];
        styleCodes[2 * i] = p ? classCode.get(p.mineralClass)! : 0;
        styleCodes[2 * i + 1] = p ? (devCode.get(p.devStatus) ?? UNKNOWN_DEV) : UNKNOWN_DEV;
        if (!p || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) {
          xs[i] = NaN;
          ys[i] = NaN;
          continue;
        }
        xs[i] = mercatorX(p.lon);
        ys[i] = mercatorY(p.lat);
        located[i] = 1;
      }
      statuses = statusCodes(statusList, n);
      visible = located.slice();
      grid = new PointGrid(xs, ys);
      layer.setPoints({ x: xs, y: ys, style: styleCodes }, statuses, visible);
      updateDensity();
      if (!firstIdleRecorded) {
        firstIdleRecorded = true;
        void Promise.all([whenIdle(), labelsShown]).then(() => {
          readiness.idleMs ??= performance.now();
        });
      }
    },
    setVisible(mask) {
      visible = new Uint8Array(located.length);
      for (let i = 0; i < located.length; i++) visible[i] = mask[i]! & located[i]!;
      layer.setVisible(visible);
      updateDensity();
    },
    setStatuses(list) {
      statusList = list;
      statuses = statusCodes(list, located.length);
      layer.setStatuses(statuses);
    },
    setOccupation(next) {
      const attributionChanged = next?.attribution !== occupation?.attribution;
      occupation = next;
      applyOccupation();
      if (attributionChanged) showAttribution();
    },
    setLanguage(next) {
      map.getCanvas().setAttribute('aria-label', MAP_TITLE[next]);
      labels.setLanguage(next);
    },
    select(index) {
      const i = index ?? -1;
      layer.setSelected(i);
      if (i >= 0 && located[i]) revealPoint(map, xs[i]!, ys[i]!);
    },
    whenIdle,
    destroy() {
      labels.destroy();
      map.remove();
    },
  };
  return api;
};

/** One status code per point (unknown where the list is short), so the GPU buffer always matches the points. */
function statusCodes(list: readonly OccupationStatus[], n: number): Uint8Array<ArrayBuffer> {
  const codes = new Uint8Array(n).fill(UNKNOWN_STATUS);
  for (let i = 0; i < Math.min(n, list.length); i++) codes[i] = statusCode.get(list[i]!) ?? UNKNOWN_STATUS;
  return codes;
}

function revealPoint(map: MaplibreMap, x: number, y: number) {
  const lngLat = new maplibregl.MercatorCoordinate(x, y).toLngLat();
  if (!map.getBounds().contains(lngLat)) map.easeTo({ center: lngLat, duration: 300 });
}

const mercatorX = (lon: number) => (lon + 180) / 360;

const MAX_LAT = 85.051129;
function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

function occupationFeatures(layer: OccupationLayer | null): FeatureCollection {
  const features: Feature[] = [];
  const add = (kind: OccupationKind, area: MultiPolygon | null) => {
    if (area) features.push({ type: 'Feature', properties: { kind }, geometry: area });
  };
  add('occupied', layer?.occupied ?? null);
  add('occupiedBefore2022', layer?.occupiedBefore2022 ?? null);
  add('contested', layer?.contested ?? null);
  return { type: 'FeatureCollection', features };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** MapLibre writes attribution as HTML; these strings come from data files, so they go in as text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
