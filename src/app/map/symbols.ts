// How a deposit is drawn, shared by the map and its legend. Colours are Okabe–Ito (distinguishable with every
// common colour-vision deficiency) and never the only cue: several headline minerals add a white centre dot,
// development status sets the size, and occupation status draws a ring (solid when occupied, dashed when contested).

import type { DevStatusId, OccupationStatus } from '../../core/deposit.ts';
import type { MineralClass } from '../../core/explorer/types.ts';

export const MINERAL_CLASS_COLOURS: Readonly<Record<MineralClass, string>> = {
  titanium: '#0072B2', // blue
  lithium: '#E69F00', // orange
  graphite: '#F0E442', // yellow
  'rare-earths': '#009E73', // bluish green
  multi: '#CC79A7', // reddish purple, with a white centre dot
  other: '#9A9A9A', // grey
};

/** Diameter of the coloured disc, CSS pixels, at zoom 6. */
export const DEV_STATUS_DIAMETERS: Readonly<Record<DevStatusId, number>> = {
  producer: 15,
  'past-producer': 13,
  developed: 13,
  explored: 11,
  prospect: 10,
  occurrence: 9,
  unknown: 9,
};

export type RingStyle = 'solid' | 'dashed' | 'none';

export const OCCUPATION_RINGS: Readonly<Record<OccupationStatus, RingStyle>> = {
  occupied: 'solid',
  contested: 'dashed',
  'not-occupied': 'none',
  'not-applicable': 'none',
  unknown: 'none',
};

/** The occupied area and the ring of a deposit inside it share this colour (Okabe–Ito vermillion). */
export const OCCUPIED_COLOUR = '#D55E00';
export const OUTLINE_COLOUR = '#222222';
export const SELECTION_COLOUR = '#000000';

export const RING_WIDTH_PX = 3;
export const OUTLINE_WIDTH_PX = 1;
export const SELECTION_WIDTH_PX = 3;
