// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../src/app/download/saveFile.ts';
import { EXPORT_COLUMNS } from '../../src/app/download/exportFiles.ts';
import type { Deposit, DepositFile } from '../../src/core/deposit.ts';
import { DEPOSITS, fixtureSource } from './fixture.ts';
import { renderApp } from './render.tsx';

vi.mock('../../src/app/map/createDepositMap.ts', () => import('./fakeMap.ts'));
vi.mock('../../src/app/download/saveFile.ts', () => ({ saveFile: vi.fn() }));

const saved = vi.mocked(saveFile);
beforeEach(() => saved.mockClear());

async function savedText(): Promise<{ name: string; type: string; text: string }> {
  await vi.waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  const [blob, name] = saved.mock.calls[0]!;
  // Blob.text() would decode and drop a byte-order mark; the bytes say what the file holds.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  return { name, type: blob.type, text };
}

const tableNames = () => [...document.querySelectorAll('tbody tr:not(.spacer) .name')].map((el) => el.textContent);

describe('downloads', () => {
  it('writes the matching deposits, in the table order, as CSV with the pipeline columns and the view date', async () => {
    const user = userEvent.setup();
    await renderApp('?minerals=lithium&sort=-name&date=2024-12-31');
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    const { name, type, text } = await savedText();
    expect(name).toBe('nadra-deposits-2024-12-31.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data.map((row) => row.name_latin)).toEqual(tableNames());
    expect(parsed.data.map((row) => [row.id, row.view_date, row.view_occupation_status, row.occupation_status])).toEqual([
      ['ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e', '2024-12-31', 'contested', 'occupied'],
      ['ua-register:polokhivske-rodovyshche-litiievykh-petalitovykh-rud-lithium', '2024-12-31', 'unknown', 'unknown'],
      ['ua-register:kruta-balka-rodovyshche-litiiu-lithium', '2024-12-31', 'unknown', 'unknown'],
      ['ua-register:dilianka-dobra-rodovyshche-litiievykh-rud-beryllium-48.39n-31.18e', '2024-12-31', 'not-occupied', 'not-occupied'],
    ]);
    expect(parsed.data[0]).toMatchObject({
      name: 'Шевченківське родовище (літієвих руд)',
      minerals: 'beryllium;caesium;lithium;niobium;rubidium;tantalum;tin',
      minerals_as_written: 'берилій;цезій;Літій;ніобій;рубідій;тантал;олово',
      lat: '47.909444',
      oblast_uk: 'Донецька область',
      reserves: '13.5 million tonnes of lithium ore;lithium oxide content 1.1%',
      source_lines: '2',
    });
  });

  it('offers a variant with a byte-order mark for Excel, and neutralises formulas', async () => {
    const formula: Deposit = { ...DEPOSITS[0]!, id: 'test:formula', name: { original: '=HYPERLINK("http://x.invalid")', latin: '-2+3' } };
    const file: DepositFile = { schema: 1, deposits: [formula, DEPOSITS[1]!] };
    const user = userEvent.setup();
    await renderApp('', fixtureSource(file));
    await user.click(screen.getByRole('button', { name: 'CSV for Excel (UTF-8 with BOM)' }));
    const { name, text } = await savedText();
    expect(name).toBe('nadra-deposits-2025-06-01-excel.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.id, r.name, r.name_latin])).toEqual([
      ['test:formula', `'=HYPERLINK("http://x.invalid")`, `'-2+3`],
      [DEPOSITS[1]!.id, DEPOSITS[1]!.name.original, ''],
    ]);
  });

  it('writes the located matching deposits as GeoJSON', async () => {
    const user = userEvent.setup();
    await renderApp('?minerals=lithium');
    await user.click(screen.getByRole('button', { name: 'GeoJSON' }));
    const { name, type, text } = await savedText();
    expect(name).toBe('nadra-deposits-2025-06-01.geojson');
    expect(type).toBe('application/geo+json');
    const geojson = JSON.parse(text) as { type: string; features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
      ['ua-register:dilianka-dobra-rodovyshche-litiievykh-rud-beryllium-48.39n-31.18e', [31.180278, 48.387778]],
      ['ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e', [36.7125, 47.909444]],
    ]);
    expect(geojson.features[1]!.properties).toMatchObject({
      oblast_code: 'UA-14',
      view_occupation_status: 'occupied',
      distance_to_line_km: -3.2,
      view_distance_to_line_km: -3.2,
    });
  });
});
