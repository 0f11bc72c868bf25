/** The sizing engine's only public face. Pure: no React, store, DOM or Node APIs. */
export { evaluatePlan } from './evaluate';
export type * from './types';
