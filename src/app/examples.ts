/**
 * Example plans shipped with the app (also served as files under `examples/` for the CLI and
 * downloads). Bundled, so the first screen needs no request and works offline.
 */
import { formatIssue, parsePlan, type Plan } from '@/plan';
import branchOffice from '../../public/examples/branch-office.json';
import datacenter from '../../public/examples/datacenter.json';

export interface ExamplePlan {
  id: string;
  label: string;
  input: unknown;
}

export const EXAMPLE_PLANS: readonly ExamplePlan[] = [
  { id: 'branch-office', label: 'Branch office on ADSL (4 VMs)', input: branchOffice },
  { id: 'datacenter', label: 'Datacenter with extended replica (40 VMs)', input: datacenter },
];

export const DEFAULT_EXAMPLE_ID = 'branch-office';

/** The example with this id (or the default one) as a trusted plan. */
export function examplePlan(id: string = DEFAULT_EXAMPLE_ID): Plan {
  const example = EXAMPLE_PLANS.find((e) => e.id === id) ?? EXAMPLE_PLANS[0]!;
  const parsed = parsePlan(example.input);
  // The examples are tested (examples.test.ts): failing here is a bug in the shipped file.
  if (!parsed.ok) throw new Error(`example ${example.id} is invalid: ${parsed.issues.map(formatIssue).join('; ')}`);
  return parsed.plan;
}
