// The base map's labels as HTML over the map, not as MapLibre symbols: MapLibre would only ask for its glyphs once
// its worker had read the tiles, set up text drawing in a first frame of its own and draw one frame more once the
// labels' data is in, which together cost the opening view about a quarter of its time in a software-rendered browser.
// Here the page's own font draws them at once, placed by priority as MapLibre places its own (labelPlacement.ts),
// again on every move. Names go in as text, never as HTML. Hidden from assistive technology: the table is the
// accessible view of the map.

import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapLabel, LabelKind } from '../../core/explorer/basemapFiles.ts';
import { placeLabels, type LabelAnchor, type LabelCandidate, type PlacedLabel } from './labelPlacement.ts';
import type { Language } from './style.ts';
import './mapLabels.css';

interface KindStyle {
  /** Shown from this zoom on, and below `maxZoom`. */
  minZoom: number;
  maxZoom: number;
  anchors: readonly LabelAnchor[];
  /** Distance from the point to text beside it, in ems. */
  offsetEm: number;
}

const BESIDE_POINT: readonly LabelAnchor[] = ['left', 'right', 'top', 'bottom'];
const CENTRED: readonly LabelAnchor[] = ['center'];

const KINDS: Record<LabelKind, KindStyle> = {
  capital: { minZoom: 0, maxZoom: Infinity, anchors: BESIDE_POINT, offsetEm: 0.5 },
  city: { minZoom: 0, maxZoom: Infinity, anchors: BESIDE_POINT, offsetEm: 0.5 },
  oblast: { minZoom: 5, maxZoom: Infinity, anchors: CENTRED, offsetEm: 0 },
  sea: { minZoom: 0, maxZoom: Infinity, anchors: CENTRED, offsetEm: 0 },
  country: { minZoom: 0, maxZoom: 8, anchors: CENTRED, offsetEm: 0 },
};

/** Text size in px per kind at a zoom: the oblasts' grows from 10 px at zoom 5 to 13 at 8, as MapLibre drew them. */
function textSize(kind: LabelKind, zoom: number): number {
  switch (kind) {
    case 'capital':
      return 13;
    case 'city':
      return 11.5;
    case 'oblast':
      return 10 + (3 * (Math.min(8, Math.max(5, zoom)) - 5)) / 3;
    default:
      return 12;
  }
}

interface Shown {
  label: BasemapLabel;
  element: HTMLElement;
  /** The box measured at `measuredSize`; text and its wrapping scale with the text size. */
  width: number;
  height: number;
  measuredSize: number;
  placed: PlacedLabel | null;
}

export class MapLabels {
  private readonly overlay: HTMLElement;
  private shown: Shown[] = [];
  private language: Language;
  private oblastSize = 0;
  private viewport = { width: 0, height: 0 };
  private readonly place = () => this.placeAll();
  private readonly resize = () => {
    this.measureViewport();
    this.placeAll();
  };

  constructor(
    private readonly map: MaplibreMap,
    language: Language,
  ) {
    this.language = language;
    this.overlay = document.createElement('div');
    this.overlay.className = 'map-labels';
    this.overlay.setAttribute('aria-hidden', 'true');
    // Over the map, under its controls.
    map.getCanvasContainer().after(this.overlay);
    this.measureViewport();
    map.on('move', this.place);
    map.on('resize', this.resize);
  }

  setLabels(labels: readonly BasemapLabel[]) {
    // The labels file may come in after the map is gone.
    if (!this.overlay.isConnected) return;
    for (const { element } of this.shown) element.remove();
    this.shown = labels.map((label) => {
      const element = document.createElement('span');
      element.className = `map-label map-label--${label.kind}`;
      // The oblasts' size follows the zoom through one property of the overlay (setOblastSize).
      if (label.kind !== 'oblast') element.style.fontSize = `${textSize(label.kind, 0)}px`;
      this.overlay.append(element);
      return { label, element, width: 0, height: 0, measuredSize: 0, placed: null };
    });
    this.setLanguage(this.language);
  }

  setLanguage(language: Language) {
    this.language = language;
    for (const { label, element } of this.shown) element.textContent = label[language];
    this.measure();
    this.placeAll();
  }

  destroy() {
    this.map.off('move', this.place);
    this.map.off('resize', this.resize);
    this.overlay.remove();
  }

  /** The canvas's size, which MapLibre keeps to the container's: reading the container's would force a layout. */
  private measureViewport() {
    const canvas = this.map.getCanvas();
    const ratio = this.map.getPixelRatio();
    this.viewport = { width: canvas.width / ratio, height: canvas.height / ratio };
  }

  /** Every label's box at the current sizes, in one layout. */
  private measure() {
    this.setOblastSize(textSize('oblast', this.map.getZoom()));
    for (const shown of this.shown) {
      shown.width = shown.element.offsetWidth;
      shown.height = shown.element.offsetHeight;
      shown.measuredSize = textSize(shown.label.kind, this.map.getZoom());
    }
  }

  private setOblastSize(size: number) {
    if (size === this.oblastSize) return;
    this.oblastSize = size;
    this.overlay.style.setProperty('--oblast-size', `${size}px`);
  }

  private placeAll() {
    const zoom = this.map.getZoom();
    this.setOblastSize(textSize('oblast', zoom));
    const candidates = this.shown.map(({ label, width, height, measuredSize }): LabelCandidate | null => {
      const kind = KINDS[label.kind];
      if (zoom < kind.minZoom || zoom >= kind.maxZoom) return null;
      const size = textSize(label.kind, zoom);
      const scale = size / measuredSize;
      const { x, y } = this.map.project([label.lon, label.lat]);
      return { x, y, width: width * scale, height: height * scale, anchors: kind.anchors, offset: kind.offsetEm * size };
    });
    const placed = placeLabels(candidates, this.viewport);
    this.shown.forEach((shown, i) => show(shown, placed[i]!));
  }
}

/** Shows, moves or hides a label (hidden until first placed), touching the DOM only where something changed. */
function show(shown: Shown, at: PlacedLabel | null) {
  const before = shown.placed;
  const next = at && { left: Math.round(at.left), top: Math.round(at.top) };
  shown.placed = next;
  if (next === null) {
    if (before !== null) shown.element.style.visibility = '';
    return;
  }
  if (before === null) shown.element.style.visibility = 'visible';
  if (before === null || before.left !== next.left || before.top !== next.top) {
    shown.element.style.transform = `translate(${next.left}px, ${next.top}px)`;
  }
}
