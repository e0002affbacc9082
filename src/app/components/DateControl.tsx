import { useEffect, useEffectEvent, useId, useState } from 'react';
import { HISTORY_START } from '../../core/explorer/statusAt.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { addDays, addMonths, clampDate, daysBetween } from '../state/dates.ts';

/** One step of playback, and how long each step is shown. */
const PLAY_STEP_MONTHS = 1;
const PLAY_INTERVAL_MS = 700;

interface DateControlProps {
  /** The date shown, between HISTORY_START and `latest`. */
  date: string;
  latest: string;
  /** Null goes back to the latest date. */
  onChange(date: string | null): void;
  /** The line's attribution on the date; undefined while it loads, null when there is none. */
  line: string | null | undefined;
}

export function DateControl({ date, latest, onChange, line }: DateControlProps) {
  const i18n = useI18n();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const total = daysBetween(HISTORY_START, latest);
  const go = (next: string) => {
    const clamped = clampDate(next, HISTORY_START, latest);
    onChange(clamped === latest ? null : clamped);
  };
  const atEnd = date >= latest;

  const step = useEffectEvent(() => {
    if (date >= latest) {
      setPlaying(false);
      return;
    }
    go(addMonths(date, PLAY_STEP_MONTHS));
  });
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => step(), PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const togglePlay = () => {
    if (!playing && atEnd) go(HISTORY_START);
    setPlaying(!playing);
  };

  return (
    <section className="date-control" aria-labelledby={`${id}-label`}>
      <div className="date-row">
        <label id={`${id}-label`} htmlFor={`${id}-day`}>
          {i18n.t('date.label')}
        </label>
        <input
          id={`${id}-day`}
          type="date"
          min={HISTORY_START}
          max={latest}
          value={date}
          required
          onChange={(e) => e.target.value !== '' && go(e.target.value)}
        />
        <button type="button" onClick={() => go(addMonths(date, -1))} disabled={date <= HISTORY_START}>
          <span aria-hidden="true">◀ </span>
          {i18n.t('date.previous')}
        </button>
        <button type="button" aria-pressed={playing} onClick={togglePlay}>
          {playing ? i18n.t('date.pause') : i18n.t('date.play')}
        </button>
        <button type="button" onClick={() => go(addMonths(date, 1))} disabled={atEnd}>
          {i18n.t('date.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" onClick={() => onChange(null)} disabled={atEnd}>
          {i18n.t('date.latest')}
        </button>
      </div>
      <input
        className="date-slider"
        type="range"
        min={0}
        max={total}
        step={1}
        value={daysBetween(HISTORY_START, date)}
        aria-label={i18n.t('date.label')}
        aria-valuetext={i18n.date(date)}
        onChange={(e) => go(addDays(HISTORY_START, Number(e.target.value)))}
      />
      <p className="date-range">
        <output htmlFor={`${id}-day`}>{i18n.date(date)}</output>{' '}
        <span>({i18n.t('date.range', { from: i18n.date(HISTORY_START), to: i18n.date(latest) })})</span>
      </p>
      <p className="line-source">
        {line === undefined ? i18n.t('date.lineLoading') : line === null ? i18n.t('date.noLine') : i18n.t('date.line', { source: line })}
      </p>
    </section>
  );
}
