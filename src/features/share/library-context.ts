import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { PlanLibrarySession } from '@/store';
import type { HashSync } from './hash-sync';

export interface ShareServices {
  session: PlanLibrarySession;
  hashSync: HashSync | null;
}

const ShareContext = createContext<ShareServices | null>(null);

/** Gives the header's share actions My plans and the address-bar sync (set up in main.tsx). */
export function ShareProvider({ services, children }: { services: ShareServices; children?: ReactNode }) {
  return createElement(ShareContext.Provider, { value: services }, children);
}

/** My plans and the hash sync; null where the app is rendered without them (component tests). */
export const useShareServices = (): ShareServices | null => useContext(ShareContext);
