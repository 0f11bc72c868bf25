// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldDomId, revealById, vmRowDomId } from '@/components';
import { warningWithMessage, type Warning } from '@/engine';
import { buildPlan } from '@/test/factories';
import { makeTestResult, makeTestVm } from '@/test/plan-result';
import { WARNINGS_PER_GROUP, WarningsPanel } from './warnings-panel';

vi.mock('@/components', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/components')>()), revealById: vi.fn(() => true) }));

afterEach(() => {
  cleanup();
  vi.mocked(revealById).mockClear();
});

const pagingDisk = warningWithMessage({
  code: 'paging-disk-replicated',
  severity: 'warning',
  vmId: 'fs01',
  field: 'vms[0].disks[1].replicated',
  params: { vmName: 'FS01', diskName: 'Pagefile', flag: { code: 'paging-disk-replicated', field: 'replicated' } },
});

function renderWarnings(warnings: Warning[]) {
  const result = makeTestResult({ vms: [makeTestVm({ id: 'fs01', name: 'FS01' })], warnings });
  render(<WarningsPanel plan={buildPlan()} result={result} />);
  return screen.getByRole('region', { name: 'Warnings' });
}

describe('WarningsPanel', () => {
  it('says so when there are none', () => {
    expect(renderWarnings([]).textContent).toContain('No warnings');
  });

  it('groups by severity, most severe first, with the severity in words', () => {
    const panel = renderWarnings([
      warningWithMessage({ code: 'compression-off', severity: 'info', params: {} }),
      pagingDisk,
      warningWithMessage({ code: 'extended-unstable', severity: 'error', params: { requiredUplinkMbps: 12.5 } }),
    ]);
    const titles = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['✖ Errors (1)', '⚠ Warnings (1)', 'ℹ Notes (1)']);
    const items = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Error: The extended hop cannot keep up: 12.5 Mbps of replica-site uplink is needed.');
    expect(items[2]).toContain('Note: Compression is off:');
  });

  it('links to the field by its name in the editor and to the VM row', () => {
    const panel = renderWarnings([pagingDisk]);
    fireEvent.click(within(panel).getByRole('button', { name: /^Go to .*, disk .*: Replicated$/ }));
    expect(revealById).toHaveBeenLastCalledWith(fieldDomId('vms[0].disks[1].replicated'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Show FS01' }));
    expect(revealById).toHaveBeenLastCalledWith(vmRowDomId('fs01'));
  });
});

describe('WarningsPanel on a big plan', () => {
  it(`shows ${WARNINGS_PER_GROUP} per severity until "Show all"`, () => {
    const many: Warning[] = Array.from({ length: WARNINGS_PER_GROUP + 5 }, (_, i) =>
      warningWithMessage({ code: 'resync-required', severity: 'error', vmId: `vm${i}`, params: { vmName: `VM ${i}` } }),
    );
    const panel = renderWarnings(many);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(WARNINGS_PER_GROUP);
    fireEvent.click(within(panel).getByRole('button', { name: `Show all ${WARNINGS_PER_GROUP + 5} errors` }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(WARNINGS_PER_GROUP + 5);
  });
});
