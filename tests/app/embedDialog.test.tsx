// @vitest-environment jsdom
// The explorer's "Embed" dialog: the snippet carries the view, the preview counts what the table counts, and the
// record panel links to the method page.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseEmbed } from '../../src/embed/embedUrl.ts';
import { SHEVCHENKIVSKE } from './fixture.ts';
import { renderApp, resultCount } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));

const snippetSrc = (snippet: string) => {
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
  return new URL(src);
};

describe('the embed dialog', () => {
  it('gives an iframe for the current view, and a preview that counts what the table counts', async () => {
    const user = userEvent.setup();
    await renderApp('?minerals=graphite,lithium&date=2024-12-31');
    await user.click(screen.getByRole('button', { name: 'Embed or download a chart' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed a chart' });
    expect(within(dialog).getByRole('heading', { name: 'Embed a chart' })).toHaveFocus();

    const src = snippetSrc((within(dialog).getByLabelText('Code to paste into your page') as HTMLTextAreaElement).value);
    expect(src.pathname).toBe('/embed.html');
    const params = parseEmbed(src.search);
    expect(params.kind).toBe('by-mineral');
    expect(params.view.filters.minerals).toEqual(['graphite', 'lithium']);
    expect(params.view.date).toBe('2024-12-31');

    await user.click(within(dialog).getByRole('radio', { name: 'Under occupation over time' }));
    await user.type(within(dialog).getByLabelText('Title'), 'Graphite & lithium');
    const next = parseEmbed(snippetSrc((within(dialog).getByLabelText('Code to paste into your page') as HTMLTextAreaElement).value).search);
    expect(next).toMatchObject({ kind: 'over-time', title: 'Graphite & lithium' });

    const preview = dialog.querySelector<HTMLElement>('.embed-preview')!;
    expect(Number(preview.dataset.count)).toBe(resultCount());
    await waitFor(() => expect(preview.querySelector('svg title')).toHaveTextContent('Graphite & lithium'));
    expect(within(preview).getByRole('button', { name: /^PNG 2× \d+ × \d+$/ })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed or download a chart' })).toHaveFocus();
  });

  it('speaks Ukrainian with lang=uk', async () => {
    const user = userEvent.setup();
    await renderApp('?lang=uk');
    await user.click(screen.getByRole('button', { name: 'Вбудувати або завантажити графік' }));
    expect(screen.getByRole('dialog', { name: 'Вбудувати графік' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Відстань до лінії' })).toBeInTheDocument();
  });

  it('links the record panel to the method page in the interface language', async () => {
    await renderApp(`?id=${encodeURIComponent(SHEVCHENKIVSKE)}&lang=uk`);
    const link = await screen.findByRole('link', { name: 'Як отримано ці числа' });
    expect(link).toHaveAttribute('href', 'method.html?lang=uk#status');
  });
});
