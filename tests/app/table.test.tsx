// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DepositFile } from '../../src/core/deposit.ts';
import { currentMap } from './fakeMap.ts';
import { linkedFixture } from '../core/explorer/linkedFixture.ts';
import { DEPOSITS, fixtureSource, SHEVCHENKIVSKE } from './fixture.ts';
import { renderApp } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));

const bodyRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((row) => row.querySelector('td .name')?.textContent);

describe('the table', () => {
  it('sorts by a column, both ways, and keeps deposits without a value last', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(window.location.search).toBe('?sort=name');
    expect(firstCells().slice(0, 3)).toEqual(['801', 'Anadolske rodovyshche (ridkisnozemelne)', 'Azovske tsyrkonii-ridkisnozemelne rodovyshche']);
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(window.location.search).toBe('?sort=-name');
    expect(firstCells()[0]).toBe('Zhovtorichynske uran-vanadii-skandiieve rodovyshche');

    await user.click(screen.getByRole('button', { name: 'Distance, km' }));
    expect(firstCells().slice(0, 3)).toEqual(['Krasny Oktyabr', 'Starokrymske rodovyshche hrafitu', 'Shevchenkivske rodovyshche (litiievykh rud)']);
    await user.click(screen.getByRole('button', { name: 'Distance, km' }));
    expect(firstCells()[0]).toBe('Zhovtorichynske uran-vanadii-skandiieve rodovyshche');
    bodyRows()[0]!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('—');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '53');
  });

  it('moves between rows with the keyboard and selects with Enter, in step with the map', async () => {
    const user = userEvent.setup();
    await renderApp('?q=rodovyshche&sort=name');
    const first = bodyRows()[0]!;
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Balakhivske rodovyshche hrafitu (Pivdenna dilianka)');
    await user.keyboard('{Enter}');
    const id = 'ua-register:balakhivske-rodovyshche-hrafitu-pivdenna-dilianka-graphite-48.46n-33.18e';
    expect(new URLSearchParams(window.location.search).get('id')).toBe(id);
    expect(currentMap().selected).toBe(DEPOSITS.findIndex((d) => d.id === id));
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('complementary', { name: 'Балахівське родовище графіту (Південна ділянка)' })).toBeInTheDocument();

    act(() => currentMap().options.onSelect(DEPOSITS.findIndex((d) => d.id === SHEVCHENKIVSKE)));
    expect(await screen.findByRole('complementary', { name: 'Шевченківське родовище (літієвих руд)' })).toBeInTheDocument();
    expect(screen.getByRole('row', { selected: true })).toHaveTextContent('Shevchenkivske');

    await user.click(screen.getByRole('button', { name: /Close/ }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(currentMap().selected).toBeNull();
    expect(window.location.search).toBe('?q=rodovyshche&sort=name');
  });

  it('marks deposits without coordinates', async () => {
    await renderApp('?q=Kruta');
    expect(bodyRows()[0]).toHaveTextContent('Kruta Balka (rodovyshche litiiu)no coordinates');
  });

  it('marks a district that holds deposits, in either language', async () => {
    await renderApp('?q=district', fixtureSource(linkedFixture()));
    expect(bodyRows().map((row) => row.querySelector('td')?.textContent)).toEqual([
      'Irshansk district district · holds 1',
      'Volnogorsk district district · holds 1',
    ]);
    expect(bodyRows()[0]!.querySelector('.district')).toHaveAttribute('title', 'Not counted in the total: the deposits it holds are.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Українська' }));
    expect(bodyRows()[0]!.querySelector('td')).toHaveTextContent('Irshansk district район · містить 1');
  });

  it('renders only a window of rows, however many match', async () => {
    const many: DepositFile = {
      schema: 1,
      deposits: Array.from({ length: 20_000 }, (_, i) => ({ ...DEPOSITS[i % DEPOSITS.length]!, id: `test:${String(i).padStart(5, '0')}` })),
    };
    const user = userEvent.setup();
    await renderApp('', fixtureSource(many));
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '20001');
    expect(bodyRows().filter((row) => !row.classList.contains('spacer')).length).toBeLessThan(60);
    bodyRows()[0]!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '20001');
    await user.keyboard('{PageUp}{Enter}');
    const id = new URLSearchParams(window.location.search).get('id');
    expect(id).toMatch(/^test:19\d{3}$/);
    expect(bodyRows().filter((row) => !row.classList.contains('spacer')).length).toBeLessThan(60);
  });
});
