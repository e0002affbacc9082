// How an embedded chart tells its host page how tall it is, as Datawrapper's responsive embeds do: the chart posts
// its height on load and whenever it changes, and a short script on the host page sets the iframe's height.
//
// The message, posted to the parent window with target origin '*' (it carries no data but a height):
//   { type: 'nadra:embed-height', height: <CSS px, integer>, href: <the chart's URL> }

export const HEIGHT_MESSAGE = 'nadra:embed-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  href: string;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<HeightMessage>;
  return m.type === HEIGHT_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height) && typeof m.href === 'string';
}

/** Posts the height when it changed since the last post; does nothing outside a frame. */
export function heightPoster(target: Window | null, href: string): (height: number) => void {
  let last = -1;
  return (height) => {
    const rounded = Math.ceil(height);
    if (target === null || rounded === last) return;
    last = rounded;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height: rounded, href };
    target.postMessage(message, '*');
  };
}

/**
 * The script a host page pastes once, below its iframes: it sets the height of the iframe whose window sent the
 * message, so several charts on one page each get their own.
 */
export const HOST_SCRIPT = `<script>
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== '${HEIGHT_MESSAGE}' || typeof data.height !== 'number') return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + 'px';
  }
});
</script>`;

/** The iframe for a chart's URL, at the full width of the story's column. */
export function iframeSnippet(src: string, title: string, height = 480): string {
  const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" style="width: 100%; border: 0; height: ${height}px;" loading="lazy" scrolling="no"></iframe>`;
}

export function embedSnippet(src: string, title: string, height?: number): string {
  return `${iframeSnippet(src, title, height)}\n${HOST_SCRIPT}`;
}
