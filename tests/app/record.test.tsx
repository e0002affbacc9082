// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Deposit, DepositFile } from '../../src/core/deposit.ts';
import { IRSHANSK_DISTRICT, IRSHANSKE, linkedFixture } from '../core/explorer/linkedFixture.ts';
import { DEPOSITS, fixtureSource, KRUTA_BALKA, SHEVCHENKIVSKE } from './fixture.ts';
import { renderApp } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));

const panel = (name: string | RegExp) => screen.findByRole('complementary', { name });

describe('the record panel', () => {
  it('shows the whole record: names, minerals as written, location, occupation history, development and sources', async () => {
    await renderApp(`?id=${encodeURIComponent(SHEVCHENKIVSKE)}&date=2024-12-31`);
    const record = await panel('Шевченківське родовище (літієвих руд)');
    const text = record.textContent;
    expect(within(record).getByText('Shevchenkivske rodovyshche (litiievykh rud)')).toBeInTheDocument();
    expect(text).toContain('Lithium (as the source writes it: Літій)');
    expect(text).toContain('Caesium (as the source writes it: цезій)');
    expect(text).toContain('47.90944, 36.7125 (Precision: approximate)');
    expect(text).toContain('Country' + 'Ukraine');
    expect(text).toContain('OblastDonetsk Oblast');
    expect(text).toContain("DistrictВеликоновосілківський (Kyiv Independent: 'Velyka Novosilka region')");
    expect(within(record).getByTestId('record-status')).toHaveTextContent('Contested');
    expect(text).toContain('Latest (Jun 1, 2025)Occupied');
    const changes = within(record).getAllByRole('listitem').filter((li) => li.closest('.changes'));
    expect(changes.map((li) => li.textContent)).toEqual([
      'Contested: between Dec 20, 2024 and Dec 27, 2024 Source: synthetic test history, 2024-12-27',
      'Occupied: between Jan 5, 2025 and Jan 12, 2025 Source: synthetic test history, 2025-01-12',
    ]);
    expect(text).toContain('Distance to the latest line (Jun 1, 2025)-3.2 km (inside the occupied area)');
    expect(text).toContain('Occupied before 2022No');
    expect(text).toContain("Russia's MoD claimed capture of Shevchenko");
    expect(within(record).getByRole('link', { name: 'https://en.wikipedia.org/wiki/Shevchenko_deposit' })).toBeInTheDocument();
    expect(text).toContain('Explored (as the source writes it: explored (discovered 1982); not exploited;');
    expect(text).toContain('13.5 million tonnes of lithium ore');
    expect(text).toContain('lithium oxide content 1.1%');
    expect(text).toContain('Register of Ukrainian deposits: data/ua-register/ua-critical-deposits-register.csv, line 2; Record shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e');
    expect(within(record).getByRole('link', { name: 'Open the source record' })).toHaveAttribute(
      'href',
      'https://kyivindependent.com/nobot/clashes-ongoing-in-eastern-ukrainian-village-near-lithium-deposits-as-military-rejects-claims-of-russian-capture-moves-to-occupy-one-of-ukraines-largest-lithium-deposits-now-located-in/',
    );
  });

  it('speaks Ukrainian, with numbers and dates in Ukrainian form', async () => {
    await renderApp(`?id=${encodeURIComponent(SHEVCHENKIVSKE)}&lang=uk`);
    const text = (await panel('Шевченківське родовище (літієвих руд)')).textContent;
    expect(text).toContain('Літій (у джерелі: Літій)');
    expect(text).toContain('47,90944, 36,7125');
    expect(text).toContain('ОбластьДонецька область');
    expect(text).toContain('-3,2 км (всередині окупованої території)');
    expect(text).toContain('Окуповано: між 5 січ. 2025 р. і 12 січ. 2025 р.');
  });

  it('says when a deposit has no coordinates, and when an id is not in the data', async () => {
    const user = userEvent.setup();
    await renderApp(`?id=${encodeURIComponent(KRUTA_BALKA)}`);
    expect((await panel('Крута Балка (родовище літію)')).textContent).toContain('The sources give no coordinates.');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('complementary')).toBeInTheDocument();
    screen.getByRole('button', { name: /Close/ }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();

    cleanup();
    await renderApp('?id=mrds:00000000');
    expect(await screen.findByText('This deposit is not in the data.')).toBeInTheDocument();
  });

  it('lists the names other source records give', async () => {
    const linked: Deposit = {
      ...DEPOSITS.find((d) => d.id === SHEVCHENKIVSKE)!,
      link: { aliases: [], otherNames: ['Shevchenko', 'Шевченківське родовище (літієвих руд)'], contains: [], containedIn: null },
    };
    await renderApp(`?id=${encodeURIComponent(SHEVCHENKIVSKE)}`, fixtureSource({ schema: 1, deposits: [linked] }));
    expect((await panel(/Шевченківське/)).textContent).toContain('Also named: Shevchenko');
    expect((await panel(/Шевченківське/)).textContent).not.toContain('Also named: Shevchenko;');
  });

  it('lists the deposits a district holds, and names the district a deposit lies in', async () => {
    await renderApp(`?id=${encodeURIComponent(IRSHANSK_DISTRICT)}`, fixtureSource(linkedFixture()));
    const district = await panel('Irshansk district');
    expect(district.textContent).toContain('Deposits in this districtTotals count these deposits, not the district as well.');
    expect(within(district).getAllByRole('listitem').filter((li) => li.closest('.contains')).map((li) => li.textContent)).toEqual([
      'Irshanske rodovyshche (Irshanskyi rudno-rozsypnyi raion)',
    ]);

    cleanup();
    await renderApp(`?lang=uk&id=${encodeURIComponent(IRSHANSKE)}`, fixtureSource(linkedFixture()));
    const deposit = await panel('Іршанське родовище (Іршанський рудно-розсипний район)');
    expect(deposit.textContent).toContain('Лежить у районіIrshansk district');
    expect(deposit.textContent).not.toContain('Родовища в цьому районі');
  });

  it('shows what the data says as text, never as markup or a script link', async () => {
    const hostile: Deposit = {
      ...DEPOSITS[0]!,
      id: 'test:hostile',
      name: { original: '<img src=x onerror="alert(1)">', latin: null },
      sources: [{ ...DEPOSITS[0]!.sources[0]!, url: 'javascript:alert(1)' }],
    };
    const file: DepositFile = { schema: 1, deposits: [hostile] };
    await renderApp('?id=test:hostile', fixtureSource(file));
    const record = await panel('<img src=x onerror="alert(1)">');
    expect(record.querySelector('img')).toBeNull();
    // The only link is the project's own method page; the record's javascript: URL stays text.
    expect(within(record).queryAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['method.html#status']);
    expect(document.querySelector('img')).toBeNull();
  });
});
