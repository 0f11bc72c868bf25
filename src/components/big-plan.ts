/**
 * From this many VMs a plan is "big" for the page: its charts mount one per browser task and the
 * VM table below the fold is not laid out until scrolled near. Smaller plans render as they always
 * did (every chart in one commit, the table laid out with the page: no estimated heights that make
 * the page jump while scrolling).
 */
export const BIG_PLAN_VMS = 200;
