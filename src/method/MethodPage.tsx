// The method page: how every number is made, in the reader's language. Every piece is text rendered by React.

import { useEffect } from 'react';
import type { Language } from '../app/state/url.ts';
import { methodContent, type MethodBlock } from './content.ts';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', uk: 'Українська' };

function Block({ block }: { block: MethodBlock }) {
  if (typeof block === 'string') return <p>{block}</p>;
  if ('list' in block) {
    return (
      <ul>
        {block.list.map((item, k) => (
          <li key={k}>{item}</li>
        ))}
      </ul>
    );
  }
  return (
    <pre>
      <code>{block.code}</code>
    </pre>
  );
}

export function MethodPage({ language }: { language: Language }) {
  const content = methodContent(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${content.title} — Nadra`;
  }, [language, content.title]);
  return (
    <main className="method">
      <nav className="method-nav" aria-label={content.language}>
        <a href={language === 'en' ? './' : './?lang=uk'}>{content.backToExplorer}</a>
        <span className="languages">
          {(Object.keys(LANGUAGE_NAMES) as Language[]).map((l) => (
            <a key={l} href={l === 'en' ? '?' : `?lang=${l}`} lang={l} aria-current={l === language ? 'page' : undefined}>
              {LANGUAGE_NAMES[l]}
            </a>
          ))}
        </span>
      </nav>
      <h1>{content.title}</h1>
      <p className="intro">{content.intro}</p>
      <nav aria-labelledby="method-contents">
        <h2 id="method-contents">{content.contents}</h2>
        <ol>
          {content.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {content.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`}>
          <h2 id={`${s.id}-heading`}>{s.heading}</h2>
          {s.blocks.map((block, k) => (
            <Block key={k} block={block} />
          ))}
        </section>
      ))}
    </main>
  );
}
