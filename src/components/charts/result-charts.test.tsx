// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import branchOffice from '../../../public/examples/branch-office.json';
import datacenter from '../../../public/examples/datacenter.json';
import { ResultCharts } from './result-charts';

afterEach(cleanup);

function example(input: unknown): Plan {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error('example plan is invalid');
  return parsed.plan;
}

const TITLES = [
  'Wire demand by hour vs usable link capacity',
  'Backlog and worst RPO through the day',
  'What if the uplink changes: worst RPO and cycles on time',
  'Storage: replica site and primary free space',
  'Initial replication timeline per VM',
];

function renderCharts(input: unknown) {
  const plan = example(input);
  render(<ResultCharts plan={plan} result={evaluatePlan(plan)} />);
  return screen.getByRole('region', { name: 'Charts' });
}

describe('ResultCharts', () => {
  it('renders five figures, each named by its title and described by its summary', () => {
    const region = renderCharts(branchOffice);
    const figures = within(region).getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-labelledby') && document.getElementById(f.getAttribute('aria-labelledby')!)!.textContent)).toEqual(TITLES);
    for (const f of figures) expect(document.getElementById(f.getAttribute('aria-describedby')!)!.textContent).not.toBe('');
  });

  it('summarises the branch office in words: peak vs capacity, breaches, requirements, never-ending copies', () => {
    const region = renderCharts(branchOffice);
    const text = region.textContent ?? '';
    // CLI summary: busiest hour 0.837 Mbps at 08:00 on 0.27 Mbps usable; 0.58 Mbps to keep up.
    expect(text).toContain('Peak demand 0.837 Mbps at 08:00 vs 0.27 Mbps usable');
    expect(text).toContain('3 VMs breach the 30 min failure window from day 1, 01:00 on.');
    expect(text).toContain('Keeps up: 0.58 Mbps');
    expect(text).toContain('Replica site needs 475 GiB');
    expect(text).toContain('2 of 4 VMs never complete: FS01 (catch-up never finishes), SQL01 (catch-up never finishes).');
    expect(text).toContain('The RPO grows without limit');
  });

  it('summarises the datacenter: no breach, all VMs protected, offline recommended', () => {
    const text = renderCharts(datacenter).textContent ?? '';
    expect(text).toContain('No VM breaches it.');
    expect(text).toContain('All 14 VMs protected after 3 d 18 h.');
    expect(text).toContain('Ship FS01, EXCH, BATCH01 and CA01 on disk (offline): every VM protected after 2 d 19 h instead of 3 d 18 h.');
  });

  it('offers each chart as a data table', () => {
    const region = renderCharts(branchOffice);
    const disclosures = within(region).getAllByText('Show data as table');
    expect(disclosures).toHaveLength(5);
    fireEvent.click(disclosures[0]!);
    // 24 hours + header row in the demand table.
    expect(within(within(region).getAllByRole('figure')[0]!).getAllByRole('row', { hidden: true })).toHaveLength(25);
  });
});
