// The method page's text, as data: sections of paragraphs, lists and code, rendered by MethodPage as text (never
// as HTML). Written from what the code does: scripts/occupation/*, src/core/occupation/*, src/core/explorer/*,
// src/core/charts/* and data/occupation/README.md.

import type { Language } from '../app/state/url.ts';
import { HOST_SCRIPT, HEIGHT_MESSAGE } from '../embed/heightMessage.ts';
import { methodEn } from './content.en.ts';
import { methodUk } from './content.uk.ts';

export type MethodBlock = string | { list: readonly string[] } | { code: string };

export interface MethodSection {
  id: string;
  heading: string;
  blocks: readonly MethodBlock[];
}

export interface MethodContent {
  title: string;
  intro: string;
  contents: string;
  backToExplorer: string;
  language: string;
  sections: readonly MethodSection[];
}

export interface EmbedFacts {
  messageType: string;
  messageExample: string;
  hostScript: string;
  iframeExample: string;
}

const EMBED_FACTS: EmbedFacts = {
  messageType: HEIGHT_MESSAGE,
  messageExample: `{ "type": "${HEIGHT_MESSAGE}", "height": 512, "href": "https://…/embed.html?chart=by-mineral&minerals=lithium" }`,
  hostScript: HOST_SCRIPT,
  iframeExample:
    '<iframe src="https://…/embed.html?chart=over-time&minerals=lithium,titanium&lang=uk" title="…" ' +
    'style="width: 100%; border: 0; height: 480px;" loading="lazy" scrolling="no"></iframe>',
};

export function methodContent(language: Language): MethodContent {
  return language === 'uk' ? methodUk(EMBED_FACTS) : methodEn(EMBED_FACTS);
}
