/**
 * My plans and the address-bar sync as services of the page (set up in main.tsx): the header's
 * share actions and the files feature's Open dialog both use them, so they live here, not in a feature.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { PlanLibrarySession } from '@/store';

/** The address-bar sync (features/share `startHashSync`): `flush` writes the bar now (before copying it). */
export interface HashSync {
  flush: () => void;
  stop: () => void;
}

export interface ShareServices {
  session: PlanLibrarySession;
  hashSync: HashSync | null;
}

const ShareContext = createContext<ShareServices | null>(null);

/** Gives the page My plans and the address-bar sync. */
export function ShareProvider({ services, children }: { services: ShareServices; children?: ReactNode }) {
  return createElement(ShareContext.Provider, { value: services }, children);
}

/** My plans and the hash sync; null where the app is rendered without them (component tests). */
export const useShareServices = (): ShareServices | null => useContext(ShareContext);
