/** Placeholder: the VM table editor. */
export function VmEditor() {
  return null;
}
