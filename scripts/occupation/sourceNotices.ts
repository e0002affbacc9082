// Attribution and terms carried inside every built history, beside the polygons (data/occupation/README.md).

import type { SnapshotSourceId, SourceNotice } from '../../src/core/occupation/history.ts';

const DEEPSTATE_TERMS =
  'DeepStateMap.live (DEEPSTATEUATECH LLC) owns its maps; its licence (https://deepstatemap.live/license-en.html) ' +
  'allows free use for volunteer, charitable and defence-of-Ukraine work and restricts redistribution of its API. ' +
  'These areas are derived from its maps, simplified (boundaries moved by at most 100 m) and classified by Nadra; ' +
  'they are not the original maps. Cite "Source: DeepStateMap (deepstatemap.live)" with the snapshot date. ' +
  'Anyone who wants the raw maps must get them from deepstatemap.live.';

export const SOURCE_NOTICES: Readonly<Record<SnapshotSourceId, SourceNotice>> = {
  baseline: {
    id: 'baseline',
    name: 'DeepStateMap: areas occupied before 2022',
    attribution: 'Source: DeepStateMap (deepstatemap.live), areas occupied before 2022 as drawn on 2022-04-03',
    terms: DEEPSTATE_TERMS,
  },
  'deepstate-raw': {
    id: 'deepstate-raw',
    name: 'DeepStateMap',
    attribution: 'Source: DeepStateMap (deepstatemap.live)',
    terms: DEEPSTATE_TERMS,
  },
  'deepstate-occupied': {
    id: 'deepstate-occupied',
    name: 'DeepStateMap (occupied area)',
    attribution: 'Source: DeepStateMap (deepstatemap.live)',
    terms: `${DEEPSTATE_TERMS} Daily occupied-area extracts via github.com/cyterat/deepstate-map-data.`,
  },
  isw: {
    id: 'isw',
    name: "ISW and AEI's Critical Threats Project",
    attribution: "Source: Institute for the Study of War and AEI's Critical Threats Project",
    terms:
      "ISW's geodata may not be used or redistributed without ISW's written consent. This part was built from " +
      'files the user supplied and must not be published.',
  },
};
