// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluatePlan } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import branchOffice from '../../../public/examples/branch-office.json';
import { ResultCharts } from './result-charts';

// The storage chart is replaced by one that throws while `storageFails.now` is set: the error is
// forced in exactly one chart, as a bug in its data or in Recharts would be.
const storageFails = vi.hoisted(() => ({ now: true }));
vi.mock('./storage-chart', async (importOriginal) => {
  const real = await importOriginal<typeof import('./storage-chart')>();
  return {
    StorageChart: (props: Parameters<typeof real.StorageChart>[0]) => {
      if (storageFails.now) throw new Error('storage series has no points');
      return real.StorageChart(props);
    },
  };
});

function plan(): Plan {
  const parsed = parsePlan(branchOffice);
  if (!parsed.ok) throw new Error('example plan is invalid');
  return parsed.plan;
}

beforeEach(() => {
  storageFails.now = true;
  // React reports each caught error on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a chart that throws', () => {
  it('is replaced by a message naming it and the error; the other four charts are drawn', () => {
    const p = plan();
    render(<ResultCharts plan={p} result={evaluatePlan(p)} />);
    const region = screen.getByRole('region', { name: 'Charts' });
    const alert = within(region).getByRole('alert');
    expect(alert.textContent).toContain('The storage chart could not be shown: storage series has no points.');
    expect(alert.textContent).toContain('your plan is unchanged');
    const titles = within(region)
      .getAllByRole('figure')
      .map((f) => document.getElementById(f.getAttribute('aria-labelledby')!)!.textContent);
    expect(titles).toEqual([
      'Wire demand by hour vs usable link capacity',
      'Backlog and worst RPO through the day',
      'What if the uplink changes: worst RPO and cycles on time',
      'Initial replication timeline per VM',
    ]);
  });

  it('draws again on Try again once the fault is gone', () => {
    const p = plan();
    render(<ResultCharts plan={p} result={evaluatePlan(p)} />);
    storageFails.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('figure')).toHaveLength(5);
  });

  it('tries again by itself when a new result arrives', () => {
    const p = plan();
    const { rerender } = render(<ResultCharts plan={p} result={evaluatePlan(p)} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    storageFails.now = false;
    rerender(<ResultCharts plan={p} result={evaluatePlan(p)} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
