// The compact form of the dataset the explorer loads first: one entry per deposit, in the order of deposits.json
// (sorted by id), so an index means the same deposit everywhere in the client.

import type { Dataset, DevStatusId, LocationPrecision, OccupationStatus } from '../deposit.ts';
import type { MineralId } from '../minerals.ts';

/** The colour class of a deposit on the map: its critical mineral, 'multi' for several, 'other' otherwise. */
export type MineralClass = 'titanium' | 'lithium' | 'graphite' | 'rare-earths' | 'multi' | 'other';

export interface StatusChange {
  to: OccupationStatus;
  between: [string, string];
}

export interface ExplorerDeposit {
  id: string;
  name: string;
  latin: string | null;
  minerals: MineralId[];
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision | null;
  country: string | null;
  oblast: string | null; // ISO 3166-2 code
  datasets: Dataset[];
  devStatus: DevStatusId;
  status: OccupationStatus; // at the history's latest date
  occupiedBefore2022: boolean | null;
  changes: StatusChange[];
  distanceKm: number | null; // at the latest date
  /**
   * Whether the result count and the charts count this deposit (countsInTotals, src/core/linking/counting.ts): false
   * for a district point that holds deposits of its own, which are counted instead. It is still shown and listed.
   */
  counted: boolean;
  /** Ids the deposit's other source records had on their own, so that a permalink to one of them still resolves. */
  aliases: readonly string[];
  /** Names the other source records give, as written: searched like the deposit's own names. */
  otherNames: readonly string[];
  /** Ids of the deposits that lie in this district, sorted; empty for a deposit that is not a district. */
  contains: readonly string[];
  /** Id of the district this deposit lies in, or null. */
  containedIn: string | null;
}

export interface ExplorerData {
  schema: 1;
  asOf: string | null; // the latest snapshot date, null without occupation data
  occupationSource: string | null;
  deposits: ExplorerDeposit[];
}
