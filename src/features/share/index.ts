/** Share links and My plans: the header's share actions. */
export function ShareActions() {
  return null;
}
