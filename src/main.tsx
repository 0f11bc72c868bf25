import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ShareProvider, applyLinkHash, startHashSync } from '@/features/share';
import { setDisplayLocale } from '@/lib/format';
import { createLibraryPlanStore } from '@/store';
import { App } from './app/app';
import { examplePlan } from './app/examples';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

setDisplayLocale(navigator.language);
// The open plan of My plans (a damaged one is set aside with a notice), else the branch-office example.
const { store, session } = createLibraryPlanStore({ example: examplePlan() });
// A plan link in the address bar wins over the saved plan, which stays in My plans; a bad link
// only raises a banner. Decided before the first render, so the screen never flips.
applyLinkHash(window.location.hash, store, session);
// From now on the address bar carries the open plan, and a link pasted into this tab opens.
const hashSync = startHashSync({ store, session });

createRoot(container).render(
  <StrictMode>
    <ShareProvider services={{ session, hashSync }}>
      <App store={store} />
    </ShareProvider>
  </StrictMode>,
);
