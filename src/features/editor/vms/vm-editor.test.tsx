// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '@/plan';
import { createPlanStore, PlanStoreProvider, type PlanStore } from '@/store';
import { branchOffice } from '@/store/testing/example-plan';
import { VmEditor } from './vm-editor';

afterEach(cleanup);

// Branch office (2012 R2, growth 10 %, compression 0.7): DC01, FS01 (OS, Data, Pagefile excluded), APP01, SQL01.
function renderEditor(plan: Plan = branchOffice()): PlanStore {
  const store = createPlanStore({ initialPlan: plan });
  render(
    <PlanStoreProvider store={store}>
      <VmEditor />
    </PlanStoreProvider>,
  );
  return store;
}

const names = (store: PlanStore) => store.getState().draft.vms.map((vm) => vm.name);
const button = (name: string) => screen.getByRole('button', { name });

describe('VmEditor rows', () => {
  it('is a table named "Virtual machines" with one row per VM and inputs named after the VM', () => {
    renderEditor();
    const table = screen.getByRole('table', { name: /Virtual machines/ });
    expect(within(table).getByRole('textbox', { name: 'Count of FS01' })).toHaveProperty('value', '1');
    expect(within(table).getByRole('combobox', { name: 'Frequency of SQL01' })).toHaveProperty('value', '300');
    expect(document.getElementById('vm-row-fs01')?.tabIndex).toBe(-1); // the results table reveals rows by this id
  });

  it('adds a VM and puts focus in its name', () => {
    const store = renderEditor();
    fireEvent.click(button('Add VM'));
    expect(names(store)).toEqual(['DC01', 'FS01', 'APP01', 'SQL01', 'VM 5']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of VM in row 5' }));
  });

  it('duplicates, deletes and reorders; delete is disabled on the only VM with the reason', () => {
    const store = renderEditor();
    fireEvent.click(button('Duplicate FS01'));
    expect(names(store)).toEqual(['DC01', 'FS01', 'FS01 (copy)', 'APP01', 'SQL01']);
    fireEvent.click(button('Move SQL01 up'));
    expect(names(store)).toEqual(['DC01', 'FS01', 'FS01 (copy)', 'SQL01', 'APP01']);
    expect(document.activeElement).toBe(button('Move SQL01 up')); // focus follows the moved row
    fireEvent.click(button('Move DC01 down'));
    expect(names(store)[1]).toBe('DC01');
    for (const name of ['FS01', 'FS01 (copy)', 'SQL01', 'APP01']) fireEvent.click(button(`Delete ${name}`));
    expect(names(store)).toEqual(['DC01']);
    expect(button('Delete DC01')).toHaveProperty('disabled', true);
    expect(screen.getByText('A plan needs one VM')).toBeTruthy();
  });

  it('on Windows Server 2012 offers 5 min only, saying why', () => {
    const store = renderEditor();
    act(() => store.getState().setField(['replication', 'windowsServer'], '2012'));
    const frequency = screen.getByRole('combobox', { name: 'Frequency of FS01' });
    const options = within(frequency).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => [o.textContent, o.disabled])).toEqual([
      ['30 s (2012 R2 or later)', true],
      ['5 min', false],
      ['15 min (2012 R2 or later)', true],
    ]);
    expect(screen.getByText(/Windows Server 2012 replicates every 5 min only/)).toBeTruthy();
  });

  it('picking a workload re-estimates churn from the preset, undone in one step', () => {
    const store = renderEditor();
    fireEvent.change(screen.getByRole('combobox', { name: 'Workload of APP01' }), { target: { value: 'sql' } });
    // APP01 OS: 42 GiB used × 10 %/day = 4.2 GiB/day (was 1).
    expect(store.getState().draft.vms[2]!.disks[0]!.churnGBPerDay).toBeCloseTo(4.2, 12);
    expect(screen.getByRole('status').textContent).toMatch(/APP01: churn re-estimated at 10 %/);
    act(() => store.getState().undo());
    expect(store.getState().draft.vms[2]!.disks[0]!.churnGBPerDay).toBe(1);
  });

  it('switching to a custom profile opens the 24 hour bars, seeded from the old profile', () => {
    const store = renderEditor();
    fireEvent.change(screen.getByRole('combobox', { name: 'Profile of FS01' }), { target: { value: 'custom' } });
    expect(store.getState().draft.vms[1]!.hourlyWeights?.[9]).toBe(3); // business hours: 3× from 08:00
    expect(screen.getByText('Hourly churn weights of FS01')).toBeTruthy();
    expect(button('Hours of FS01').getAttribute('aria-expanded')).toBe('true');
  });
});

describe('VmEditor provenance tags', () => {
  /** The text a control is described by (its aria-describedby targets), as a screen reader reads it. */
  const description = (el: HTMLElement) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const diskSummary = (vm: string) => screen.getByRole('button', { name: new RegExp(`^Disks of ${vm}:`) }).textContent ?? '';

  it('say where churn and profile came from, and follow the user’s edits', () => {
    const store = renderEditor();
    // APP01 in the example: its churn figure and profile were written by the user (v2 → entered).
    const profile = screen.getByRole('combobox', { name: 'Profile of APP01' });
    expect(description(profile)).toBe('Profile source: entered (typed, pasted or imported)');
    expect(diskSummary('APP01')).toContain('Churn source: entered');

    fireEvent.change(screen.getByRole('combobox', { name: 'Workload of APP01' }), { target: { value: 'sql' } });
    expect(description(screen.getByRole('combobox', { name: 'Profile of APP01' }))).toBe('Profile source: rule of thumb (workload preset)');
    expect(diskSummary('APP01')).toContain('Churn source: rule of thumb (workload preset)');

    // Typing one disk's churn: that disk says entered; the VM's line names both sources.
    fireEvent.click(screen.getByRole('button', { name: /^Disks of SQL01:/ }));
    act(() => store.getState().applyWorkload(3, 'file-server'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Churn of Data of SQL01' }), { target: { value: '3,5' } });
    expect(description(screen.getByRole('textbox', { name: 'Churn of Data of SQL01' }))).toContain('Churn source: entered');
    expect(description(screen.getByRole('textbox', { name: 'Churn of OS of SQL01' }))).toContain('Churn source: rule of thumb');
    expect(diskSummary('SQL01')).toContain('Churn source: entered (typed, pasted or imported) + rule of thumb (workload preset)');

    fireEvent.change(screen.getByRole('combobox', { name: 'Profile of APP01' }), { target: { value: 'flat' } });
    expect(description(screen.getByRole('combobox', { name: 'Profile of APP01' }))).toBe('Profile source: entered (typed, pasted or imported)');
  });

  it('show measured figures as measured', () => {
    const plan = branchOffice();
    const measured = { ...plan, vms: plan.vms.map((vm, i) => (i === 0 ? { ...vm, provenance: { churn: 'measured' as const, profile: 'measured' as const } } : vm)) };
    renderEditor(measured);
    expect(description(screen.getByRole('combobox', { name: 'Profile of DC01' }))).toBe('Profile source: measured (derived from the customer’s measurements)');
    expect(diskSummary('DC01')).toContain('Churn source: measured');
  });
});

describe('VmEditor disks', () => {
  const openDisks = (vm: string) => fireEvent.click(screen.getByRole('button', { name: new RegExp(`^Disks of ${vm}:`) }));

  it('expands with aria-expanded and excludes a disk in one click, showing the saving', () => {
    const store = renderEditor();
    expect(screen.getByRole('button', { name: /^Disks of FS01:/ }).getAttribute('aria-expanded')).toBe('false');
    openDisks('FS01');
    expect(screen.getByRole('button', { name: /^Disks of FS01:/ }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Replicate Data of FS01' }));
    expect(store.getState().draft.vms[1]!.disks[1]!.replicated).toBe(false);
    // 3 GiB/day × 1.1 growth = 3.3 GiB/day of logs; × 0.7 compression × 8 bit ÷ 86 400 s
    // = 3.3 × 2^30 × 0.7 × 8 / 86 400 = 229 661 bit/s ≈ 0.23 Mbps.
    expect(screen.getByText('Excluded: saves 3.3 GiB/day (≈ 0.23 Mbps average on the wire)')).toBeTruthy();
    // The paging file was already excluded: 6 × 1.1 = 6.6 GiB/day → 0.459 Mbps.
    expect(screen.getByText('Excluded: saves 6.6 GiB/day (≈ 0.459 Mbps average on the wire)')).toBeTruthy();
  });

  it('adds and deletes disks; the last disk cannot go', () => {
    const store = renderEditor();
    openDisks('DC01');
    fireEvent.click(button('Add disk to DC01'));
    expect(store.getState().draft.vms[0]!.disks).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of disk 2 of DC01' }));
    fireEvent.click(button('Delete disk Disk 2 of DC01'));
    expect(button('Delete disk OS of DC01')).toHaveProperty('disabled', true);
  });

  it('churn typed as % of used size round-trips to GB/day', () => {
    const store = renderEditor();
    openDisks('FS01');
    fireEvent.click(screen.getByRole('radio', { name: '% of used per day' }));
    const pct = screen.getByRole('textbox', { name: 'Churn of Data of FS01, % of used per day' }) as HTMLInputElement;
    expect(pct.value).toBe('1.4286'); // 3 GiB/day ÷ 210 GiB used × 100 = 1.428571 %
    expect(pct.id).toBe('field-vms_1__disks_1__churnGBPerDay'); // warnings link to the GB/day field's id
    fireEvent.change(pct, { target: { value: '2' } });
    expect(store.getState().draft.vms[1]!.disks[1]!.churnGBPerDay).toBeCloseTo(4.2, 12); // 210 × 2 ÷ 100
    fireEvent.click(screen.getByRole('radio', { name: 'GB/day' }));
    expect(screen.getByRole('textbox', { name: 'Churn of Data of FS01' })).toHaveProperty('value', '4.2');
  });

  it('% mode: a negative % shows the schema message; used 0 disables it with the reason', () => {
    const store = renderEditor();
    openDisks('FS01');
    fireEvent.click(screen.getByRole('radio', { name: '% of used per day' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Churn of OS of FS01, % of used per day' }), { target: { value: '-1' } });
    expect(screen.getByText(/must be at least 0/)).toBeTruthy();
    act(() => store.getState().setField(['vms', 1, 'disks', 1, 'usedGB'], 0));
    expect(screen.getByRole('textbox', { name: 'Churn of Data of FS01, % of used per day' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Used size is 0/)).toBeTruthy();
  });
});

describe('VmEditor paste', () => {
  const paste = (target: Element, text: string) => fireEvent.paste(target, { clipboardData: { getData: () => text } });

  it('a multi-line paste on the table opens the preview; Add appends as one undo step', async () => {
    const store = renderEditor();
    paste(screen.getByRole('table', { name: /Virtual machines/ }), 'Name\tSize\tUsed\tChurn (GB/day)\nWEB01\t80\t40\t1\nWEB02\t80\tforty\t1\nWEB03\t60\t30\t0.5');
    const dialog = await screen.findByRole('dialog', { name: 'Paste rows from a spreadsheet' }, { timeout: 5000 }); // loads on first paste
    expect(within(dialog).getByRole('status').textContent).toMatch(/2 VMs ready to add/);
    expect(within(dialog).getByText('Row 3, Used: not a number ("forty")')).toBeTruthy();
    expect(names(store)).toHaveLength(4); // nothing added before confirming
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 VMs' }));
    expect(names(store)).toEqual(['DC01', 'FS01', 'APP01', 'SQL01', 'WEB01', 'WEB03']);
    // The failed row stays in the box with its header, to fix and add again.
    expect(within(dialog).getByRole('textbox', { name: 'Rows (tab-separated)' })).toHaveProperty('value', 'Name\tSize\tUsed\tChurn (GB/day)\nWEB02\t80\tforty\t1');
    act(() => store.getState().undo());
    expect(names(store)).toHaveLength(4);
  });

  it('a single value pasted into a cell is an ordinary paste', () => {
    renderEditor();
    paste(screen.getByRole('textbox', { name: 'Count of FS01' }), '3');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('"Paste rows…" keeps the text of a cancelled paste for next time', async () => {
    renderEditor();
    fireEvent.click(button('Paste rows…'));
    const box = () => screen.getByRole('textbox', { name: 'Rows (tab-separated)' });
    await screen.findByRole('textbox', { name: 'Rows (tab-separated)' });
    fireEvent.change(box(), { target: { value: 'X\tabc' } });
    expect(screen.getByText('Row 1, Size: not a number ("abc")')).toBeTruthy();
    fireEvent.click(button('Cancel'));
    fireEvent.click(button('Paste rows…'));
    expect(await screen.findByRole('textbox', { name: 'Rows (tab-separated)' })).toHaveProperty('value', 'X\tabc');
  });
});

describe('VmEditor large plans', () => {
  it('shows 100 rows a page with a filter', () => {
    const plan = branchOffice();
    const vms = Array.from({ length: 250 }, (_, i) => ({ ...plan.vms[0]!, id: `vm${i + 1}`, name: `VM${i + 1}` }));
    renderEditor({ ...plan, vms });
    // Role queries walk the whole tree in jsdom (slow on 100 rows): rows are counted by their ids.
    const rows = () => [...document.querySelectorAll('tr.vm-row')].map((tr) => tr.getAttribute('aria-label'));
    expect(rows()).toHaveLength(100);
    // Label queries also walk every node: the pager's controls are found by selector instead.
    fireEvent.click(document.querySelector('button[aria-label="Next page"]')!);
    expect(rows()[0]).toBe('VM101');
    expect(document.querySelector('.vm-pager [aria-live]')?.textContent).toBe('101–200 of 250');
    fireEvent.change(document.querySelector('.vm-pager input[type="search"]')!, { target: { value: 'vm25' } });
    expect(rows()).toEqual(['VM25', 'VM250']);
  });
});
