// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { currentMap } from './fakeMap.ts';
import { linkedFixture } from '../core/explorer/linkedFixture.ts';
import { DEPOSITS, fixtureSource, SHEVCHENKIVSKE, SHEVCHENKIVSKE_KM_BEFORE, STAROKRYMSKE } from './fixture.ts';
import { renderApp, resultCount } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));

const indexOf = (id: string) => DEPOSITS.findIndex((d) => d.id === id);
const statusCell = (name: string) => screen.getByRole('row', { name: new RegExp(name) }).querySelectorAll('td')[3];

describe('filters', () => {
  it('lists the minerals in the data, and narrows the count with each filter', async () => {
    const user = userEvent.setup();
    await renderApp();
    const minerals = screen.getByRole('group', { name: 'Minerals' });
    expect(within(minerals).getAllByRole('checkbox')).toHaveLength(27);
    expect(within(minerals).getByLabelText(/Lithium \(4\)/)).toBeInTheDocument();

    await user.click(within(minerals).getByRole('checkbox', { name: /Graphite/ }));
    expect(resultCount()).toBe(7);
    await user.click(within(minerals).getByRole('checkbox', { name: /Lithium/ }));
    expect(resultCount()).toBe(11);
    await user.selectOptions(screen.getByLabelText('Source dataset'), 'pp1802');
    expect(resultCount()).toBe(3);
    await user.selectOptions(screen.getByLabelText('Source dataset'), '');
    await user.selectOptions(screen.getByLabelText('Development status'), 'explored');
    expect(resultCount()).toBe(2);
    await waitFor(() => expect([...currentMap().visible].filter((v) => v === 1)).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(resultCount()).toBe(52);
  });

  it('searches names in either script', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(screen.getByRole('searchbox'), 'Shevchenkivske');
    expect(resultCount()).toBe(1);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'шевченківське');
    expect(resultCount()).toBe(1);
    expect(screen.getByRole('grid')).toHaveTextContent('Shevchenkivske rodovyshche (litiievykh rud)');
  });

  it('finds a linked deposit by the name another source gives it', async () => {
    const user = userEvent.setup();
    await renderApp('', fixtureSource(linkedFixture()));
    await user.type(screen.getByRole('searchbox'), "Zaval'E");
    expect(resultCount()).toBe(1);
    expect(screen.getByRole('grid')).toHaveTextContent('Zavallivske rodovyshche hrafitu');
  });

  it('filters by the status on the chosen date, which the date control moves', async () => {
    const user = userEvent.setup();
    await renderApp('?status=occupied');
    expect(resultCount()).toBe(3);
    expect(currentMap().statuses[indexOf(SHEVCHENKIVSKE)]).toBe('occupied');

    const date = screen.getByLabelText('Date', { selector: 'input[type="date"]' });
    fireEvent.change(date, { target: { value: '2024-12-31' } });
    expect(window.location.search).toBe('?status=occupied&date=2024-12-31');
    expect(resultCount()).toBe(2);
    expect(currentMap().statuses[indexOf(SHEVCHENKIVSKE)]).toBe('contested');
    expect(await screen.findByText('Line: Source: synthetic test history, 2024-12-31')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Occupation status on the date'), 'contested');
    expect(resultCount()).toBe(1);
    expect(statusCell('Shevchenkivske')).toHaveTextContent('Contested');

    await user.click(screen.getByRole('button', { name: /One month back/ }));
    expect(window.location.search).toBe('?status=contested&date=2024-11-30');
    expect(resultCount()).toBe(0);
    expect(screen.getByText('No deposit matches these filters.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Occupation status on the date'), '');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Starokrymske' } });
    fireEvent.change(date, { target: { value: '2022-03-01' } });
    expect(statusCell('Starokrymske')).toHaveTextContent('Not occupied');
    await user.click(screen.getByRole('button', { name: 'Latest' }));
    expect(window.location.search).toBe('?q=Starokrymske');
    expect(statusCell('Starokrymske')).toHaveTextContent('Occupied');
    expect(currentMap().statuses[indexOf(STAROKRYMSKE)]).toBe('occupied');
  });

  it('plays through the history a month at a time, and stops at the latest date', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await renderApp('?date=2025-03-15&q=Shevchenkivske');
      await user.click(screen.getByRole('button', { name: 'Play' }));
      expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
      await act(() => vi.advanceTimersByTimeAsync(700));
      expect(window.location.search).toBe('?q=Shevchenkivske&date=2025-04-15');
      await act(() => vi.advanceTimersByTimeAsync(700));
      expect(window.location.search).toBe('?q=Shevchenkivske&date=2025-05-15');
      await act(() => vi.advanceTimersByTimeAsync(700));
      expect(window.location.search).toBe('?q=Shevchenkivske');
      await act(() => vi.advanceTimersByTimeAsync(700));
      expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    } finally {
      vi.useRealTimers();
    }
  });

  it('filters by distance to the line and by occupation before 2022', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.getByRole('group', { name: 'Distance to the line, km' })).toHaveAccessibleDescription(
      'Measured to the latest line (Jun 1, 2025); negative inside the occupied area; deposits without a distance are left out',
    );
    await user.type(screen.getByLabelText('To'), '0');
    expect(resultCount()).toBe(3);
    await user.type(screen.getByLabelText('From'), '-10');
    expect(resultCount()).toBe(1);
    expect(window.location.search).toBe('?distanceMin=-10&distanceMax=0');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Occupied before 2022'), 'yes');
    expect(resultCount()).toBe(1);
    expect(screen.getByRole('grid')).toHaveTextContent('Krasny Oktyabr');
  });

  it('measures distances to the line on the chosen date, in the filter, the table, the record and its hint', async () => {
    await renderApp(`?date=2024-06-01&distanceMax=0&id=${encodeURIComponent(SHEVCHENKIVSKE)}`);
    const group = screen.getByRole('group', { name: 'Distance to the line, km' });
    await waitFor(() => expect(group).toHaveAccessibleDescription(/^Measured to the line on Jun 1, 2024;/));
    expect(resultCount()).toBe(2);
    expect(screen.getByRole('grid')).not.toHaveTextContent('Shevchenkivske');
    expect(await screen.findByTestId('record-distance')).toHaveTextContent(`${SHEVCHENKIVSKE_KM_BEFORE} km`);

    await userEvent.setup().clear(screen.getByLabelText('To'));
    const row = screen.getByRole('row', { name: /Shevchenkivske/ });
    expect(row.querySelectorAll('td')[4]).toHaveTextContent(String(SHEVCHENKIVSKE_KM_BEFORE));
  });
});
