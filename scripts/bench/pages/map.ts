// The deposit map on its own, for development, the map's end-to-end test and the benchmark: loads points.bin
// (?points=URL, default the embedded data), draws it, and leaves the DepositMap on window.__depositMap so a test
// can drive it. ?lang=uk switches the labels; ?occupation=URL loads an occupation history and shows its last date.

import { decodeExplorerPoints } from '../../../src/core/explorer/compact.ts';
import { decodeOccupationFile } from '../../../src/core/explorer/occupationFile.ts';
import { createDepositMap } from '../../../src/app/map/createDepositMap.ts';
import { latestStatusesOf, mapPointsOf } from '../../../src/app/map/mapPoints.ts';
import type { DepositMap } from '../../../src/app/map/types.ts';

declare global {
  interface Window {
    __depositMap?: DepositMap;
    __selected?: number | null;
  }
}

const params = new URLSearchParams(location.search);
const language = params.get('lang') === 'uk' ? 'uk' : 'en';
const map = createDepositMap({
  container: document.getElementById('map')!,
  language,
  onSelect: (index) => {
    window.__selected = index;
    map.select(index);
  },
});
window.__depositMap = map;

const pointsUrl = params.get('points') ?? 'data/explorer/points.bin';
const points = decodeExplorerPoints(await (await fetch(pointsUrl)).arrayBuffer());
map.setPoints(mapPointsOf(points));
map.setStatuses(latestStatusesOf(points));

const occupationUrl = params.get('occupation');
if (occupationUrl) {
  const history = await decodeOccupationFile(await (await fetch(occupationUrl)).arrayBuffer());
  const last = history.snapshots[history.snapshots.length - 1]!;
  const source = history.sources.find((s) => s.id === last.source);
  map.setOccupation({
    date: last.date,
    occupied: last.occupied,
    contested: last.contested,
    occupiedBefore2022: last.occupiedBefore2022,
    attribution: `${source?.attribution ?? last.source}, ${last.date}`,
  });
}
