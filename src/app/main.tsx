import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { httpSource } from './data/httpSource.ts';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App source={httpSource(import.meta.env.BASE_URL)} />
  </StrictMode>,
);
