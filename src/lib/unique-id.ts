/** One rule for fresh VM ids (new, duplicated, pasted, imported, derived VMs); it lives with the plan's other id helpers. */
export { uniqueId } from '@/plan';
