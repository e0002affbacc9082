import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseView } from '../app/state/url.ts';
import { MethodPage } from './MethodPage.tsx';
import './method.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MethodPage language={parseView(window.location.search).language} />
  </StrictMode>,
);
