// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { currentMap } from './fakeMap.ts';
import { IRSHANSK_DISTRICT, linkedFixture, ZAVALE, ZAVALLIVSKE } from '../core/explorer/linkedFixture.ts';
import { DEPOSITS, fixtureSource, SHEVCHENKIVSKE, STAROKRYMSKE } from './fixture.ts';
import { renderApp, resultCount } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));

describe('the explorer shell', () => {
  it('shows every deposit, and tells the map about all of them', async () => {
    await renderApp();
    expect(resultCount()).toBe(52);
    expect(screen.getByTestId('result-count')).toHaveTextContent('52 deposits');
    const map = currentMap();
    expect(map.points).toHaveLength(52);
    expect(map.points.filter((p) => p === null)).toHaveLength(19);
    expect([...map.visible].every((v) => v === 1)).toBe(true);
    expect(document.documentElement.lang).toBe('en');
  });

  it('restores the view from a permalink', async () => {
    await renderApp(`?minerals=lithium,graphite&oblast=UA-14&lang=uk&id=${encodeURIComponent(SHEVCHENKIVSKE)}`);
    expect(resultCount()).toBe(2);
    expect(screen.getByTestId('result-count')).toHaveTextContent('2 родовища');
    expect(document.documentElement.lang).toBe('uk');
    expect(screen.getByLabelText('Область')).toHaveValue('UA-14');
    expect(screen.getByRole('checkbox', { name: /Літій/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Графіт/ })).toBeChecked();
    const record = await screen.findByRole('complementary', { name: 'Шевченківське родовище (літієвих руд)' });
    expect(record).toBeInTheDocument();
    expect(currentMap().selected).toBe(DEPOSITS.findIndex((d) => d.id === SHEVCHENKIVSKE));
    await waitFor(() => expect([...currentMap().visible].filter((v) => v === 1)).toHaveLength(2));
  });

  it('counts a district that holds deposits only through its deposits, and still shows it', async () => {
    await renderApp('', fixtureSource(linkedFixture()));
    expect(resultCount()).toBe(45);
    expect(screen.getByTestId('result-count').parentElement).toHaveTextContent('45 deposits of 45');
    // The map hears of the filter result in an effect after the count renders.
    await waitFor(() => expect([...currentMap().visible].filter((v) => v === 1)).toHaveLength(47));
    expect(within(screen.getByRole('grid')).getByText('Irshansk district')).toBeInTheDocument();
  });

  it('opens the deposit a permalink’s old id was joined into, and rewrites the URL to its id', async () => {
    await renderApp(`?lang=uk&id=${encodeURIComponent(ZAVALE)}`, fixtureSource(linkedFixture()));
    expect(await screen.findByRole('complementary', { name: 'Заваллівське родовище графіту' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('id')).toBe(ZAVALLIVSKE);
    expect(currentMap().selected).toBe(linkedFixture().deposits.findIndex((d) => d.id === ZAVALLIVSKE));
  });

  it('keeps a permalink to a deposit’s own id, and to an id in no deposit, as it is', async () => {
    await renderApp(`?id=${encodeURIComponent(IRSHANSK_DISTRICT)}`, fixtureSource(linkedFixture()));
    expect(await screen.findByRole('complementary', { name: 'Irshansk district' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('id')).toBe(IRSHANSK_DISTRICT);
    cleanup();
    await renderApp('?id=pp1802:nowhere', fixtureSource(linkedFixture()));
    expect(await screen.findByText('This deposit is not in the data.')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('id')).toBe('pp1802:nowhere');
  });

  it('writes every change of the view into the URL, and follows history navigation', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('checkbox', { name: /Lithium/ }));
    await user.selectOptions(screen.getByLabelText('Oblast'), 'UA-14');
    expect(window.location.search).toBe('?minerals=lithium&oblast=UA-14');
    expect(resultCount()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Українська' }));
    expect(window.location.search).toBe('?minerals=lithium&oblast=UA-14&lang=uk');

    window.history.replaceState(null, '', `/?q=${encodeURIComponent('Крута')}`);
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(resultCount()).toBe(1);
    expect(screen.getByRole('searchbox')).toHaveValue('Крута');
    expect(within(screen.getByRole('grid')).getByText('Kruta Balka (rodovyshche litiiu)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches the language of the texts, the names and <html lang>', async () => {
    const user = userEvent.setup();
    await renderApp(`?id=${encodeURIComponent(STAROKRYMSKE)}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nadra');
    expect(await within(screen.getByRole('grid')).findByText('Starokrymske rodovyshche hrafitu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Українська' }));
    expect(document.documentElement.lang).toBe('uk');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Надра');
    expect(screen.getByText('Фільтри')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveTextContent('Старокримське родовище графіту');
    expect(screen.getByRole('grid')).toHaveTextContent('Донецька область');
    expect(currentMap().language).toBe('uk');
    expect(await screen.findByText('Графіт', { selector: '.record li', exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('grid')).toHaveTextContent('Donetsk Oblast');
  });

  it('shows why nothing loads', async () => {
    const failing = {
      explorer: () => Promise.reject(new Error('HTTP 500')),
      record: async () => null,
      records: async () => [],
      occupation: async () => null,
      distances: async () => null,
    };
    window.history.replaceState(null, '', '/');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/app/App.tsx');
    render(<App source={failing} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The data could not be loaded: HTTP 500');
  });
});
