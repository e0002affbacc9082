// The map, through the map module's interface only (src/app/map/types.ts): created at once, so the base map loads
// while the deposits download; given the points when they are in; then told about every change of the filters,
// the date, the language and the selection.

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { OccupationStatus } from '../../core/deposit.ts';
import { createDepositMap } from '../map/createDepositMap.ts';
import type { DepositMap, MapPoint, OccupationLayer } from '../map/types.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface MapViewProps {
  /** Null until the data is in. */
  points: readonly (MapPoint | null)[] | null;
  visible: Uint8Array;
  statuses: readonly OccupationStatus[];
  occupation: OccupationLayer | null;
  selected: number | null;
  onSelect(index: number | null): void;
}

export function MapView({ points, visible, statuses, occupation, selected, onSelect }: MapViewProps) {
  const i18n = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const select = useEffectEvent((index: number | null) => onSelect(index));
  const currentLanguage = useEffectEvent(() => i18n.language);

  const [created, setCreated] = useState<DepositMap | null>(null);

  useEffect(() => {
    const map = createDepositMap({ container: container.current!, language: currentLanguage(), onSelect: (i) => select(i) });
    setCreated(map);
    return () => {
      setCreated(null);
      map.destroy();
    };
  }, []);

  // Everything else waits for the points, so that the map never sees an index it does not know.
  const map = points === null ? null : created;
  useEffect(() => {
    if (map !== null && points !== null) map.setPoints(points);
  }, [map, points]);
  useEffect(() => map?.setVisible(visible), [map, visible]);
  useEffect(() => map?.setStatuses(statuses), [map, statuses]);
  useEffect(() => map?.setOccupation(occupation), [map, occupation]);
  useEffect(() => map?.setLanguage(i18n.language), [map, i18n.language]);
  useEffect(() => map?.select(selected), [map, selected]);

  return <div className="map" ref={container} role="region" aria-label={i18n.t('map.label')} />;
}
