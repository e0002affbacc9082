// Ukraine's land as the site ships it (data/explorer/land.json), for drawing the line in the browser at any date:
// Ukraine's units and the land polygons near them, each a list of polygons. A point is on Ukraine's land when it is
// in both, as with the pipeline's outline (scripts/occupation/ukraineLand.ts).

import type { Position } from 'geojson';
import { prepareArea } from '../geometry/pointInPolygon.ts';
import type { Land } from './line.ts';

export interface LandFile {
  schema: 1;
  units: Position[][][];
  land: Position[][][];
}

export function landFromFile(file: LandFile): Land {
  const units = prepareArea({ type: 'MultiPolygon', coordinates: file.units });
  const land = prepareArea({ type: 'MultiPolygon', coordinates: file.land });
  return { contains: (lon, lat) => units.contains(lon, lat) && land.contains(lon, lat) };
}
