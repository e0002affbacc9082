import { useI18n } from '../i18n/I18nContext.tsx';
import { LANGUAGES, type Language } from '../state/url.ts';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', uk: 'Українська' };

interface HeaderProps {
  /** Null while the data loads. */
  count: number | null;
  total: number | null;
  onLanguage(language: Language): void;
}

export function Header({ count, total, onLanguage }: HeaderProps) {
  const i18n = useI18n();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{i18n.t('app.title')}</h1>
        <p>{i18n.t('app.subtitle')}</p>
      </div>
      <p className="result-count" aria-live="polite">
        <strong data-testid="result-count" data-count={count ?? undefined}>
          {count === null ? '…' : i18n.plural('results', count)}
        </strong>
        {total !== null && <span> {i18n.t('results.ofTotal', { total: i18n.number(total) })}</span>}
      </p>
      <div className="language-switch" role="group" aria-label={i18n.t('language.label')}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={language === i18n.language}
            onClick={() => onLanguage(language)}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        ))}
      </div>
    </header>
  );
}
