// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanStore, type PlanStore } from '@/store';
import { App } from './app';
import { examplePlan } from './examples';

afterEach(cleanup);

function renderApp(store: PlanStore = createPlanStore({ initialPlan: examplePlan('branch-office') })) {
  render(<App store={store} />);
  return store;
}

const verdict = () => screen.getByRole('region', { name: 'Verdict' });

describe('App', () => {
  it('opens with the verdict sentence of the plan', () => {
    renderApp();
    // Branch office: 0.3 Mbps ADSL uplink, the backlog grows (see the CLI summary in the README).
    expect(verdict().textContent).toContain('Not enough');
    expect(verdict().textContent).toContain('The 0.3 Mbps uplink cannot keep up');
  });

  it('updates the verdict when the uplink changes in the store', () => {
    const store = renderApp();
    act(() => store.getState().setField(['link', 'uplinkMbps'], 100));
    expect(verdict().textContent).toContain('The 100 Mbps uplink');
  });

  it('keeps the last results, marked out of date, while the plan is invalid', () => {
    const store = renderApp();
    act(() => store.getState().setField(['link', 'uplinkMbps'], 'fast'));
    expect(verdict().textContent).toContain('The 0.3 Mbps uplink cannot keep up');
    expect(verdict().textContent).toMatch(/1 error: results are for the last valid plan/);
    expect(verdict().textContent).toContain('Uplink (Mbps) must be a number');
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', () => {
    const store = renderApp();
    act(() => store.getState().setField(['link', 'uplinkMbps'], 100));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(store.getState().draft.link.uplinkMbps).toBe(0.3);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().draft.link.uplinkMbps).toBe(100);
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(store.getState().draft.link.uplinkMbps).toBe(0.3);
  });

  it('loads an example from the toolbar and says how to get the plan back', () => {
    const store = renderApp();
    fireEvent.change(screen.getByLabelText('Load example'), { target: { value: 'datacenter' } });
    expect(store.getState().draft.vms.length).toBe(examplePlan('datacenter').vms.length);
    expect(screen.getByText(/Loaded the example/).textContent).toContain('Undo');
  });

  it('asks before resetting settings, and keeps the VMs', () => {
    const store = renderApp();
    const vms = store.getState().draft.vms;
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset settings', hidden: true }));
    expect(store.getState().draft.link.uplinkMbps).toBe(20);
    expect(store.getState().draft.vms).toBe(vms);
  });

  it('shows a saved-plan notice until dismissed', () => {
    renderApp(createPlanStore({ initialPlan: examplePlan(), notice: { kind: 'corrupt-saved-plan', message: 'The saved plan could not be opened.' } }));
    expect(screen.getByRole('alert').textContent).toContain('could not be opened');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be opened/)).toBeNull();
  });

  it('converts storage units from the toolbar', () => {
    const store = renderApp();
    fireEvent.click(screen.getByLabelText('GB'));
    expect(store.getState().draft.units.storage).toBe('decimal');
  });
});
