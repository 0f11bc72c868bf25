/** Plan JSON, per-VM CSV and inventory CSV import/export: the header's file actions. */
export function FileActions() {
  return null;
}
