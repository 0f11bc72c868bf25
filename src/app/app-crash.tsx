import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadText, fileNameFor, planToJson } from '@/features/files';
import type { PlanStore } from '@/store';

interface AppCrashGuardProps {
  store: PlanStore;
  children: ReactNode;
}

/**
 * The last line of defence: parts of the planner fail on their own (see `Contained`), but should
 * something above them throw, the page says what happened and still hands over the plan, which
 * lives in the store, instead of going blank.
 */
export class AppCrashGuard extends Component<AppCrashGuardProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Replica Planner stopped', error, info.componentStack);
  }

  private readonly savePlan = (): void => {
    const { draft } = this.props.store.getState();
    downloadText(fileNameFor(draft.name ?? '', '.json'), planToJson(draft), 'application/json');
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app-crash" role="alert" aria-labelledby="app-crash-title">
        <h1 id="app-crash-title">The planner stopped</h1>
        <p>
          {error.message || error.name}. Your plan is not lost: it is saved in this browser as you edit (unless the browser refuses
          storage), and you can save it as a file now.
        </p>
        <p className="app-crash-actions">
          <button type="button" className="button--primary" onClick={this.savePlan}>
            Save the plan as a file
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the planner
          </button>
        </p>
      </main>
    );
  }
}
