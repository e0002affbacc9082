// The interface language for every component below the provider.

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../state/url.ts';
import { createI18n, type I18n } from './i18n.ts';

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(language), [language]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
