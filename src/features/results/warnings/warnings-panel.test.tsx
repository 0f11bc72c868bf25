// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldDomId, revealById, vmRowDomId } from '@/components';
import type { Warning } from '@/engine';
import { buildPlan } from '@/test/factories';
import { makeTestResult, makeTestVm } from '@/test/plan-result';
import { WARNINGS_PER_GROUP, WarningsPanel } from './warnings-panel';

vi.mock('@/components', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/components')>()), revealById: vi.fn(() => true) }));

afterEach(() => {
  cleanup();
  vi.mocked(revealById).mockClear();
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
      { code: 'compression-off', severity: 'info', message: 'Compression is off.' },
      { code: 'paging-disk', severity: 'warning', vmId: 'fs01', message: 'Page disk replicated.' },
      { code: 'unstable', severity: 'error', message: 'The link cannot keep up.' },
    ]);
    const titles = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['✖ Errors (1)', '⚠ Warnings (1)', 'ℹ Notes (1)']);
    const items = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Error: The link cannot keep up.');
    expect(items[2]).toContain('Note: Compression is off.');
  });

  it('links to the field by its name in the editor and to the VM row', () => {
    const panel = renderWarnings([
      { code: 'paging-disk', severity: 'warning', vmId: 'fs01', field: 'vms[0].disks[1].replicated', message: 'Page disk replicated.' },
    ]);
    fireEvent.click(within(panel).getByRole('button', { name: /^Go to .*, disk .*: Replicated$/ }));
    expect(revealById).toHaveBeenLastCalledWith(fieldDomId('vms[0].disks[1].replicated'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Show FS01' }));
    expect(revealById).toHaveBeenLastCalledWith(vmRowDomId('fs01'));
  });
});

describe('WarningsPanel on a big plan', () => {
  it(`shows ${WARNINGS_PER_GROUP} per severity until "Show all"`, () => {
    const many: Warning[] = Array.from({ length: WARNINGS_PER_GROUP + 5 }, (_, i) => ({ code: 'breach', severity: 'error', vmId: `vm${i}`, message: `VM ${i} breaches.` }));
    const panel = renderWarnings(many);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(WARNINGS_PER_GROUP);
    fireEvent.click(within(panel).getByRole('button', { name: `Show all ${WARNINGS_PER_GROUP + 5} errors` }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(WARNINGS_PER_GROUP + 5);
  });
});
