// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateMeasured } from '@/engine';
import { createPlanStore, PlanStoreProvider, type PlanStore } from '@/store';
import { branchOffice } from '@/store/testing/example-plan';
import { inventoryCsv, perfmonCsv } from '../fixtures/perfmon-fixture';
import { parseInventoryCsv } from '../inventory/inventory-csv';
import { matchCounters } from '../inventory/matching';
import { parsePerfmonText } from '../perfmon/csv-driver';
import { FilesStep } from './files-step';
import { MatchStep } from './match-step';
import type { Session } from './session';
import { SummaryStep } from './summary-step';

afterEach(cleanup);

/** Two VMs (SQL01: OS, Data, Log; FS01: OS, Shares) measured for a day; FS01's OS disk missing from the inventory. */
function session(): Session {
  const m = parsePerfmonText(perfmonCsv({ days: 1, vmCount: 2 }));
  const inv = parseInventoryCsv(
    inventoryCsv({ vmCount: 2 })
      .split('\r\n')
      .filter((l) => !l.includes('FS01-OS.vhdx'))
      .join('\r\n'),
  );
  if (!m.ok || !inv.ok) throw new Error('fixture');
  return { perfmonFileName: 'churn.csv', inventoryFileName: 'inv.csv', measurement: m.measurement, inventory: inv.disks, matches: matchCounters(m.measurement.counters, inv.disks) };
}

function Harness({ initial }: { initial: Session }) {
  const [s, setS] = useState(initial);
  return <MatchStep session={s} onChange={setS} onBack={() => undefined} onContinue={() => undefined} />;
}

describe('MatchStep', () => {
  it('lists problems first, builds a disk list on focus, and lets a counter be assigned and another excluded', () => {
    render(<Harness initial={session()} />);
    expect(screen.getByText(/5 disk counters: 4 matched, 1 not matched/)).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows[1]!.textContent).toContain('FS01-OS.vhdx'); // the unmatched one leads
    const select = screen.getByRole('combobox', { name: /FS01-OS\.vhdx on HV-NODE01$/ });
    expect(within(select).getAllByRole('option')).toHaveLength(1); // only "Not matched" until focused
    fireEvent.focus(select);
    expect(within(select).getAllByRole('option')).toHaveLength(5); // Not matched + the 4 inventory disks
    fireEvent.change(select, { target: { value: '3' } }); // FS01 — FS01-Shares.vhdx
    fireEvent.click(screen.getByRole('checkbox', { name: /SQL01-Log\.vhdx on HV-NODE01$/ }));
    expect(screen.getByText(/5 disk counters: 4 matched, 1 excluded/)).toBeTruthy();
  });
});

describe('SummaryStep', () => {
  function renderSummary(): PlanStore {
    const store = createPlanStore({ initialPlan: branchOffice() });
    render(
      <PlanStoreProvider store={store}>
        <SummaryStep
          session={session()}
          storageNote=""
          onUse={() => undefined}
          onRematch={() => undefined}
          onNewFiles={() => undefined}
          onForget={() => undefined}
          analyse={(plan, input) => Promise.resolve(evaluateMeasured(plan, input))}
        />
      </PlanStoreProvider>,
    );
    return store;
  }

  it('shows one row per measured VM and says what a share link carries', () => {
    renderSummary();
    const table = screen.getByRole('table', { name: 'Measured write churn per VM' });
    expect(within(table).getAllByRole('row').map((r) => r.querySelector('th')?.textContent)).toEqual(['VM', 'SQL01', 'FS01']);
    expect(screen.getByText(/A share link or plan file carries the plan only/)).toBeTruthy();
  });

  it('derives churn and profiles into the plan as one undo step, with the replay as its evidence', async () => {
    const store = renderSummary();
    fireEvent.change(screen.getByLabelText('Percentile'), { target: { value: '90' } });
    // The branch office's VMs that were not measured stay unless asked (they are not placeholders).
    expect((screen.getByRole('checkbox', { name: /Remove the plan VMs that were not measured/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Derive churn and profile' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/from the 90th-percentile day of each hour \(all days\), disks split by the same day: updated SQL01, FS01\./));
    const plan = store.getState().lastValidPlan;
    const sql = plan.vms.find((v) => v.name === 'SQL01')!;
    expect(sql.profile).toBe('custom');
    expect(sql.provenance).toMatchObject({ churn: 'measured', profile: 'measured' });
    expect(plan.measured).toMatchObject({ source: 'churn.csv', derivedFrom: { day: 'percentile', percentile: 90, days: 'all' } });
    expect(sql.disks.map((d) => d.name)).toEqual(['SQL01-OS', 'SQL01-Data', 'SQL01-Log']);
    store.getState().undo();
    expect(store.getState().lastValidPlan.vms.find((v) => v.name === 'SQL01')!.profile).not.toBe('custom');
  });
});

describe('DeriveForm number boxes', () => {
  it('read a decimal comma as the editor does: growth "20,5" is 20.5 %; a fractional percentile is refused with a message', async () => {
    const store = createPlanStore({ initialPlan: branchOffice() });
    render(
      <PlanStoreProvider store={store}>
        <SummaryStep
          session={session()}
          storageNote=""
          onUse={() => undefined}
          onRematch={() => undefined}
          onNewFiles={() => undefined}
          onForget={() => undefined}
          analyse={(plan, input) => Promise.resolve(evaluateMeasured(plan, input))}
        />
      </PlanStoreProvider>,
    );
    const derive = screen.getByRole('button', { name: 'Derive churn and profile' }) as HTMLButtonElement;
    fireEvent.change(screen.getByLabelText('Percentile'), { target: { value: '92,5' } });
    expect(screen.getByText('Enter a whole percentile from 50 to 100.')).toBeTruthy();
    expect(derive.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Percentile'), { target: { value: '92' } });
    fireEvent.change(screen.getByLabelText('Growth (%)'), { target: { value: '20,5' } });
    expect(derive.disabled).toBe(false);
    fireEvent.click(derive);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/from the 92nd-percentile day of each hour \(all days\) \+ 20\.5 % growth/));
    expect(store.getState().lastValidPlan.measured?.derivedFrom).toMatchObject({ percentile: 92, growthPercent: 20.5 });
    fireEvent.change(screen.getByLabelText('Growth (%)'), { target: { value: 'lots' } });
    expect(screen.getByText('Enter 0 to 1,000 %.')).toBeTruthy();
  });
});

describe('FilesStep', () => {
  it('says so when a chosen file can no longer be read, and imports nothing', async () => {
    const imported: unknown[] = [];
    render(<FilesStep onImported={(x) => imported.push(x)} />);
    const gone = new File(['x'], 'inventory.csv', { type: 'text/csv' });
    gone.text = () => Promise.reject(new Error('the file was moved'));
    fireEvent.change(screen.getByLabelText('Perfmon CSV (write bytes/s)'), { target: { files: [new File(['x'], 'churn.csv')] } });
    fireEvent.change(screen.getByLabelText('Inventory CSV (VMs and disks)'), { target: { files: [gone] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('inventory.csv could not be read (the file was moved). Nothing was imported; the plan is unchanged.');
    expect(imported).toEqual([]);
  });
});
