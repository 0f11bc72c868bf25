import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { PlannerPage } from './pages/planner-page';

/** Where screenshots for people to look at are kept (not a test baseline). */
export const artifact = (name: string) => fileURLToPath(new URL(`../test-artifacts/${name}`, import.meta.url));

/**
 * Every test gets the planner page object, and fails if the page requested another origin
 * (customer data stays in the browser) or threw an uncaught error.
 */
export const test = base.extend<{ planner: PlannerPage }>({
  planner: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== new URL(baseURL!).origin) foreign.push(url);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new PlannerPage(page));
    expect(foreign, 'the app must never request another origin').toEqual([]);
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});

export { expect };
