// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluatePlan } from '@/engine';
import { App } from './app';
import { makePlanResult, makeVmResult } from './testing/make-plan-result';

vi.mock('@/engine', () => ({ evaluatePlan: vi.fn() }));

const plan = (name: string) => JSON.stringify({ name, vms: [{ id: 'fs01', name: 'FS01', disks: [{ sizeGB: 100 }] }] });

function serve(files: Record<string, string>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const body = files[url];
      return Promise.resolve(body === undefined ? new Response('', { status: 404 }) : new Response(body));
    }),
  );
}

beforeEach(() => {
  vi.mocked(evaluatePlan).mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs caught errors; the test checks the page.
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('shows the plan name and the verdict of the branch office example', async () => {
    serve({ '/examples/branch-office.json': plan('Branch') });
    vi.mocked(evaluatePlan).mockReturnValue(
      makePlanResult({
        stable: false,
        vms: [makeVmResult({ worstRpoSeconds: 7200 })],
        rpo: { worstSeconds: 7200, worstVmId: 'fs01', averageSeconds: 3000 },
      }),
    );
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Branch' })).toBeTruthy();
    const verdict = screen.getByRole('region', { name: 'Verdict' });
    expect(within(verdict).getByText('Not stable: the uplink cannot keep up')).toBeTruthy();
    expect(screen.getByText('2 h (FS01)')).toBeTruthy();
  });

  it('lists warnings, naming the VM once', async () => {
    serve({ '/examples/branch-office.json': plan('Branch') });
    vi.mocked(evaluatePlan).mockReturnValue(
      makePlanResult({
        warnings: [
          { code: 'failure-window-breached', severity: 'error', vmId: 'fs01', message: 'FS01 breaches the failure window' },
          { code: 'paging-file', severity: 'warning', vmId: 'fs01', message: 'Disk "Page" looks like a paging file' },
        ],
      }),
    );
    render(<App />);
    const warnings = within(await screen.findByRole('region', { name: 'Warnings' })).getAllByRole('listitem');
    expect(warnings.map((li) => li.textContent)).toEqual([
      'Error: FS01 breaches the failure window',
      'Warning: FS01: Disk "Page" looks like a paging file',
    ]);
  });

  it('switches to the datacenter example', async () => {
    serve({ '/examples/branch-office.json': plan('Branch'), '/examples/datacenter.json': plan('Datacenter') });
    vi.mocked(evaluatePlan).mockReturnValue(makePlanResult());
    render(<App />);
    await screen.findByRole('heading', { name: 'Branch' });
    fireEvent.change(screen.getByLabelText('Example plan'), { target: { value: 'datacenter' } });
    expect(await screen.findByRole('heading', { name: 'Datacenter' })).toBeTruthy();
  });

  it('contains an engine exception and keeps the plan on screen', async () => {
    serve({ '/examples/branch-office.json': plan('Branch') });
    vi.mocked(evaluatePlan).mockImplementation(() => {
      throw new Error('evaluatePlan: not implemented yet');
    });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not implemented yet');
    expect(screen.getByRole('heading', { name: 'Branch' })).toBeTruthy();
    expect(screen.getByLabelText('Example plan')).toBeTruthy();
  });

  it('lists the issues of an invalid plan as path: message', async () => {
    serve({ '/examples/branch-office.json': JSON.stringify({ vms: [{ frequencySeconds: 60, disks: [{ sizeGB: 1 }] }] }) });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^vms\[0\]\.frequencySeconds: /)).toBeTruthy();
    expect(evaluatePlan).not.toHaveBeenCalled();
  });

  it('says so when the plan file cannot be loaded', async () => {
    serve({});
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 404');
  });
});
