// Renders the whole app on a URL, as a page load would.

import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App.tsx';
import type { DataSource } from '../../src/app/data/source.ts';
import { fixtureSource } from './fixture.ts';

export async function renderApp(search = '', source: DataSource = fixtureSource()) {
  window.history.replaceState(null, '', `/${search}`);
  const result = render(<App source={source} />);
  await screen.findByRole('grid');
  return result;
}

export function resultCount(): number {
  return Number(screen.getByTestId('result-count').dataset.count);
}
