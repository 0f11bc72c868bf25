import { useId, useState } from 'react';
import { DEFAULT_EXAMPLE_ID, EXAMPLE_PLANS } from './examples';
import { PlanIssues } from './plan-issues';
import { PlanView } from './plan-view';
import { useExamplePlan, type ExamplePlanState } from './use-example-plan';

function PlanContent({ state }: { state: ExamplePlanState }) {
  switch (state.status) {
    case 'loading':
      return <p role="status">Loading plan…</p>;
    case 'unreadable':
      return (
        <div role="alert" className="notice notice--error">
          <h2>The plan could not be loaded</h2>
          <p>{state.message}</p>
        </div>
      );
    case 'invalid':
      return <PlanIssues issues={state.issues} />;
    case 'ready':
      return <PlanView plan={state.plan} />;
  }
}

/** The planner shell: pick an example plan, see its headline answers. */
export function App() {
  const [exampleId, setExampleId] = useState(DEFAULT_EXAMPLE_ID);
  const state = useExamplePlan(exampleId);
  const selectId = useId();

  return (
    <>
      <header className="app-header">
        <h1>Replica Planner</h1>
        <p>Sizing for Hyper-V Replica: uplink, recovery point, failure window, storage and initial copy.</p>
      </header>
      <main>
        <div className="field">
          <label htmlFor={selectId}>Example plan</label>
          <select id={selectId} value={exampleId} onChange={(e) => setExampleId(e.target.value)}>
            {EXAMPLE_PLANS.map((example) => (
              <option key={example.id} value={example.id}>
                {example.label}
              </option>
            ))}
          </select>
        </div>
        <PlanContent state={state} />
      </main>
      <footer className="app-footer">
        <p>Plans stay in this browser: nothing is uploaded.</p>
      </footer>
    </>
  );
}
