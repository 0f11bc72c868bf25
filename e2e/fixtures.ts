import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { PlannerPage } from './pages/planner-page';

/** The Playwright project that serves dist/ with a plain static server (playwright.config.ts). */
export const STATIC_PROJECT = 'static-dist';

/** Where screenshots for people to look at are kept (not a test baseline). */
export const artifact = (name: string) => fileURLToPath(new URL(`../test-artifacts/${name}`, import.meta.url));

/**
 * Every test (automatically, whether or not it uses the planner page object) fails if a page of
 * its browser context requested another origin (customer data stays in the browser), threw an
 * uncaught error, or broke the Content-Security-Policy.
 */
export const test = base.extend<{ guard: void; planner: PlannerPage }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
        });
      };
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== new URL(baseURL!).origin) foreign.push(url);
      });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(foreign, 'the app must never request another origin').toEqual([]);
      expect(errors, 'uncaught errors or CSP violations on the page').toEqual([]);
    },
    { auto: true },
  ],
  planner: async ({ page }, use) => {
    await use(new PlannerPage(page));
  },
});

export { expect };
