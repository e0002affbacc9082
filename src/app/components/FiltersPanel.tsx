import { useId, useMemo } from 'react';
import { DATASETS } from '../../core/deposit.ts';
import type { ExplorerFilters } from '../../core/explorer/filter.ts';
import type { MineralId } from '../../core/minerals.ts';
import { OBLAST_LIST } from '../../core/oblasts.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { DEV_STATUSES, STATUSES } from '../state/url.ts';

interface FiltersPanelProps {
  filters: ExplorerFilters;
  /** The minerals in the data, with how many deposits hold each. */
  minerals: ReadonlyMap<MineralId, number>;
  /** The date of the line the distances are measured to, or null without a history; whether it is the latest. */
  distancesAsOf: string | null;
  distancesLatest: boolean;
  onChange(update: Partial<ExplorerFilters>): void;
  onClear(): void;
}

const ANY = '';

export function FiltersPanel({ filters, minerals, distancesAsOf, distancesLatest, onChange, onClear }: FiltersPanelProps) {
  const i18n = useI18n();
  const id = useId();
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const mineralList = useMemo(
    () => [...minerals.keys()].map((m) => ({ id: m, label: i18n.mineral(m) })).sort((a, b) => collator.compare(a.label, b.label)),
    [minerals, i18n, collator],
  );
  const oblasts = useMemo(
    () => OBLAST_LIST.map((o) => ({ code: o.code, label: i18n.oblast(o.code) })).sort((a, b) => collator.compare(a.label, b.label)),
    [i18n, collator],
  );
  const chosen = new Set<MineralId>(filters.minerals);
  const toggleMineral = (mineral: MineralId, on: boolean) =>
    onChange({ minerals: on ? [...filters.minerals, mineral].sort() : filters.minerals.filter((m) => m !== mineral) });

  return (
    <section className="filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{i18n.t('filters.heading')}</h2>

      <div className="field">
        <label htmlFor={`${id}-q`}>{i18n.t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.query}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          onChange={(e) => onChange({ query: e.target.value })}
        />
        <small id={`${id}-q-hint`}>{i18n.t('filters.searchHint')}</small>
      </div>

      <fieldset className="minerals">
        <legend>{i18n.t('filters.minerals')}</legend>
        <small>{i18n.t('filters.mineralsHint')}</small>
        <ul>
          {mineralList.map(({ id: mineral, label }) => (
            <li key={mineral}>
              <label>
                <input type="checkbox" checked={chosen.has(mineral)} onChange={(e) => toggleMineral(mineral, e.target.checked)} />
                {label} <span className="count">({i18n.number(minerals.get(mineral)!)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <Choice
        label={i18n.t('filters.status')}
        value={filters.status}
        options={STATUSES.map((s) => ({ value: s, label: i18n.t(`status.${s}`) }))}
        onChange={(status) => onChange({ status })}
      />
      <Choice
        label={i18n.t('filters.before2022')}
        value={filters.occupiedBefore2022 === null ? null : filters.occupiedBefore2022 ? 'yes' : 'no'}
        options={[{ value: 'yes', label: i18n.t('value.yes') }, { value: 'no', label: i18n.t('value.no') }]}
        onChange={(v) => onChange({ occupiedBefore2022: v === null ? null : v === 'yes' })}
      />
      <Choice
        label={i18n.t('filters.oblast')}
        value={filters.oblast}
        options={oblasts.map((o) => ({ value: o.code, label: o.label }))}
        onChange={(oblast) => onChange({ oblast })}
      />
      <Choice
        label={i18n.t('filters.dataset')}
        value={filters.dataset}
        options={DATASETS.map((d) => ({ value: d, label: i18n.t(`dataset.${d}`) }))}
        onChange={(dataset) => onChange({ dataset })}
      />
      <Choice
        label={i18n.t('filters.devStatus')}
        value={filters.devStatus}
        options={DEV_STATUSES.map((d) => ({ value: d, label: i18n.t(`devStatus.${d}`) }))}
        onChange={(devStatus) => onChange({ devStatus })}
      />

      <fieldset className="distance" aria-describedby={`${id}-distance-hint`}>
        <legend>{i18n.t('filters.distance')}</legend>
        <label>
          {i18n.t('filters.distanceMin')}
          <input
            type="number"
            step="any"
            value={filters.distanceMin ?? ''}
            onChange={(e) => onChange({ distanceMin: numberOrNull(e.target.value) })}
          />
        </label>
        <label>
          {i18n.t('filters.distanceMax')}
          <input
            type="number"
            step="any"
            value={filters.distanceMax ?? ''}
            onChange={(e) => onChange({ distanceMax: numberOrNull(e.target.value) })}
          />
        </label>
        <small id={`${id}-distance-hint`}>
          {distancesAsOf === null
            ? i18n.t('filters.distanceHint')
            : i18n.t(distancesLatest ? 'filters.distanceHintLatest' : 'filters.distanceHintOn', { date: i18n.date(distancesAsOf) })}
        </small>
      </fieldset>

      <button type="button" className="clear" onClick={onClear}>
        {i18n.t('filters.clear')}
      </button>
    </section>
  );
}

function numberOrNull(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange(value: T | null): void;
}

function Choice<T extends string>({ label, value, options, onChange }: ChoiceProps<T>) {
  const i18n = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ANY}
        onChange={(e) => onChange(e.target.value === ANY ? null : (e.target.value as T))}
      >
        <option value={ANY}>{i18n.t('filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
