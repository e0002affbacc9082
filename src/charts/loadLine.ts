// What the distance chart needs to measure distances at a past date in the page: the occupation history and
// Ukraine's land outline, both from the site itself. Null when either is missing; the chart then shows the latest
// date's distances and says so.

import { EXPLORER_FILES } from '../core/explorer/compact.ts';
import { decodeOccupationFile } from '../core/explorer/occupationFile.ts';
import { landFromFile, type LandFile } from '../core/occupation/landFile.ts';
import type { ChartRequest } from './model.ts';

export async function loadChartLine(base: string): Promise<ChartRequest['line']> {
  const [history, land] = await Promise.all([
    fetch(`${base}${EXPLORER_FILES.occupation}`).then((r) => (r.ok ? r.arrayBuffer().then(decodeOccupationFile) : null)),
    fetch(`${base}${EXPLORER_FILES.land}`).then((r) => (r.ok ? (r.json() as Promise<LandFile>) : null)),
  ]).catch(() => [null, null] as const);
  return history && land ? { history, land: landFromFile(land) } : null;
}
