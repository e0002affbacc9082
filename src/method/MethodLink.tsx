// A link to the method page (or one of its sections) in the interface language, for the explorer's panels.

import { useI18n } from '../app/i18n/I18nContext.tsx';
import { chartText } from '../charts/text.ts';
import { METHOD_PAGE } from '../embed/embedUrl.ts';

export function MethodLink({ section }: { section?: string }) {
  const { language } = useI18n();
  const href = `${METHOD_PAGE}${language === 'en' ? '' : `?lang=${language}`}${section ? `#${section}` : ''}`;
  return (
    <p className="method-link">
      <a href={href} target="_blank" rel="noopener">
        {chartText(language)('method.link')}
      </a>
    </p>
  );
}
