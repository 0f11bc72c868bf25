import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setDisplayLocale } from '@/lib/format';
import { createPersistentPlanStore } from '@/store';
import { App } from './app/app';
import { examplePlan } from './app/examples';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

setDisplayLocale(navigator.language);
// The saved plan if there is one (corrupt ones are set aside with a notice), else the branch-office example.
const { store } = createPersistentPlanStore({ example: examplePlan() });

createRoot(container).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
