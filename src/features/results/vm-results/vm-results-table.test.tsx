// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldDomId, revealById, vmRowDomId } from '@/components';
import { buildPlan, makeVm } from '@/test/factories';
import { makeTestResult, makeTestVm } from '@/test/plan-result';
import { VM_RESULTS_MORE, VM_RESULTS_PAGE, VmResultsTable } from './vm-results-table';

vi.mock('@/components', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/components')>()), revealById: vi.fn(() => true) }));

afterEach(() => {
  cleanup();
  vi.mocked(revealById).mockClear();
});

function renderTable(n = 3) {
  const ids = Array.from({ length: n }, (_, i) => `vm${i}`);
  const plan = buildPlan({ vms: ids.map((id, i) => makeVm({ id, name: `VM-${i}`, count: i === 1 ? 4 : 1 })) });
  // RPO grows with the index; vm0 is critical, so health and RPO orders differ.
  const vms = ids.map((id, i) =>
    makeTestVm({ id, name: `VM-${i}`, worstRpoSeconds: 300 + 60 * i, health: i === 0 ? 'critical' : 'normal', failureWindowBreach: i === 2 ? { atSeconds: 3600, delaySeconds: 2400 } : null }),
  );
  render(<VmResultsTable plan={plan} result={makeTestResult({ vms })} />);
  return screen.getByRole('table', { name: 'Per-VM results' });
}

const rowNames = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('button')[0]!.textContent);
const header = (table: HTMLElement, name: RegExp) => within(table).getByRole('columnheader', { name });

describe('VmResultsTable', () => {
  it('lists every VM, worst RPO first, with health as text and group counts', () => {
    const table = renderTable();
    expect(rowNames(table)).toEqual(['VM-2', 'VM-1', 'VM-0']);
    expect(header(table, /Worst RPO/).getAttribute('aria-sort')).toBe('descending');
    expect(header(table, /Health/).getAttribute('aria-sort')).toBe('none');
    expect(table.textContent).toContain('Critical');
    expect(table.textContent).toContain('× 4');
    // vm2 breaches at 01:00 after a 40 min wait; others show a dash.
    expect(table.textContent).toContain('01:00,');
    expect(table.textContent).toContain('waits 40 min');
  });

  it('sorts by a header button and reverses on the second click', () => {
    const table = renderTable();
    fireEvent.click(within(header(table, /Health/)).getByRole('button'));
    expect(header(table, /Health/).getAttribute('aria-sort')).toBe('descending');
    expect(header(table, /Worst RPO/).getAttribute('aria-sort')).toBe('none');
    expect(rowNames(table)[0]).toBe('VM-0');
    fireEvent.click(within(header(table, /^VM/)).getByRole('button'));
    expect(rowNames(table)).toEqual(['VM-0', 'VM-1', 'VM-2']);
    fireEvent.click(within(header(table, /^VM/)).getByRole('button'));
    expect(header(table, /^VM/).getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(table)).toEqual(['VM-2', 'VM-1', 'VM-0']);
  });

  it('reveals the VM row in the editor when its name is clicked', () => {
    const table = renderTable();
    fireEvent.click(within(table).getByRole('button', { name: 'VM-1' }));
    expect(revealById).toHaveBeenCalledWith(vmRowDomId('vm1'));
    expect(revealById).not.toHaveBeenCalledWith(fieldDomId('vms[1].name'));
  });

  it(`shows the worst ${VM_RESULTS_PAGE} of a big plan until "Show all"`, () => {
    const table = renderTable(VM_RESULTS_PAGE + 10);
    expect(within(table).getAllByRole('row')).toHaveLength(VM_RESULTS_PAGE + 1);
    // Worst first: the last VM has the largest RPO.
    expect(rowNames(table)[0]).toBe(`VM-${VM_RESULTS_PAGE + 9}`);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${VM_RESULTS_PAGE + 10}` }));
    expect(within(table).getAllByRole('row')).toHaveLength(VM_RESULTS_PAGE + 11);
  });

  it(`grows a very big table ${VM_RESULTS_MORE} rows per click (1 200 VMs: 50 → 550 → 1 050 → all)`, () => {
    // Plain selectors: role queries over a thousand rows are very slow in jsdom.
    const table = renderTable(1200);
    const bodyRows = () => table.querySelectorAll('tbody tr').length;
    const click = (label: string) => fireEvent.click(screen.getByText(label, { selector: 'button' }));
    expect(bodyRows()).toBe(VM_RESULTS_PAGE);
    click(`Show ${VM_RESULTS_MORE} more`);
    expect(bodyRows()).toBe(550);
    click(`Show ${VM_RESULTS_MORE} more`);
    expect(bodyRows()).toBe(1050);
    click('Show all 1200');
    expect(bodyRows()).toBe(1200);
    click(`Show the first ${VM_RESULTS_PAGE}`);
    expect(bodyRows()).toBe(VM_RESULTS_PAGE);
  }, 120_000);
});
