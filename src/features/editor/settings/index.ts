export { PlanSettings } from './plan-settings';
