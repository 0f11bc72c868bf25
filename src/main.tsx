import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { ShareProvider } from '@/components/share-services';
import { applyStartupHash, readTabMemory, startHashSync, watchOtherTabs } from '@/features/share';
import { setDisplayLocale } from '@/lib/format';
import { createLibraryPlanStore, preparseLibraryPlans } from '@/store';
import { App } from './app/app';
import { examplePlan } from './app/examples';
import { registerServiceWorker } from './app/register-service-worker';
import './app/app.css';

/** Give the browser a turn (paint, input) between slices of the opening's work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(container: HTMLElement) {
  setDisplayLocale(navigator.language);
  // The plan this tab had open (on a reload), else the last one opened, else the branch-office
  // example; a damaged saved plan is set aside with a notice. A big saved plan is checked a slice
  // at a time first, so opening it holds the page for no long task.
  const tab = readTabMemory();
  // Only a head start: whatever goes wrong there, the store below checks the plan in one go.
  await preparseLibraryPlans(tab?.planId, yieldToBrowser).catch(() => {});
  const { store, session } = createLibraryPlanStore({ example: examplePlan(), openId: tab?.planId });
  // A plan link in the address bar wins over the saved plan, which stays in My plans; a bad link
  // only raises a banner. This tab's own link after a reload is not a shared link (it may predate
  // the last edit). Decided before the first render, so the screen never flips.
  applyStartupHash(window.location.hash, store, session, tab);
  // From now on the address bar carries the open plan, and a link pasted into this tab opens. The
  // first write waits for a task of its own: opening the page comes first.
  const hashSync = startHashSync({ store, session, firstWriteMs: 0 });
  // Another tab saving the plan open here raises a banner that offers its version.
  watchOtherTabs({ store, session });

  // A transition renders the first screen in slices that yield to the browser: a 5 000-VM plan's
  // first render (a 100-row VM table of inputs) would otherwise be one task of about a second.
  startTransition(() =>
    createRoot(container).render(
      <StrictMode>
        <ShareProvider services={{ session, hashSync }}>
          <App store={store} />
        </ShareProvider>
      </StrictMode>,
    ),
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(container);

if (import.meta.env.PROD) registerServiceWorker();
