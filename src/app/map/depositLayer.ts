// The deposits as a MapLibre custom layer: one WebGL2 point sprite per deposit from typed arrays (Web Mercator
// position, mineral class, development status, occupation status), so 300,000 deposits upload in one go. GeoJSON
// sources would tile every point in a worker first. Only the visible deposits in and around the view are drawn, through
// an index buffer rebuilt on a filter change or when the view leaves that area: a software renderer pays for every
// vertex, drawn or clipped, so drawing all 300,000 to show a few thousand costs several frames' time. For the same
// reason, dense views are drawn as one image stamped on the CPU (symbolRaster.ts): each sprite costs the software
// renderer close to a microsecond however few pixels it covers, which made a hundred thousand take ~100 ms a frame.

import maplibregl, { type CustomLayerInterface, type CustomRenderMethodInput, type Map as MaplibreMap } from 'maplibre-gl';
import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES } from '../../core/explorer/compact.ts';
import {
  DEV_STATUS_DIAMETERS,
  MINERAL_CLASS_COLOURS,
  OCCUPATION_RINGS,
  OCCUPIED_COLOUR,
  OUTLINE_COLOUR,
  OUTLINE_WIDTH_PX,
  RING_WIDTH_PX,
  SELECTION_COLOUR,
  SELECTION_WIDTH_PX,
} from './symbols.ts';
import { rasteriseSymbols, type SymbolView } from './symbolRaster.ts';
import { SymbolStamps } from './symbolStamps.ts';
import { ViewImage } from './viewImage.ts';

export interface DepositArrays {
  x: Float32Array; // Web Mercator, 0…1 across the world; NaN when unlocated
  y: Float32Array;
  style: Uint8Array; // per deposit: mineral class code, development status code
}

const RING_CODES = { none: 0, solid: 1, dashed: 2 } as const;

/** An area in Web Mercator units (0…1 across the world, y growing southwards). */
interface Box {
  west: number;
  east: number;
  north: number;
  south: number;
}

/** The drawn area reaches this many view widths (and heights) beyond each side of the view, so a pan redraws without
 * rebuilding the index buffer; deposits drawn just outside the view may still reach into it. */
const DRAWN_MARGIN = 0.1;
/** Zoomed in one level past the drawn area, the index buffer is rebuilt for the smaller view. */
const MAX_DRAWN_TO_VIEW_WIDTH = 2 * (1 + 2 * DRAWN_MARGIN);
/** From this many deposits in the drawn area, they are drawn as one image stamped on the CPU. */
const RASTER_FROM = 20_000;

/** Size of the disc relative to its zoom-6 diameter: smaller when the whole world is in view. */
export function zoomScale(zoom: number): number {
  return Math.min(1.25, Math.max(0.5, 0.5 + 0.125 * (zoom - 2)));
}

const REFERENCE_DIAMETER_PX = DEV_STATUS_DIAMETERS.unknown;
/** Share of the screen the symbols may cover before they shrink. */
const MAX_COVER = 0.5;
const MIN_DENSITY_SCALE = 0.2;

/**
 * Shrinks every symbol when so many deposits are on screen that they would cover more than half of it: tens of
 * thousands of overlapping discs say nothing more than dots do, and cost far more to draw in a software renderer.
 */
export function densityScale(onScreen: number, screenAreaPx: number): number {
  if (onScreen === 0) return 1;
  const diameter = Math.sqrt((MAX_COVER * screenAreaPx) / onScreen);
  return Math.min(1, Math.max(MIN_DENSITY_SCALE, diameter / REFERENCE_DIAMETER_PX));
}

/** Radius, in CSS pixels, that a deposit covers on screen (disc, ring and outline). */
export function reachPx(devCode: number, statusCode: number, zoom: number, density: number): number {
  const dev = DEV_STATUSES[devCode] ?? 'unknown';
  const status = OCCUPATION_STATUSES[statusCode] ?? 'unknown';
  const ring = OCCUPATION_RINGS[status] === 'none' ? 0 : RING_WIDTH_PX;
  return density * ((DEV_STATUS_DIAMETERS[dev] * zoomScale(zoom)) / 2 + ring + OUTLINE_WIDTH_PX);
}

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_ratio;
uniform float u_scale;
uniform float u_density;
uniform bool u_selection;
uniform float u_diameters[${DEV_STATUSES.length}];
uniform int u_rings[${OCCUPATION_STATUSES.length}];
in vec2 a_pos;
in uvec2 a_style;
in uint a_status;
flat out uint v_class;
flat out int v_ring;
out float v_fill;
out float v_ringWidth;
out float v_outer;
out float v_size;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  v_class = a_style.x;
  v_ring = u_rings[a_status];
  float unit = u_density * u_ratio;
  v_fill = u_diameters[a_style.y] * u_scale * 0.5 * unit;
  v_ringWidth = v_ring == 0 ? 0.0 : ${RING_WIDTH_PX.toFixed(1)} * unit;
  v_outer = v_fill + v_ringWidth + ${OUTLINE_WIDTH_PX.toFixed(1)} * unit;
  float outer = u_selection ? v_outer + ${(SELECTION_WIDTH_PX + 2).toFixed(1)} * u_ratio : v_outer;
  v_size = 2.0 * outer + 1.0;
  gl_PointSize = v_size;
}`;

// symbolStamps.ts draws the same symbols on the CPU for dense views: a change here belongs there too.
const FRAGMENT = `#version 300 es
precision highp float;
uniform bool u_selection;
uniform vec3 u_colours[${MINERAL_CLASSES.length}];
uniform vec3 u_ringColour;
uniform vec3 u_outlineColour;
uniform vec3 u_selectionColour;
uniform float u_ratio;
flat in uint v_class;
flat in int v_ring;
in float v_fill;
in float v_ringWidth;
in float v_outer;
in float v_size;
out vec4 fragColor;
const float TAU = 6.2831853;
void main() {
  vec2 offset = (gl_PointCoord - 0.5) * v_size;
  float d = length(offset);
  if (u_selection) {
    float inner = v_outer + u_ratio;
    float outer = inner + ${SELECTION_WIDTH_PX.toFixed(1)} * u_ratio;
    float a = smoothstep(inner - 0.5, inner + 0.5, d) * (1.0 - smoothstep(outer - 0.5, outer + 0.5, d));
    vec3 c = d < inner + u_ratio ? vec3(1.0) : u_selectionColour;
    fragColor = vec4(c * a, a);
    return;
  }
  float alpha = 1.0 - smoothstep(v_outer - 0.5, v_outer + 0.5, d);
  if (alpha <= 0.0) discard;
  vec3 colour;
  if (d <= v_fill) {
    bool centre = v_class == ${MINERAL_CLASSES.indexOf('multi')}u && d <= v_fill * 0.4;
    colour = centre ? vec3(1.0) : u_colours[v_class];
  } else if (d <= v_fill + v_ringWidth) {
    bool dash = v_ring == 1 || fract(atan(offset.y, offset.x) / TAU * 10.0) < 0.55;
    colour = dash ? u_ringColour : vec3(1.0);
  } else {
    colour = u_outlineColour;
  }
  fragColor = vec4(colour * alpha, alpha);
}`;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export class DepositLayer implements CustomLayerInterface {
  readonly id = 'deposits';
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;

  private map: MaplibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffers: Record<'pos' | 'style' | 'status' | 'drawn', WebGLBuffer> | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};

  private arrays: DepositArrays | null = null;
  private positions = new Float32Array(0);
  private statuses: Uint8Array = new Uint8Array(0);
  private visible: Uint8Array = new Uint8Array(0);
  private drawnIndices = new Uint32Array(0);
  private drawnCount = 0;
  private drawnArea: Box | null = null;
  private selected = -1;
  private density = 1;
  private dirty = { points: false, statuses: false, visible: false };
  private image: ViewImage | null = null;
  private imagePixels = new Uint8Array(0);
  private stamps: SymbolStamps | null = null;
  /** What the image was last stamped for; null when the deposits or their statuses changed since. */
  private imageView: SymbolView | null = null;

  get count(): number {
    return this.arrays?.x.length ?? 0;
  }

  setPoints(arrays: DepositArrays, statuses: Uint8Array, visible: Uint8Array): void {
    const n = arrays.x.length;
    this.arrays = arrays;
    this.positions = new Float32Array(2 * n);
    this.drawnIndices = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      this.positions[2 * i] = arrays.x[i]!;
      this.positions[2 * i + 1] = arrays.y[i]!;
    }
    this.statuses = statuses;
    this.visible = visible;
    this.selected = -1;
    this.dirty = { points: true, statuses: true, visible: true };
    this.map?.triggerRepaint();
  }

  setStatuses(statuses: Uint8Array): void {
    this.statuses = statuses;
    this.dirty.statuses = true;
    this.map?.triggerRepaint();
  }

  setVisible(visible: Uint8Array): void {
    this.visible = visible;
    this.dirty.visible = true;
    this.map?.triggerRepaint();
  }

  setDensityScale(scale: number): void {
    if (scale === this.density) return;
    this.density = scale;
    this.map?.triggerRepaint();
  }

  get densityScale(): number {
    return this.density;
  }

  setSelected(index: number): void {
    this.selected = index;
    this.map?.triggerRepaint();
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!(gl instanceof WebGL2RenderingContext)) throw new Error('the deposits layer needs WebGL2');
    this.map = map;
    this.gl = gl;
    this.program = linkProgram(gl, VERTEX, FRAGMENT);
    this.image = new ViewImage(gl, (vertex, fragment) => linkProgram(gl, vertex, fragment));
    for (const name of [
      'u_matrix', 'u_ratio', 'u_scale', 'u_density', 'u_selection', 'u_diameters', 'u_rings', 'u_colours', 'u_ringColour',
      'u_outlineColour', 'u_selectionColour',
    ]) {
      this.uniforms[name] = gl.getUniformLocation(this.program, name);
    }
    this.buffers = {
      pos: gl.createBuffer(),
      style: gl.createBuffer(),
      status: gl.createBuffer(),
      drawn: gl.createBuffer(),
    };
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const attribute = (name: string, buffer: WebGLBuffer, size: number, integer: boolean) => {
      const location = gl.getAttribLocation(this.program!, name);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(location);
      if (integer) gl.vertexAttribIPointer(location, size, gl.UNSIGNED_BYTE, 0, 0);
      else gl.vertexAttribPointer(location, size, gl.FLOAT, false, 0, 0);
    };
    attribute('a_pos', this.buffers.pos, 2, false);
    attribute('a_style', this.buffers.style, 2, true);
    attribute('a_status', this.buffers.status, 1, true);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.buffers.drawn);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.dirty = { points: true, statuses: true, visible: true };
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (this.buffers) for (const buffer of Object.values(this.buffers)) gl.deleteBuffer(buffer);
    if (this.vao) (gl as WebGL2RenderingContext).deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
    this.image?.dispose();
    this.image = null;
    this.imageView = null;
    this.map = null;
    this.gl = null;
  }

  render(_gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl = this.gl;
    const map = this.map;
    if (!gl || !map || !this.program || !this.buffers || !this.image || this.count === 0) return;
    this.upload(gl, viewBox(map));
    const matrix = args.defaultProjectionData.mainMatrix as Float32Array;
    const dense = this.drawnCount >= RASTER_FROM;
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    if (dense) {
      this.drawImage({
        width: gl.drawingBufferWidth,
        height: gl.drawingBufferHeight,
        matrix: Array.from(matrix),
        ratio: window.devicePixelRatio || 1,
        zoomScale: zoomScale(map.getZoom()),
        density: this.density,
      });
    }
    const u = this.uniforms;
    gl.useProgram(this.program);
    gl.uniformMatrix4fv(u.u_matrix!, false, matrix);
    gl.uniform1f(u.u_ratio!, window.devicePixelRatio || 1);
    gl.uniform1f(u.u_scale!, zoomScale(map.getZoom()));
    gl.uniform1f(u.u_density!, this.density);
    gl.uniform1fv(u.u_diameters!, DEV_STATUSES.map((s) => DEV_STATUS_DIAMETERS[s]));
    gl.uniform1iv(u.u_rings!, OCCUPATION_STATUSES.map((s) => RING_CODES[OCCUPATION_RINGS[s]]));
    gl.uniform3fv(u.u_colours!, MINERAL_CLASSES.flatMap((c) => rgb(MINERAL_CLASS_COLOURS[c])));
    gl.uniform3fv(u.u_ringColour!, rgb(OCCUPIED_COLOUR));
    gl.uniform3fv(u.u_outlineColour!, rgb(OUTLINE_COLOUR));
    gl.uniform3fv(u.u_selectionColour!, rgb(SELECTION_COLOUR));
    gl.bindVertexArray(this.vao);
    if (!dense) {
      gl.uniform1i(u.u_selection!, 0);
      gl.drawElements(gl.POINTS, this.drawnCount, gl.UNSIGNED_INT, 0);
    }
    if (this.selected >= 0 && this.selected < this.count && this.visible[this.selected]) {
      gl.uniform1i(u.u_selection!, 1);
      gl.drawArrays(gl.POINTS, this.selected, 1);
    }
    gl.bindVertexArray(null);
  }

  private upload(gl: WebGL2RenderingContext, view: Box): void {
    const b = this.buffers!;
    const put = (buffer: WebGLBuffer, data: ArrayBufferView) => {
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
    };
    if (this.dirty.points) {
      put(b.pos, this.positions);
      put(b.style, this.arrays!.style);
    }
    if (this.dirty.statuses) put(b.status, this.statuses);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    if (this.dirty.points || this.dirty.statuses) this.imageView = null;
    if (this.dirty.visible || !this.drawnArea || !coversView(this.drawnArea, view)) {
      this.drawnArea = widen(view, DRAWN_MARGIN);
      this.collectDrawn(this.drawnArea);
      this.imageView = null;
      if (this.drawnCount < RASTER_FROM) {
        // The element buffer belongs to the bound vertex array, so ours must be bound to replace it.
        gl.bindVertexArray(this.vao);
        gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, this.drawnIndices.subarray(0, this.drawnCount), gl.DYNAMIC_DRAW);
        gl.bindVertexArray(null);
      }
    }
    this.dirty = { points: false, statuses: false, visible: false };
  }

  /** Draws the deposits as one image, stamped again only when they or the view changed. */
  private drawImage(view: SymbolView): void {
    const image = this.image!;
    if (!this.imageView || !sameView(this.imageView, view)) {
      const bytes = view.width * view.height * 4;
      if (this.imagePixels.length !== bytes) this.imagePixels = new Uint8Array(bytes);
      if (!this.stamps?.fits(view, view.width)) this.stamps = new SymbolStamps(view, view.width);
      const points = { x: this.arrays!.x, y: this.arrays!.y, style: this.arrays!.style, statuses: this.statuses };
      rasteriseSymbols(this.imagePixels, view, points, this.drawnIndices, this.drawnCount, this.stamps);
      image.upload(this.imagePixels, view.width, view.height);
      this.imageView = view;
    }
    image.draw();
  }

  /** The visible deposits inside `area`, in their original order so overlapping symbols stack as before. */
  private collectDrawn(area: Box): void {
    const { x, y } = this.arrays!;
    const visible = this.visible;
    const indices = this.drawnIndices;
    let n = 0;
    for (let i = 0; i < visible.length; i++) {
      const px = x[i]!;
      const py = y[i]!;
      if (visible[i] && px >= area.west && px <= area.east && py >= area.north && py <= area.south) indices[n++] = i;
    }
    this.drawnCount = n;
  }
}

function viewBox(map: MaplibreMap): Box {
  const bounds = map.getBounds();
  const northWest = maplibregl.MercatorCoordinate.fromLngLat(bounds.getNorthWest());
  const southEast = maplibregl.MercatorCoordinate.fromLngLat(bounds.getSouthEast());
  return { west: northWest.x, east: southEast.x, north: northWest.y, south: southEast.y };
}

function sameView(a: SymbolView, b: SymbolView): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.ratio === b.ratio &&
    a.zoomScale === b.zoomScale &&
    a.density === b.density &&
    Array.from(a.matrix).every((v, i) => v === b.matrix[i])
  );
}

function widen(box: Box, margin: number): Box {
  const dx = (box.east - box.west) * margin;
  const dy = (box.south - box.north) * margin;
  return { west: box.west - dx, east: box.east + dx, north: box.north - dy, south: box.south + dy };
}

/** Whether `area` holds the whole view and is not so much larger that most of what it draws is off screen. */
function coversView(area: Box, view: Box): boolean {
  const inside = view.west >= area.west && view.east <= area.east && view.north >= area.north && view.south <= area.south;
  return inside && area.east - area.west <= MAX_DRAWN_TO_VIEW_WIDTH * (view.east - view.west);
}

function linkProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const compile = (type: number, source: string) => {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`deposit shader: ${gl.getShaderInfoLog(shader)}`);
    return shader;
  };
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, vertex));
  gl.attachShader(program, compile(gl.FRAGMENT_SHADER, fragment));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`deposit shader: ${gl.getProgramInfoLog(program)}`);
  return program;
}
