// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanStoreProvider, createPlanStore, usePlanStore } from './plan-store';
import { branchOffice } from './testing/example-plan';
import { selectDraftValidation } from './validation';

afterEach(cleanup);

function Uplink() {
  const uplinkMbps = usePlanStore((s) => s.draft.link.uplinkMbps);
  const issue = usePlanStore((s) => selectDraftValidation(s).issuesByPath.get('link.uplinkMbps'));
  return (
    <p>
      {String(uplinkMbps)} {issue ?? 'ok'}
    </p>
  );
}

describe('usePlanStore', () => {
  it('reads a narrow slice of the provided store and follows its changes', () => {
    const store = createPlanStore({ initialPlan: branchOffice() });
    render(
      <PlanStoreProvider store={store}>
        <Uplink />
      </PlanStoreProvider>,
    );
    expect(screen.getByText('0.3 ok')).toBeTruthy();
    act(() => store.getState().setField(['link', 'uplinkMbps'], -1));
    expect(screen.getByText('-1 must be at least 0.001')).toBeTruthy();
    act(() => store.getState().undo());
    expect(screen.getByText('0.3 ok')).toBeTruthy();
  });

  it('says what is missing when no provider is mounted', () => {
    expect(() => render(<Uplink />)).toThrow(/PlanStoreProvider/);
  });
});
