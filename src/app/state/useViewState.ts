// The view, kept in the URL: read at start and on history navigation, written back (replacing the entry) on change.

import { useEffect, useState } from 'react';
import { parseView, serialiseView, type ViewState } from './url.ts';

export function useViewState(): [ViewState, (update: (view: ViewState) => ViewState) => void] {
  const [view, setView] = useState(() => parseView(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    const search = serialiseView(view);
    const { pathname, hash } = window.location;
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', pathname + search + hash);
  }, [view]);

  return [view, setView];
}
