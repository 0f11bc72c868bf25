import type { PlanLibrarySession, PlanNotice, PlanStore } from '@/store';
import { decodePlanLink } from './link-codec';
import { badLinkMessage, openedLinkMessage } from './link-messages';
import { isOwnLink, type TabMemory } from './tab-memory';

/**
 * Act on the address bar's hash: open the plan in a good link (the open plan stays in My plans),
 * name what is wrong with a bad one and change nothing. Hashes that are not plan links are ignored.
 * A notice about the saved plan or storage still showing is kept in the same banner; an earlier
 * link's notice is replaced.
 */
export function applyLinkHash(hash: string, store: PlanStore, session: PlanLibrarySession): void {
  const decoded = decodePlanLink(hash);
  if (decoded.kind === 'none') return;
  let notice: PlanNotice | null = null;
  if (decoded.kind === 'error') {
    notice = { kind: 'bad-link', message: badLinkMessage(decoded, store.getState().draft.name) };
  } else {
    const message = openedLinkMessage(session.openShared(decoded.plan), decoded.plan.name);
    if (message !== null) notice = { kind: 'link-opened', message };
  }
  if (!notice) return;
  const previous = store.getState().notice;
  const keep = previous && previous.kind !== 'bad-link' && previous.kind !== 'link-opened';
  // Together with a problem still showing, the banner stays a warning (a link opened fine is only news).
  const kind = keep && notice.kind === 'link-opened' ? previous.kind : notice.kind;
  store.getState().setNotice(keep ? { kind, message: `${notice.message} ${previous.message}` } : notice);
}

/**
 * At start: open the address bar's link, unless it is one of this tab's own recent links to the
 * plan it just reopened (a reload; the saved plan is newer than a hash written before the last
 * edit, and the reload may have begun before the newest hash was written). Without storage the
 * link is all that survives a reload, so it is always opened then.
 */
export function applyStartupHash(hash: string, store: PlanStore, session: PlanLibrarySession, memory: TabMemory | null): void {
  const reload = session.unavailableReason === null && isOwnLink(hash, session.currentId(), memory);
  if (!reload) applyLinkHash(hash, store, session);
}
