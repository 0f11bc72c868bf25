/** Runs the measured-period analysis (a week of cycles, searched on the uplink) off the main thread. */
import { evaluateMeasured } from '@/engine';
import type { AnalysisMessage, AnalysisRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, result: evaluateMeasured(event.data.plan, event.data.input) });
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
