// The explorer's data from the built site: the compact files when the site has them (data/explorer/), full records
// from their shards (data/records/); deposits.json stands in for both when they are missing.

import type { Deposit, DepositFile } from '../../core/deposit.ts';
import {
  decodeExplorerData, decodeExplorerPoints, EXPLORER_FILES, recordShardOf, type ExplorerIndex, type RecordShard,
} from '../../core/explorer/compact.ts';
import { decodeOccupationFile } from '../../core/explorer/occupationFile.ts';
import type { ExplorerData } from '../../core/explorer/types.ts';
import type { OccupationHistory } from '../../core/occupation/history.ts';
import { distancesAt } from '../../core/charts/distancesAt.ts';
import { landFromFile, type LandFile } from '../../core/occupation/landFile.ts';
import type { Land } from '../../core/occupation/line.ts';
import { explorerDataFromDeposits } from './fromDeposits.ts';
import { occupationLayerAt } from './occupationLayer.ts';
import type { DataSource } from './source.ts';

const DEPOSITS_FILE = 'data/deposits.json';
/** Shard requests in flight at once while gathering records for a download. */
const CONCURRENT_SHARDS = 6;

class MissingFile extends Error {}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  // A development server answers a missing file with the app's page.
  const isPage = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (response.status === 404 || (response.ok && isPage)) throw new MissingFile(`${url}: not found`);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** `base` is the site's base URL, ending in '/'. */
export function httpSource(base: string): DataSource {
  const url = (path: string) => base + path;
  let depositFile: Promise<DepositFile> | null = null;
  const allDeposits = () => (depositFile ??= fetchOk(url(DEPOSITS_FILE)).then((r) => r.json() as Promise<DepositFile>));

  let explorer: Promise<ExplorerData> | null = null;
  let indexById: Promise<Map<string, number>> | null = null;
  const loadExplorer = () => (explorer ??= compactData().catch((error: unknown) => {
    if (!(error instanceof MissingFile)) throw error;
    return allDeposits().then(explorerDataFromDeposits);
  }));
  const indexOf = () => (indexById ??= loadExplorer().then((data) => new Map(data.deposits.map((d, i) => [d.id, i]))));

  async function compactData(): Promise<ExplorerData> {
    const [points, index] = await Promise.all([
      fetchOk(url(EXPLORER_FILES.points)).then((r) => r.arrayBuffer()),
      fetchOk(url(EXPLORER_FILES.index)).then((r) => r.json() as Promise<ExplorerIndex>),
    ]);
    return decodeExplorerData(decodeExplorerPoints(points), index);
  }

  const shards = new Map<number, Promise<RecordShard | null>>();
  function shard(number: number): Promise<RecordShard | null> {
    let pending = shards.get(number);
    if (!pending) {
      pending = fetchOk(url(EXPLORER_FILES.records(number)))
        .then((r) => r.json() as Promise<RecordShard>)
        .catch((error: unknown) => {
          if (error instanceof MissingFile) return null;
          shards.delete(number);
          throw error;
        });
      shards.set(number, pending);
    }
    return pending;
  }

  async function recordAt(index: number): Promise<Deposit | null> {
    const found = await shard(recordShardOf(index));
    if (found) return found.deposits[index - found.first] ?? null;
    return (await allDeposits()).deposits[index] ?? null;
  }

  async function records(ids: readonly string[]): Promise<Deposit[]> {
    const indices = await indexOf();
    const wanted = ids.flatMap((id) => {
      const index = indices.get(id);
      return index === undefined ? [] : [index];
    });
    const numbers = [...new Set(wanted.map(recordShardOf))];
    for (let i = 0; i < numbers.length; i += CONCURRENT_SHARDS) {
      await Promise.all(numbers.slice(i, i + CONCURRENT_SHARDS).map(shard));
    }
    const found = await Promise.all(wanted.map(recordAt));
    return found.filter((d): d is Deposit => d !== null);
  }

  let history: Promise<OccupationHistory | null> | null = null;
  const loadHistory = () => (history ??= fetchOk(url(EXPLORER_FILES.occupation))
    .then((r) => r.arrayBuffer())
    .then(decodeOccupationFile)
    .catch((error: unknown) => {
      if (error instanceof MissingFile) return null;
      history = null;
      throw error;
    }));

  // Ukraine's land, for drawing the line at a past date: fetched only when a past date's distances are asked for.
  let land: Promise<Land | null> | null = null;
  const loadLand = () => (land ??= fetchOk(url(EXPLORER_FILES.land))
    .then((r) => r.json() as Promise<LandFile>)
    .then(landFromFile)
    .catch((error: unknown) => {
      if (error instanceof MissingFile) return null;
      land = null;
      throw error;
    }));

  return {
    explorer: loadExplorer,
    async record(id) {
      const index = (await indexOf()).get(id);
      return index === undefined ? null : recordAt(index);
    },
    records,
    async occupation(date) {
      const loaded = await loadHistory();
      return loaded === null ? null : occupationLayerAt(loaded, date);
    },
    async distances(date) {
      const [data, loaded] = await Promise.all([loadExplorer(), loadHistory()]);
      const outline = loaded === null ? null : await loadLand();
      return loaded === null || outline === null ? null : distancesAt(loaded, outline, data.deposits, date);
    },
  };
}
