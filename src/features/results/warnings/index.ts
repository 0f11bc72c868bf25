export { WarningsPanel } from './warnings-panel';
