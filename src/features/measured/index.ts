/** Measured churn (perfmon CSV) import: the header's entry point. */
export function MeasuredActions() {
  return null;
}
