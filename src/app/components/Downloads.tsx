// Downloads of the matching deposits, in the table's order. The full records are fetched only when asked for.

import { useState } from 'react';
import type { OccupationStatus } from '../../core/deposit.ts';
import type { ExplorerDeposit } from '../../core/explorer/types.ts';
import type { DataSource } from '../data/source.ts';
import { exportCsv, exportGeoJson, type ExportRow } from '../download/exportFiles.ts';
import { saveFile } from '../download/saveFile.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

type Format = 'csv' | 'csvBom' | 'geojson';

const FILES: Record<Format, { extension: string; type: string }> = {
  csv: { extension: '.csv', type: 'text/csv;charset=utf-8' },
  csvBom: { extension: '-excel.csv', type: 'text/csv;charset=utf-8' },
  geojson: { extension: '.geojson', type: 'application/geo+json' },
};

interface DownloadsProps {
  source: DataSource;
  deposits: readonly ExplorerDeposit[];
  rows: Uint32Array;
  statuses: readonly OccupationStatus[];
  distances: readonly (number | null)[];
  /** The view's date; null without an occupation history. */
  date: string | null;
}

export function Downloads({ source, deposits, rows, statuses, distances, date }: DownloadsProps) {
  const i18n = useI18n();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const download = async (format: Format) => {
    setState({ busy: true, error: null });
    try {
      const ids = Array.from(rows, (i) => deposits[i]!.id);
      const indexById = new Map(Array.from(rows, (i) => [deposits[i]!.id, i]));
      const records = await source.records(ids);
      const exportRows: ExportRow[] = records.map((deposit) => {
        const i = indexById.get(deposit.id)!;
        return { deposit, status: statuses[i]!, distance: distances[i]! };
      });
      const text = format === 'geojson' ? exportGeoJson(exportRows, date) : exportCsv(exportRows, date, format === 'csvBom');
      const { extension, type } = FILES[format];
      saveFile(new Blob([text], { type }), `nadra-deposits-${date ?? 'latest'}${extension}`);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="downloads" aria-labelledby="downloads-heading" aria-busy={state.busy}>
      <h2 id="downloads-heading">{i18n.t('downloads.heading')}</h2>
      <div className="buttons">
        {(['csv', 'csvBom', 'geojson'] as const).map((format) => (
          <button key={format} type="button" disabled={state.busy} onClick={() => void download(format)}>
            {i18n.t(`downloads.${format}`)}
          </button>
        ))}
      </div>
      {state.busy && <p role="status">{i18n.t('downloads.preparing')}</p>}
      {state.error !== null && <p role="alert">{i18n.t('downloads.error', { message: state.error })}</p>}
    </section>
  );
}
