// npm run data: the embedded inputs in data/ through the same pipeline as `normalise` (linked, enriched with the
// embedded occupation history) into public/data/, plus what the explorer loads: its compact data, the full records
// in shards, the occupation history, and the offline base map in public/basemap/.

import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LINK_SETTINGS } from '../src/core/linking/pairs.ts';
import { latestCitation } from '../src/core/occupation/timeline.ts';
import { writeBasemap } from './data/basemap.ts';
import { writeExplorerData } from './data/explorer.ts';
import { writeLandFile } from './data/land.ts';
import { loadPlaces } from './geo/places.ts';
import { summary } from './normalise/cli.ts';
import { readLinkOverrides } from './normalise/linkOverrides.ts';
import { writeOutputs } from './normalise/outputs.ts';
import { normaliseInputs } from './normalise/run.ts';
import { loadHistory } from './occupation/loadHistory.ts';

/** The embedded inputs, as paths relative to the repository root (they appear so in every output). */
export const EMBEDDED_INPUTS = [
  'data/usgs/pp1802-critical-minerals-global.csv',
  'data/ua-register/ua-critical-deposits-register.csv',
] as const;

/** Link decisions the rules cannot make, each with the sources' reason in its note. */
export const LINK_OVERRIDES = 'data/link-overrides.csv';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const inputs = EMBEDDED_INPUTS.map((path) => ({ path, bytes: readFileSync(path) }));
const overrides = readLinkOverrides(LINK_OVERRIDES, readFileSync(LINK_OVERRIDES));
if (!overrides.ok) throw new Error(overrides.message);
const history = loadHistory();
const result = normaliseInputs(inputs, {
  format: null,
  columns: {},
  places: loadPlaces(),
  link: { settings: DEFAULT_LINK_SETTINGS, overrides: overrides.overrides },
  occupation: history,
});
writeOutputs('public/data', result);
const latest = latestCitation(history);
writeExplorerData('public/data', result.deposits, latest);
const land = writeLandFile('public/data');
const basemap = writeBasemap('public/basemap');
// The sources' terms travel with what is built from them: the whole dataset's notice beside the downloads, and the
// occupation source's notice beside the polygons the site ships.
copyFileSync('data/NOTICE.txt', 'public/data/NOTICE.txt');
copyFileSync('data/occupation/NOTICE', 'public/data/explorer/occupation-NOTICE.txt');

console.log(summary(result, 'public/data'));
for (const file of result.report.files) {
  console.log(`  ${file.file}: ${file.format ?? 'unread'}, ${file.rowsIn} rows, ${file.rowsOut} records, ${file.rowsRejected} rejected`);
}
const occupation = result.report.occupation;
if (occupation) console.log(`  occupation: ${occupation.snapshots} snapshots, ${occupation.from} → ${occupation.to}`);
const statuses = new Map<string, number>();
for (const deposit of result.deposits) statuses.set(deposit.occupation.status, (statuses.get(deposit.occupation.status) ?? 0) + 1);
console.log(`  status as of ${latest?.asOf ?? 'no date'}: ${[...statuses].map(([status, n]) => `${status} ${n}`).join(', ')}`);
console.log(`  land outline: ${land} bytes`);
console.log(`  base map: ${JSON.stringify(basemap)}`);
