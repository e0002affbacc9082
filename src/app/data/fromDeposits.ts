// The explorer's data built from deposits.json, for a site built without the compact explorer files.

import type { DepositFile } from '../../core/deposit.ts';
import { toExplorerData } from '../../core/explorer/compact.ts';
import type { ExplorerData } from '../../core/explorer/types.ts';

/** The history's latest date is the latest any deposit was enriched at; its source goes with it. */
export function explorerDataFromDeposits(file: DepositFile): ExplorerData {
  let asOf: string | null = null;
  let source: string | null = null;
  for (const { occupation } of file.deposits) {
    if (occupation.asOf !== null && (asOf === null || occupation.asOf > asOf)) {
      asOf = occupation.asOf;
      source = occupation.source;
    }
  }
  return toExplorerData(file.deposits, asOf, source);
}
