/** Placeholder: replication policy, link, extended hop, replica storage, initial replication. */
export function PlanSettings() {
  return null;
}
