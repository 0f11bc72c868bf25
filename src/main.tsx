import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ShareProvider } from '@/components/share-services';
import { applyStartupHash, readTabMemory, startHashSync, watchOtherTabs } from '@/features/share';
import { setDisplayLocale } from '@/lib/format';
import { createLibraryPlanStore } from '@/store';
import { App } from './app/app';
import { examplePlan } from './app/examples';
import { registerServiceWorker } from './app/register-service-worker';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

setDisplayLocale(navigator.language);
// The plan this tab had open (on a reload), else the last one opened, else the branch-office
// example; a damaged saved plan is set aside with a notice.
const tab = readTabMemory();
const { store, session } = createLibraryPlanStore({ example: examplePlan(), openId: tab?.planId });
// A plan link in the address bar wins over the saved plan, which stays in My plans; a bad link
// only raises a banner. This tab's own link after a reload is not a shared link (it may predate
// the last edit). Decided before the first render, so the screen never flips.
applyStartupHash(window.location.hash, store, session, tab);
// From now on the address bar carries the open plan, and a link pasted into this tab opens.
const hashSync = startHashSync({ store, session });
// Another tab saving the plan open here raises a banner that offers its version.
watchOtherTabs({ store, session });

createRoot(container).render(
  <StrictMode>
    <ShareProvider services={{ session, hashSync }}>
      <App store={store} />
    </ShareProvider>
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
