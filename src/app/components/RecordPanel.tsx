// The selected deposit's full record, fetched when it opens. Every value is rendered as text.

import { useEffect, useId, useState } from 'react';
import type { Deposit, OccupationStatus } from '../../core/deposit.ts';
import { hasCyrillic } from '../../core/transliterate.ts';
import type { DataSource } from '../data/source.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { MethodLink } from '../../method/MethodLink.tsx';

interface RecordPanelProps {
  id: string;
  /** The name another deposit is shown by, given its id (the id itself when it is not in the data). */
  nameOf(id: string): string;
  source: DataSource;
  /** The view's date, the deposit's status on it, and its distance to that date's line (undefined until measured). */
  date: string | null;
  status: OccupationStatus | null;
  distance?: number | null;
  onClose(): void;
}

type Loaded = { id: string; record: Deposit | null } | { id: string; error: string };

export function RecordPanel({ id, nameOf, source, date, status, distance, onClose }: RecordPanelProps) {
  const i18n = useI18n();
  const headingId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    source.record(id).then(
      (record) => current && setLoaded({ id, record }),
      (error: unknown) => current && setLoaded({ id, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, source]);

  const result = loaded?.id === id ? loaded : null;
  return (
    <aside
      className="record"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <button type="button" className="close" onClick={onClose}>
        <span aria-hidden="true">× </span>
        {i18n.t('record.close')}
      </button>
      {result === null ? (
        <>
          <h2 id={headingId}>{i18n.t('record.label')}</h2>
          <p role="status">{i18n.t('record.loading')}</p>
        </>
      ) : 'error' in result ? (
        <>
          <h2 id={headingId}>{i18n.t('record.label')}</h2>
          <p role="alert">{i18n.t('record.error', { message: result.error })}</p>
        </>
      ) : result.record === null ? (
        <>
          <h2 id={headingId}>{i18n.t('record.label')}</h2>
          <p>{i18n.t('record.notFound')}</p>
        </>
      ) : (
        <RecordBody record={result.record} headingId={headingId} date={date} status={status} distance={distance} nameOf={nameOf} />
      )}
    </aside>
  );
}

interface RecordBodyProps {
  record: Deposit;
  headingId: string;
  date: string | null;
  status: OccupationStatus | null;
  distance: number | null | undefined;
  nameOf(id: string): string;
}

function RecordBody({ record, headingId, date, status, distance, nameOf }: RecordBodyProps) {
  const i18n = useI18n();
  const o = record.occupation;
  // Records written before linking have no `link`.
  const otherNames = (record.link?.otherNames ?? []).filter((n) => n !== record.name.original && n !== record.name.latin);
  const contains = record.link?.contains ?? [];
  const containedIn = record.link?.containedIn ?? null;
  const none = i18n.t('value.none');
  const yesNo = (value: boolean | null) => (value === null ? none : value ? i18n.t('value.yes') : i18n.t('value.no'));
  const km = (value: number | null) =>
    value === null ? none : i18n.t('record.km', { km: i18n.number(value, 1) }) + (value < 0 ? ` (${i18n.t('record.inside')})` : '');
  return (
    <>
      <h2 id={headingId} lang={hasCyrillic(record.name.original) ? 'uk' : undefined}>
        {record.name.original}
      </h2>
      {record.name.latin !== null && record.name.latin !== record.name.original && <p className="latin">{record.name.latin}</p>}
      {otherNames.length > 0 && <p className="other-names">{i18n.t('record.otherNames', { names: otherNames.join('; ') })}</p>}

      {contains.length > 0 && (
        <>
          <h3>{i18n.t('record.contains')}</h3>
          <p>{i18n.t('record.containsCounting')}</p>
          <ul className="contains">
            {contains.map((other) => (
              <li key={other}>{nameOf(other)}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{i18n.t('record.minerals')}</h3>
      <ul>
        {record.minerals.map((m) => (
          <li key={m.id}>
            {i18n.mineral(m.id)} <small>({i18n.t('record.asWritten', { text: m.asWritten })})</small>
          </li>
        ))}
      </ul>

      <h3>{i18n.t('record.location')}</h3>
      <dl>
        {record.location === null ? (
          <div>
            <dt>{i18n.t('record.coordinates')}</dt>
            <dd>{i18n.t('record.noLocation')}</dd>
          </div>
        ) : (
          <div>
            <dt>{i18n.t('record.coordinates')}</dt>
            <dd>
              {i18n.number(record.location.lat, 5)}, {i18n.number(record.location.lon, 5)}{' '}
              <small>({i18n.t('record.precision', { precision: i18n.t(`precision.${record.location.precision}`) })})</small>
            </dd>
          </div>
        )}
        <div>
          <dt>{i18n.t('record.country')}</dt>
          <dd>{record.country === null ? none : i18n.country(record.country)}</dd>
        </div>
        <div>
          <dt>{i18n.t('record.oblast')}</dt>
          <dd>{record.oblast === null ? none : i18n.oblast(record.oblast.code)}</dd>
        </div>
        {record.adminArea !== null && (
          <div>
            <dt>{i18n.t('record.adminArea')}</dt>
            <dd>{record.adminArea}</dd>
          </div>
        )}
        {containedIn !== null && (
          <div>
            <dt>{i18n.t('record.containedIn')}</dt>
            <dd>{nameOf(containedIn)}</dd>
          </div>
        )}
      </dl>

      <h3>{i18n.t('record.occupation')}</h3>
      <dl>
        {date !== null && status !== null && (
          <div>
            <dt>{i18n.t('record.statusOn', { date: i18n.date(date) })}</dt>
            <dd data-testid="record-status">{i18n.t(`status.${status}`)}</dd>
          </div>
        )}
        <div>
          <dt>{o.asOf === null ? i18n.t('table.status') : i18n.t('record.statusLatest', { date: i18n.date(o.asOf) })}</dt>
          <dd>{i18n.t(`status.${o.status}`)}</dd>
        </div>
        <div>
          <dt>{i18n.t('record.changes')}</dt>
          <dd>
            {o.changes.length === 0 ? (
              i18n.t('record.noChanges')
            ) : (
              <ol className="changes">
                {o.changes.map((c, k) => (
                  <li key={k}>
                    {i18n.t('record.change', { status: i18n.t(`status.${c.to}`), from: i18n.date(c.between[0]), to: i18n.date(c.between[1]) })}{' '}
                    <small>{c.source}</small>
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        {o.source !== null && (
          <div>
            <dt>{i18n.t('record.lineSource')}</dt>
            <dd>{o.source}</dd>
          </div>
        )}
        <div>
          <dt>{i18n.t('record.before2022')}</dt>
          <dd>{yesNo(o.occupiedBefore2022)}</dd>
        </div>
        {date !== null && distance !== undefined && (
          <div>
            <dt>{i18n.t('record.distanceOn', { date: i18n.date(date) })}</dt>
            <dd data-testid="record-distance">{km(distance)}</dd>
          </div>
        )}
        <div>
          <dt>{o.asOf === null ? i18n.t('record.distance') : i18n.t('record.distanceLatest', { date: i18n.date(o.asOf) })}</dt>
          <dd>{km(o.distanceKm)}</dd>
        </div>
        {o.reported !== null && (
          <div>
            <dt>{i18n.t('record.reported')}</dt>
            <dd>
              {o.reported.text}
              <ul className="reported-sources">
                {o.reported.source.split(';').map((source, k) => (
                  <li key={k}>
                    <small>{safeLink(source) ? <a href={source} target="_blank" rel="noopener noreferrer">{source}</a> : source}</small>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      <MethodLink section="status" />

      <h3>{i18n.t('record.development')}</h3>
      <dl>
        <div>
          <dt>{i18n.t('record.devStatus')}</dt>
          <dd>
            {i18n.t(`devStatus.${record.devStatus.id}`)}
            {record.devStatus.asWritten !== null && <small> ({i18n.t('record.asWritten', { text: record.devStatus.asWritten })})</small>}
          </dd>
        </div>
        <div>
          <dt>{i18n.t('record.reserves')}</dt>
          <dd>
            {record.reserves.length === 0 ? (
              i18n.t('record.noReserves')
            ) : (
              <ul>
                {record.reserves.map((r, k) => (
                  <li key={k}>{r.asWritten}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      <h3>{i18n.t('record.sources')}</h3>
      <ul className="sources">
        {record.sources.map((s, k) => (
          <li key={k}>
            <strong>{i18n.t(`dataset.${s.dataset}`)}</strong>: {i18n.t('record.sourceLine', { file: s.file, line: i18n.number(s.line) })}
            {'; '}
            {i18n.t('record.recordId', { id: s.recordId })}
            {s.url !== null && safeLink(s.url) && (
              <>
                {' '}
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {i18n.t('record.open')}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Only web links become links: a data file must not be able to plant a javascript: URL. */
const WEB_LINK = /^https?:\/\//i;
function safeLink(url: string): boolean {
  return WEB_LINK.test(url);
}
