/** Example plans shipped in `public/examples/`, served from the app's own origin. */
export interface ExamplePlan {
  id: string;
  label: string;
  /** Path relative to the app's base URL. */
  path: string;
}

export const EXAMPLE_PLANS: readonly ExamplePlan[] = [
  { id: 'branch-office', label: 'Branch office on ADSL (4 VMs)', path: 'examples/branch-office.json' },
  { id: 'datacenter', label: 'Datacenter with extended replica (40 VMs)', path: 'examples/datacenter.json' },
];

export const DEFAULT_EXAMPLE_ID = 'branch-office';

/** The example with this id, or the default one. */
export function findExample(id: string): ExamplePlan {
  return EXAMPLE_PLANS.find((e) => e.id === id) ?? EXAMPLE_PLANS[0]!;
}
