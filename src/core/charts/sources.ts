// What a chart's "Source:" line names: the deposit datasets its deposits come from, and the occupation source.

import { DATASETS, type Dataset } from '../deposit.ts';
import type { ChartSelection } from './selection.ts';

/** The datasets of the matching deposits, in DATASETS order. */
export function datasetsOf(selection: ChartSelection): Dataset[] {
  const seen = new Set<Dataset>();
  const { deposits, visible } = selection;
  for (let i = 0; i < deposits.length && seen.size < DATASETS.length; i++) {
    if (visible[i] === 1) for (const dataset of deposits[i]!.datasets) seen.add(dataset);
  }
  return DATASETS.filter((d) => seen.has(d));
}

const SOURCE_PREFIX = /^Source:\s*/i;

/** The occupation source's citation ("Source: DeepStateMap (deepstatemap.live), 2026-08-22") without its prefix. */
export function occupationCitation(occupationSource: string | null): string | null {
  return occupationSource === null ? null : occupationSource.replace(SOURCE_PREFIX, '');
}
