// Chart 4, the locator map's points: the matching deposits that have coordinates, each with its category on the
// view's date, or one deposit when the view selects one. Unlocated deposits cannot be drawn and are counted apart,
// so drawn + unlocated is the chart's number of deposits.

import { categoryOf, type ChartCategory } from './categories.ts';
import type { ChartSelection } from './selection.ts';

export interface LocatorPoint {
  index: number;
  id: string;
  name: string;
  lon: number;
  lat: number;
  category: ChartCategory;
}

export interface Locator {
  points: LocatorPoint[];
  unlocated: number;
  /** The one deposit shown, when the view selects one that is in the data. */
  single: LocatorPoint | null;
  /** [west, south, east, north] of the points; null with none. */
  bounds: [number, number, number, number] | null;
}

function pointAt(selection: ChartSelection, i: number): LocatorPoint | null {
  const d = selection.deposits[i]!;
  if (d.lat === null || d.lon === null) return null;
  return { index: i, id: d.id, name: d.name, lon: d.lon, lat: d.lat, category: categoryOf(d, selection.statuses[i]!) };
}

/** `selectedId`: the view's deposit; when it is in the data the map shows it alone, whatever the filters. */
export function locatorPoints(selection: ChartSelection, selectedId: string | null): Locator {
  const { deposits, visible } = selection;
  const selectedIndex = selectedId === null ? -1 : deposits.findIndex((d) => d.id === selectedId || d.aliases.includes(selectedId));
  if (selectedIndex >= 0) {
    const single = pointAt(selection, selectedIndex);
    const points = single === null ? [] : [single];
    return { points, unlocated: single === null ? 1 : 0, single, bounds: boundsOf(points) };
  }
  const points: LocatorPoint[] = [];
  let unlocated = 0;
  for (let i = 0; i < deposits.length; i++) {
    if (visible[i] !== 1) continue;
    const point = pointAt(selection, i);
    if (point === null) unlocated++;
    else points.push(point);
  }
  return { points, unlocated, single: null, bounds: boundsOf(points) };
}

function boundsOf(points: readonly LocatorPoint[]): Locator['bounds'] {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
