// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanStoreProvider, createPlanStore } from '@/store';
import { branchOffice } from '@/store/testing/example-plan';
import { StatusLine, statusMessage, type StatusMessage } from './status-line';

afterEach(cleanup);

let setA: (m: StatusMessage) => void = () => {};
let setB: (m: StatusMessage) => void = () => {};

function Lines() {
  const [a, sa] = useState<StatusMessage | null>(null);
  const [b, sb] = useState<StatusMessage | null>(null);
  setA = sa;
  setB = sb;
  return (
    <>
      <StatusLine status={a} label="A" />
      <StatusLine status={b} label="B" />
    </>
  );
}

describe('StatusLine', () => {
  it('shows a message until the plan changes otherwise, or another line says something newer', () => {
    const store = createPlanStore({ initialPlan: branchOffice() });
    render(
      <PlanStoreProvider store={store}>
        <Lines />
      </PlanStoreProvider>,
    );
    const a = () => screen.getByRole('status', { name: 'A' }).textContent;
    const b = () => screen.getByRole('status', { name: 'B' }).textContent;

    // An action and its message in one event: the message describes the plan it produced.
    act(() => {
      store.getState().deleteVm(3);
      setA(statusMessage('Deleted SQL01.'));
    });
    expect(a()).toBe('Deleted SQL01.');
    act(() => store.getState().setField(['link', 'uplinkMbps'], 2));
    expect(a()).toBe(''); // superseded by the next edit

    act(() => setA(statusMessage('Link copied.')));
    expect(a()).toBe('Link copied.');
    act(() => setB(statusMessage('Saved plan.json.')));
    expect(a()).toBe(''); // superseded by a newer message elsewhere
    expect(b()).toBe('Saved plan.json.');
  });
});
