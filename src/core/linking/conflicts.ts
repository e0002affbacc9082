// What a merge set aside: members that disagree with the deposit on development status or oblast, or that lie
// farther from its location than their radius allows (possible when an override joins them, or through a chain of
// links). Each becomes a warning naming both records; nothing is merged silently.

import type { Deposit, SourceRecord } from '../deposit.ts';
import { nearDistanceKm } from './nearDistance.ts';
import type { LinkSettings } from './pairs.ts';

export type ConflictField = 'devStatus' | 'oblast' | 'location';

export interface LinkConflict {
  field: ConflictField;
  /** The member whose value the deposit does not keep. */
  member: Deposit;
  message: string;
}

/** `members` in merge order, `merged` their deposit (mergeMembers). */
export function findConflicts(members: readonly Deposit[], merged: Deposit, settings: LinkSettings): LinkConflict[] {
  const conflicts: LinkConflict[] = [];
  const keptFrom = (index: number | null) => (index === null ? null : merged.sources[index]!);
  const status = merged.devStatus;
  const statusSource = keptFrom(merged.origin.devStatus)!;
  const oblastSource = keptFrom(merged.origin.oblast);
  const locationSource = keptFrom(merged.origin.location);
  for (const member of members) {
    const own = member.sources[0]!;
    if (member.devStatus.id !== 'unknown' && member.devStatus.id !== status.id) {
      conflicts.push({
        field: 'devStatus',
        member,
        message:
          `linked with ${describe(statusSource)}, whose development status is ${status.id} ("${status.asWritten}"); ` +
          `this record says ${member.devStatus.id} ("${member.devStatus.asWritten}"): the deposit keeps ${status.id}`,
      });
    }
    if (member.oblast !== null && merged.oblast !== null && member.oblast.code !== merged.oblast.code && oblastSource) {
      conflicts.push({
        field: 'oblast',
        member,
        message:
          `linked with ${describe(oblastSource)}, which is in ${merged.oblast.name}; this record is in ` +
          `${member.oblast.name}: the deposit keeps ${merged.oblast.name}`,
      });
    }
    const here = member.location;
    const there = merged.location;
    if (here !== null && there !== null && locationSource && own !== locationSource) {
      const km = nearDistanceKm(here.lat, here.lon, there.lat, there.lon);
      const radius = Math.max(settings.radiusKm[here.precision], settings.radiusKm[there.precision]);
      if (km > radius) {
        conflicts.push({
          field: 'location',
          member,
          message:
            `linked with ${describe(locationSource)}, whose location (${there.precision}) is ${km.toFixed(1)} km from ` +
            `this record's, more than the ${radius} km radius: the deposit keeps that location`,
        });
      }
    }
  }
  return conflicts;
}

function describe(source: SourceRecord): string {
  return `${source.dataset}:${source.recordId} (${source.file} line ${source.line})`;
}
