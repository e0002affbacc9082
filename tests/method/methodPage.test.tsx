// @vitest-environment jsdom

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MethodPage } from '../../src/method/MethodPage.tsx';
import { HOST_SCRIPT } from '../../src/embed/heightMessage.ts';

describe('the method page', () => {
  it('says how a status is decided, what "between" means and how to embed, in English', () => {
    render(<MethodPage language="en" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How Nadra makes its numbers');
    for (const id of ['datasets', 'minerals', 'status', 'contested', 'before-2022', 'between', 'spring-2022', 'seam', 'counting', 'left-out', 'distance', 'limits', 'embed']) {
      expect(document.getElementById(id), id).not.toBeNull();
    }
    expect(document.getElementById('status')).toHaveTextContent('even-odd rule');
    expect(document.getElementById('status')).toHaveTextContent('A point exactly on a boundary (on an edge or a vertex) counts as inside.');
    expect(document.getElementById('seam')).toHaveTextContent('2024-07-08');
    expect(screen.getAllByRole('code').some((c) => c.textContent === HOST_SCRIPT)).toBe(true);
    expect(document.documentElement.lang).toBe('en');
  });

  it('is in Ukrainian with the same sections', () => {
    render(<MethodPage language="uk" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Як «Надра» отримує свої числа');
    expect(document.getElementById('between')).toHaveTextContent('Що означають дати «між»');
    expect(document.documentElement.lang).toBe('uk');
  });
});
