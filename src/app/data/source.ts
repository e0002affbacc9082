// Where the explorer gets its data: over HTTP from the built site (httpSource.ts), or from fixtures in tests.

import type { Deposit } from '../../core/deposit.ts';
import type { ExplorerData } from '../../core/explorer/types.ts';
import type { OccupationLayer } from '../map/types.ts';

export interface DataSource {
  /** Every deposit in compact form, in the order of deposits.json. */
  explorer(): Promise<ExplorerData>;
  /** The full record of one deposit; null when no deposit has that id. */
  record(id: string): Promise<Deposit | null>;
  /** Full records, in the order asked for; ids not in the data are left out. */
  records(ids: readonly string[]): Promise<Deposit[]>;
  /** The occupied areas on a date; null when the site ships no occupation history. */
  occupation(date: string): Promise<OccupationLayer | null>;
  /**
   * Each deposit's distance to the line on a date, in km, by index as `explorer()` orders them (negative inside the
   * occupied area); null when the site ships no history or no land outline to measure with.
   */
  distances(date: string): Promise<(number | null)[] | null>;
}
