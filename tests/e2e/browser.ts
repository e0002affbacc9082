// Headless Chromium for the end-to-end tests (see TESTING.md: Debian's Chromium driven by playwright-core), and
// colour counting in a screenshot, decoded by the browser itself so no PNG library is needed.

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];

/**
 * A fresh browser context that lets requests reach only 127.0.0.1: every other request is aborted and its address
 * recorded in `outside`, which a test asserts is empty.
 */
export async function localOnlyContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; outside: string[] }> {
  const outside: string[] = [];
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, outside };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** How many pixels of the PNG are within `tolerance` (per channel) of each colour (#rrggbb). */
export async function countColours(page: Page, png: Buffer, colours: readonly string[], tolerance = 6): Promise<number[]> {
  return page.evaluate(
    async ({ b64, colours, tolerance }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const targets = colours.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k]!;
          if (Math.abs(data[p]! - t[0]!) <= tolerance && Math.abs(data[p + 1]! - t[1]!) <= tolerance && Math.abs(data[p + 2]! - t[2]!) <= tolerance) {
            counts[k]!++;
          }
        }
      }
      return counts;
    },
    { b64: png.toString('base64'), colours, tolerance },
  );
}
