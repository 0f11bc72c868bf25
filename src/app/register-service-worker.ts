/**
 * Offline use: the built app registers public/sw.js, which stores every file of the build on the
 * first visit. Registered from here rather than an inline snippet, which the Content-Security-Policy
 * forbids; not in the dev server, whose files change on every save.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // Without it the planner still works, only not offline: nothing to tell the user.
      console.warn('Offline use is not available:', error);
    });
  };
  // After the page has loaded, so storing the app's files does not compete with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
