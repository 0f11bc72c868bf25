/// <reference lib="dom" />
import { writeFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { PLAN_STORAGE_KEY } from '@/store/storage-keys';
import { generatePlan } from './generate';
const server = await preview({ build: { outDir: '/tmp/dist-prof' }, preview: { port: 4320, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript('globalThis.__name = (fn) => fn;');
const plan = generatePlan(Number(process.env.N ?? 5000), [0.1, 0.7, 0.2]);
await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PLAN_STORAGE_KEY, JSON.stringify({ schemaVersion: 1, savedAt: new Date().toISOString(), plan })]);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
const phase = process.env.PHASE ?? 'edit';
if (phase === 'open') await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4320/');
await page.waitForFunction(() => { const v = document.querySelector('[aria-label="Verdict"]'); return !!v?.textContent?.includes('uplink') && !v.getAttribute('aria-busy') && !document.querySelector('.results-deferred[aria-busy]') && !!document.querySelector('.chart-figure svg'); }, undefined, { timeout: 300_000, polling: 250 });
await page.waitForTimeout(2000);
if (phase === 'edit') {
  await cdp.send('Profiler.start');
  const input = page.locator('#field-link_uplinkMbps');
  await input.fill('');
  await input.pressSequentially('15000', { delay: 80 });
  await page.waitForFunction(() => { const v = document.querySelector('[aria-label="Verdict"]'); return !v?.getAttribute('aria-busy') && !document.querySelector('.results-deferred[aria-busy]'); }, undefined, { timeout: 300_000, polling: 250 });
  await page.waitForTimeout(1000);
}
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/ui.cpuprofile', JSON.stringify(profile));
await browser.close(); await server.close();
