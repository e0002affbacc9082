// The explorer's shell: header, language, the URL state, and the data loading.

import { useEffect, useState } from 'react';
import type { ExplorerData } from '../core/explorer/types.ts';
import { Header } from './components/Header.tsx';
import type { DataSource } from './data/source.ts';
import { Explorer } from './Explorer.tsx';
import { I18nProvider, useI18n } from './i18n/I18nContext.tsx';
import { useViewState } from './state/useViewState.ts';

type Loaded = { data: ExplorerData } | { error: string };

export function App({ source }: { source: DataSource }) {
  const [view, setView] = useViewState();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    source.explorer().then(
      (data) => current && setLoaded({ data }),
      (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [source]);

  useEffect(() => {
    document.documentElement.lang = view.language;
  }, [view.language]);


  return (
    <I18nProvider language={view.language}>
      <DocumentTitle />
      <a className="skip-link" href="#results">
        <SkipLabel />
      </a>
      <Explorer
        data={loaded !== null && 'data' in loaded ? loaded.data : null}
        loadError={loaded !== null && 'error' in loaded ? loaded.error : null}
        source={source}
        view={view}
        setView={setView}
        header={(count, total) => (
          <Header count={count} total={total} onLanguage={(language) => setView((v) => ({ ...v, language }))} />
        )}
      />
    </I18nProvider>
  );
}

function DocumentTitle() {
  const i18n = useI18n();
  useEffect(() => {
    document.title = `${i18n.t('app.title')} — ${i18n.t('app.subtitle')}`;
  }, [i18n]);
  return null;
}

function SkipLabel() {
  return useI18n().t('app.skipToTable');
}
