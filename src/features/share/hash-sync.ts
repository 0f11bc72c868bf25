import type { HashSync } from '@/components/share-services';
import type { Plan } from '@/plan';
import type { PlanLibrarySession, PlanStore } from '@/store';
import { applyLinkHash } from './apply-link';
import { LINK_KEY, encodePlanLink, type EncodedLink } from './link-codec';
import { rememberOwnLink } from './tab-memory';

const encoded = new WeakMap<Plan, EncodedLink>();

/** The link of `plan`, computed once per plan object (each edit makes a new one). */
export function linkOf(plan: Plan): EncodedLink {
  const hit = encoded.get(plan);
  if (hit) return hit;
  const link = encodePlanLink(plan);
  encoded.set(plan, link);
  return link;
}

export interface HashSyncOptions {
  store: PlanStore;
  session: PlanLibrarySession;
  /** Quiet time after the last edit before the address bar is rewritten, ms. */
  debounceMs?: number;
  /**
   * Write the address bar at start after this many ms instead of at once: the page opens first
   * (a big plan's link estimate costs ~150 ms of the first task). Null = at once.
   */
  firstWriteMs?: number | null;
  win?: Window;
}

/**
 * Keep the address bar on the open plan: `#plan=…` of the last valid plan (what the results show;
 * a draft with errors keeps the last valid plan's link), written with `replaceState` so edits add
 * no history entries. A link pasted into the same tab (`hashchange`) is opened like one at start.
 */
export function startHashSync({ store, session, debounceMs = 200, firstWriteMs = null, win = window }: HashSyncOptions): HashSync {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const link = linkOf(store.getState().lastValidPlan);
    const { hash, pathname, search } = win.location;
    if (link.ok && hash !== link.hash) win.history.replaceState(win.history.state, '', link.hash);
    // Too large for a link: an old plan link must not stay in the address bar.
    if (!link.ok && hash.startsWith(`#${LINK_KEY}`)) win.history.replaceState(win.history.state, '', `${pathname}${search}`);
    rememberOwnLink(session.currentId(), win.location.hash);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lastValidPlan === prev.lastValidPlan) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  });
  const onHashChange = () => {
    if (!win.location.hash.startsWith(`#${LINK_KEY}`)) return; // #results and the like are not ours
    applyLinkHash(win.location.hash, store, session);
    write(); // the address bar shows the open plan again (also after a bad link)
  };
  win.addEventListener('hashchange', onHashChange);
  if (firstWriteMs === null) write();
  else timer = setTimeout(write, firstWriteMs);

  return {
    flush: write,
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      win.removeEventListener('hashchange', onHashChange);
    },
  };
}
