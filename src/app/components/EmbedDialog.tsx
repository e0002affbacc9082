// "Embed or download a chart": the iframe snippet for the current view (filters, date, language), with the chart
// chosen, an optional title, and a live preview drawn by the same code as the embed page, whose buttons download
// it as SVG, PNG or CSV. The chart-drawing code loads when the dialog first opens.

import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_DIR, BASEMAP_FILES } from '../../core/explorer/basemapFiles.ts';
import type { ExplorerData } from '../../core/explorer/types.ts';
import { loadChartLine } from '../../charts/loadLine.ts';
import { buildChartModel, CHART_KINDS, type ChartKind, type ChartRequest } from '../../charts/model.ts';
import { chartText } from '../../charts/text.ts';
import { THEMES } from '../../charts/theme.ts';
import { EMBED_PAGE, methodUrl, serialiseEmbed } from '../../embed/embedUrl.ts';
import { embedSnippet } from '../../embed/heightMessage.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import '../../charts/charts.css';
import type { ViewState } from '../state/url.ts';

interface EmbedDialogProps {
  data: ExplorerData;
  view: ViewState;
}

function siteBase(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

let basemap: Promise<FeatureCollection | null> | null = null;
function loadBasemap(): Promise<FeatureCollection | null> {
  basemap ??= fetch(`${siteBase()}${BASEMAP_DIR}/${BASEMAP_FILES.overview}`)
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
    .catch(() => null);
  return basemap;
}

export function EmbedDialog({ data, view }: EmbedDialogProps) {
  const { language } = useI18n();
  const text = chartText(language);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <section className="embed">
      <button ref={opener} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {text('embed.open')}
      </button>
      {open && (
        <EmbedPanel
          data={data}
          view={view}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function EmbedPanel({ data, view, onClose }: EmbedDialogProps & { onClose(): void }) {
  const { language } = useI18n();
  const text = chartText(language);
  const id = useId();
  const [kind, setKind] = useState<ChartKind>('by-mineral');
  const [title, setTitle] = useState('');
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const deferredTitle = useDeferredValue(title);
  const preview = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // A distance chart at a past date measures distances in the page, once the history and land outline are here.
  const [line, setLine] = useState<ChartRequest['line']>(null);
  const needsLine = kind === 'distance' && view.date !== null;
  useEffect(() => {
    if (!needsLine || line !== null) return;
    let current = true;
    void loadChartLine(siteBase()).then((loaded) => current && setLine(loaded));
    return () => {
      current = false;
    };
  }, [needsLine, line]);

  const base = siteBase();
  const src = new URL(EMBED_PAGE + serialiseEmbed({ kind, view, title: title.trim() === '' ? null : title, theme: 'auto' }), base).href;
  const model = useMemo(
    () =>
      buildChartModel(data, {
        kind,
        view,
        title: deferredTitle.trim() === '' ? null : deferredTitle,
        methodUrl: methodUrl(siteBase(), view.language),
        line: needsLine ? line : null,
      }),
    [data, kind, view, deferredTitle, needsLine, line],
  );
  const snippet = embedSnippet(src, text('embed.iframeTitle', { title: model.frame.title }));

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let current = true;
    const holder = preview.current;
    if (holder === null) return;
    Promise.all([import('../../charts/mount.ts'), model.kind === 'locator' ? loadBasemap() : Promise.resolve(null)])
      .then(([{ mountChart }, map]) => {
        if (!current) return;
        mountChart(holder, model, { theme: THEMES.light, uid: `${id.replaceAll(':', '')}-chart`, basemap: map }, holder.clientWidth);
        setProblem(null);
      })
      .catch((error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
    };
  }, [model, id]);

  const copy = () => {
    void navigator.clipboard?.writeText(snippet).then(() => setCopied(true), () => setCopied(false));
  };

  return (
    <div
      className="embed-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="embed-dialog-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {text('embed.heading')}
        </h2>
        <button type="button" onClick={onClose}>
          <span aria-hidden="true">× </span>
          {text('embed.close')}
        </button>
      </div>
      <fieldset>
        <legend>{text('embed.kind')}</legend>
        {CHART_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name={`${id}-kind`} value={k} checked={k === kind} onChange={() => setKind(k)} /> {text(`kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-title`}>{text('embed.title')}</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        placeholder={model.frame.title}
        aria-describedby={`${id}-title-hint`}
        onChange={(e) => setTitle(e.target.value)}
      />
      <p id={`${id}-title-hint`} className="hint">
        {text('embed.titleHint')}
      </p>
      <label htmlFor={`${id}-snippet`}>{text('embed.snippet')}</label>
      <textarea id={`${id}-snippet`} readOnly rows={6} value={snippet} aria-describedby={`${id}-snippet-hint`} onFocus={(e) => e.target.select()} />
      <p id={`${id}-snippet-hint`} className="hint">
        {text('embed.snippetHint')}
      </p>
      <p>
        <button type="button" onClick={copy}>
          {copied ? text('embed.copied') : text('embed.copy')}
        </button>{' '}
        <a href={src} target="_blank" rel="noopener" data-testid="embed-link">
          {text('embed.link')}
        </a>
      </p>
      <h3>{text('embed.preview')}</h3>
      {problem !== null && <p role="alert">{text('embed.error', { message: problem })}</p>}
      <div ref={preview} className="embed-preview" data-count={model.count}>
        {text('embed.loading')}
      </div>
    </div>
  );
}
