/** Options (SPEC §5.9): goals, prices, variants, the comparison and the optimizer. */
export { OptionsPanel } from './options-panel';
