// The matching deposits as a table: the accessible view of the map. Only the rows in view are rendered (fixed row
// height, a scroll container and spacers), so it stays fast at 300,000 rows. A grid with a roving tab stop: arrow
// keys, Page Up/Down, Home and End move between rows, Enter or Space selects.

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { OccupationStatus } from '../../core/deposit.ts';
import type { ExplorerDeposit } from '../../core/explorer/types.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import type { Sort, SortKey } from '../state/url.ts';
import { displayName, mineralNames } from '../table/sortRows.ts';

/** Must match --row-height in styles.css. */
export const ROW_HEIGHT = 36;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gap. */
const OVERSCAN = 8;
/** The viewport height to plan for before layout has measured one (and in environments without layout). */
const FALLBACK_VIEWPORT = 480;

const COLUMNS: readonly { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'table.name' },
  { key: 'minerals', label: 'table.minerals' },
  { key: 'oblast', label: 'table.oblast' },
  { key: 'status', label: 'table.status' },
  { key: 'distance', label: 'table.distance' },
];

interface ResultTableProps {
  deposits: readonly ExplorerDeposit[];
  /** Deposit indices in display order. */
  rows: Uint32Array;
  statuses: readonly OccupationStatus[];
  /** Each deposit's distance to the line on the view's date. */
  distances: readonly (number | null)[];
  sort: Sort | null;
  onSort(sort: Sort): void;
  selected: number | null;
  onSelect(index: number): void;
}

export function ResultTable({ deposits, rows, statuses, distances, sort, onSort, selected, onSelect }: ResultTableProps) {
  const i18n = useI18n();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  /** The row (a position in `rows`) that holds the tab stop. */
  const [cursor, setCursor] = useState(0);
  const focusPending = useRef(false);

  const selectedPosition = selected === null ? -1 : rows.indexOf(selected);
  const last = rows.length - 1;
  const active = Math.min(cursor, Math.max(last, 0));

  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () => setViewport(element.clientHeight > 0 ? element.clientHeight : FALLBACK_VIEWPORT);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  // A selection made elsewhere (on the map, from a permalink) takes the tab stop and brings its row into view.
  const [shownSelection, setShownSelection] = useState(-1);
  if (selectedPosition !== shownSelection) {
    setShownSelection(selectedPosition);
    if (selectedPosition >= 0) setCursor(selectedPosition);
  }
  useEffect(() => {
    if (selectedPosition >= 0) setScrollTop(scrollIntoView(scroller.current!, selectedPosition));
  }, [selectedPosition]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-position="${active}"]`)?.focus();
  });

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  const moveTo = (position: number) => {
    const target = Math.max(0, Math.min(last, position));
    setCursor(target);
    focusPending.current = true;
    setScrollTop(scrollIntoView(scroller.current!, target));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && rows.length > 0) {
      event.preventDefault();
      onSelect(rows[active]!);
    }
  };

  const visibleRows = [];
  for (let position = first; position < end; position++) {
    const index = rows[position]!;
    const d = deposits[index]!;
    const unlocated = d.lat === null || d.lon === null;
    visibleRows.push(
      <tr
        key={d.id}
        data-position={position}
        aria-rowindex={position + 2}
        aria-selected={index === selected}
        tabIndex={position === active ? 0 : -1}
        className={index === selected ? 'selected' : undefined}
        onClick={() => {
          setCursor(position);
          onSelect(index);
        }}
      >
        <td>
          <span className="name">{displayName(d, i18n.language)}</span>
          {unlocated && <span className="unlocated">{i18n.t('table.unlocated')}</span>}
          {d.contains.length > 0 && (
            <>
              {' '}
              <span className="district" title={i18n.t('table.districtNote')}>
                {i18n.t('table.district', { count: i18n.number(d.contains.length) })}
              </span>
            </>
          )}
        </td>
        <td>{mineralNames(d, i18n)}</td>
        <td>{d.oblast === null ? i18n.t('value.none') : i18n.oblast(d.oblast)}</td>
        <td>
          <span className={`status status-${statuses[index]}`}>{i18n.t(`status.${statuses[index]!}`)}</span>
        </td>
        <td className="number">{distances[index] === null ? i18n.t('value.none') : i18n.number(distances[index]!, 1)}</td>
      </tr>,
    );
  }

  return (
    <section className="results" id="results" aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`} className="visually-hidden">
        {i18n.t('table.label')}
      </h2>
      <p id={`${id}-help`} className="visually-hidden">
        {i18n.t('table.help')}
      </p>
      <div className="table-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <table role="grid" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map(({ key, label }) => {
                const sorted = sort?.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined;
                return (
                  <th key={key} scope="col" aria-sort={sorted} className={key === 'distance' ? 'number' : undefined}>
                    <button
                      type="button"
                      title={i18n.t('table.sortBy', { column: i18n.t(label) })}
                      onClick={() => onSort({ key, descending: sorted === 'ascending' })}
                    >
                      {i18n.t(label)}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {first > 0 && <tr className="spacer" aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {visibleRows}
            {end < rows.length && <tr className="spacer" aria-hidden="true" style={{ height: (rows.length - end) * ROW_HEIGHT }} />}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{i18n.t('table.empty')}</p>}
      </div>
    </section>
  );
}

/**
 * Scrolls the container the least that shows the row at `position` whole (below the sticky header), and returns
 * the new scroll position: the window of rows follows it at once, without waiting for a scroll event.
 */
function scrollIntoView(container: HTMLElement, position: number): number {
  const header = container.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const top = position * ROW_HEIGHT;
  const bottom = top + ROW_HEIGHT;
  const height = container.clientHeight > 0 ? container.clientHeight - header : FALLBACK_VIEWPORT;
  let scrollTop = container.scrollTop;
  if (top < scrollTop) scrollTop = top;
  else if (bottom > scrollTop + height) scrollTop = bottom - height;
  container.scrollTop = scrollTop;
  return scrollTop;
}
