/** Share links and My plans: the header's share actions, the link codec and the address-bar sync. */
export { ShareActions } from './share-actions';
export { startHashSync } from './hash-sync';
export { applyLinkHash, applyStartupHash } from './apply-link';
export { decodePlanLink, encodePlanLink } from './link-codec';
export { readTabMemory } from './tab-memory';
export { watchOtherTabs } from './other-tabs';
