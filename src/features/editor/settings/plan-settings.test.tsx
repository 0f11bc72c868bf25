// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldDomId } from '@/components';
import { formatIssue, parsePlan, type PlanInput } from '@/plan';
import { createPlanStore, PlanStoreProvider } from '@/store';
import { PlanSettings } from './plan-settings';

afterEach(cleanup);

const VM = { id: 'fs01', name: 'FS01', disks: [{ sizeGB: 100, usedGB: 50, churnGBPerDay: 5 }] };

function renderSettings(input: Partial<PlanInput> = {}) {
  const parsed = parsePlan({ vms: [VM], ...input });
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const store = createPlanStore({ initialPlan: parsed.plan });
  render(
    <PlanStoreProvider store={store}>
      <PlanSettings />
    </PlanStoreProvider>,
  );
  return () => store.getState().draft;
}

const uplink = () => screen.getAllByRole('textbox', { name: /^Uplink/ })[0]!;
/** The message under the field at `path`, as FieldShell renders it. */
const issueOf = (path: (string | number)[]) => document.getElementById(`${fieldDomId(path)}-issue`)?.textContent ?? '';
const section = (title: string) => screen.getByRole('heading', { name: title }).closest('details')!;

describe('PlanSettings', () => {
  it('writes the primary uplink to the store', () => {
    const draft = renderSettings();
    expect(uplink().id).toBe(fieldDomId(['link', 'uplinkMbps']));
    fireEvent.change(uplink(), { target: { value: '50' } });
    expect(draft().link.uplinkMbps).toBe(50);
  });

  it('shows the schema message under an invalid uplink, and counts it on the section', () => {
    renderSettings();
    fireEvent.change(uplink(), { target: { value: '0' } });
    expect(uplink().getAttribute('aria-invalid')).toBe('true');
    expect(issueOf(['link', 'uplinkMbps'])).toContain('must be at least 0.001');
    fireEvent.change(uplink(), { target: { value: 'fast' } });
    expect(issueOf(['link', 'uplinkMbps'])).toContain('must be a number, not text "fast"');
    expect(section('Link: primary → replica').querySelector('summary')?.textContent).toContain('1 problem');
  });

  it('disables the extended hop on Windows Server 2012 and says why', () => {
    renderSettings();
    fireEvent.change(screen.getByLabelText('Windows Server version'), { target: { value: '2012' } });
    const toggle = screen.getByLabelText('Replicate on to a third site') as HTMLInputElement;
    expect(toggle.disabled).toBe(true);
    expect(within(section('Extended replica')).getByText('Extended replication needs Windows Server 2012 R2 or later')).toBeTruthy();
    expect(screen.getByText(/2012 replicates every 5 min only/)).toBeTruthy();
  });

  it('still lets a 2012 plan with an extended hop switch it off, showing the rule meanwhile', () => {
    const draft = renderSettings({ replication: { windowsServer: '2012R2' }, extended: {} });
    fireEvent.change(screen.getByLabelText('Windows Server version'), { target: { value: '2012' } });
    // The section opened itself on the error, so the "go to field" link can focus the toggle.
    expect(section('Extended replica').open).toBe(true);
    const toggle = screen.getByLabelText('Replicate on to a third site') as HTMLInputElement;
    expect(toggle.disabled).toBe(false);
    expect(issueOf(['extended'])).toContain('needs Windows Server 2012 R2 or later');
    fireEvent.click(toggle);
    expect(draft().extended).toBeNull();
  });

  it('creates a full extended hop, valid as it stands', () => {
    const draft = renderSettings();
    fireEvent.click(screen.getByLabelText('Replicate on to a third site'));
    expect(draft().extended).toMatchObject({ frequencySeconds: 300, recoveryPoints: 0, link: { uplinkMbps: 20, efficiencyPercent: 94 } });
    expect(parsePlan(draft()).ok).toBe(true);
    expect(screen.getAllByRole('textbox', { name: /^Uplink/ })).toHaveLength(2);
  });

  it('sets 24 copies of the share when "vary by hour" is switched on, and null when off', () => {
    const draft = renderSettings({ link: { sharePercent: 60 } });
    const toggle = screen.getAllByLabelText('Vary the share by hour')[0]!;
    fireEvent.click(toggle);
    expect(draft().link.hourlySharePercent).toEqual(Array(24).fill(60));
    expect((screen.getByRole('textbox', { name: /^Share for replication/ }) as HTMLInputElement).disabled).toBe(true);

    const eight = screen.getByRole('slider', { name: '08:00–09:00' });
    fireEvent.keyDown(eight, { key: 'PageDown' });
    expect(draft().link.hourlySharePercent?.[8]).toBe(50);

    fireEvent.click(toggle);
    expect(draft().link.hourlySharePercent).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('disables the compression ratio when compression is off, and the offline fields for a network plan', () => {
    renderSettings({ initialReplication: { method: 'network' } });
    fireEvent.click(screen.getByLabelText('Compress replication traffic'));
    expect((screen.getByLabelText('Compression ratio (assumption)') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Compression is off: logs are sent as written (ratio 1).')).toBeTruthy();
    expect((screen.getByLabelText('Shipping time') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Network copy starts') as HTMLSelectElement).disabled).toBe(false);
  });

  it('shows the version default as the placeholder of an empty MaximumActiveTransfers', () => {
    renderSettings({ replication: { windowsServer: '2012' } });
    expect(screen.getByLabelText('Parallel transfers').getAttribute('placeholder')).toBe('3 (default)');
  });
});
