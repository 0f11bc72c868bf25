import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children once they threw; `retry` draws them again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** When this changes (e.g. a new result), a failed part tries again; its children keep their state otherwise. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Contains a render-time exception (e.g. from the engine or a chart) to its own part of the page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Replica Planner: a part of the page failed', error, info.componentStack);
  }

  override componentDidUpdate(prev: ErrorBoundaryProps): void {
    if (this.state.error && !Object.is(prev.resetKey, this.props.resetKey)) this.setState({ error: null });
  }

  private readonly retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}

interface ContainedProps {
  /** The part of the page, as the sentence's subject: "The backlog chart", "The VM table". */
  part: string;
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * One part of the planner that may fail on its own: on an exception it is replaced by a message
 * naming the part and the error, with Try again; everything around it keeps working and the plan
 * is untouched (it lives in the store, not in the failed components).
 */
export function Contained({ part, resetKey, children }: ContainedProps) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(error, retry) => (
        <div role="alert" className="notice notice--error contained-failure">
          <p>
            {part} could not be shown: {error.message || error.name}. The rest of the planner works and your plan is unchanged.
          </p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
