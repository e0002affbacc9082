// @vitest-environment jsdom
// The height message and the host page's script, run in a document with two iframes.

import { describe, expect, it } from 'vitest';
import { embedSnippet, heightPoster, HOST_SCRIPT, isHeightMessage, type HeightMessage } from '../../src/embed/heightMessage.ts';

describe('the height message', () => {
  it('is posted to the parent when the height changes, rounded up, and not again for the same height', () => {
    const posted: [unknown, string][] = [];
    const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) } as unknown as Window;
    const post = heightPoster(parent, 'https://example.org/embed.html?chart=distance');
    post(410.2);
    post(410.9);
    post(512);
    expect(posted).toEqual([
      [{ type: 'nadra:embed-height', height: 411, href: 'https://example.org/embed.html?chart=distance' }, '*'],
      [{ type: 'nadra:embed-height', height: 512, href: 'https://example.org/embed.html?chart=distance' }, '*'],
    ]);
    expect(posted.every(([m]) => isHeightMessage(m))).toBe(true);
    expect(isHeightMessage({ type: 'nadra:embed-height', height: '5', href: '' })).toBe(false);
  });

  it('sets the height of the iframe that sent it, through the host script', () => {
    document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
    const script = HOST_SCRIPT.replace('<script>', '').replace('</script>', '');
    new Function(script)();
    const [a, b] = [...document.querySelectorAll('iframe')];
    const message: HeightMessage = { type: 'nadra:embed-height', height: 733, href: 'x' };
    window.dispatchEvent(new MessageEvent('message', { data: message, source: b!.contentWindow }));
    expect(b!.style.height).toBe('733px');
    expect(a!.style.height).toBe('');
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'other', height: 9 }, source: a!.contentWindow }));
    expect(a!.style.height).toBe('');
  });

  it('writes the iframe with its attributes escaped', () => {
    const snippet = embedSnippet('https://example.org/embed.html?chart=by-mineral&lang=uk', 'Графік «Надра»: "A" & <B>');
    expect(snippet).toContain('src="https://example.org/embed.html?chart=by-mineral&amp;lang=uk"');
    expect(snippet).toContain('title="Графік «Надра»: &quot;A&quot; &amp; &lt;B>"');
    expect(snippet).toContain(HOST_SCRIPT);
  });
});
