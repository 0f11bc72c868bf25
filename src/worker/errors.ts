/** The two ways an engine call can fail, shared by the client and the worker pool. */

/** A request was superseded by a newer plan (or the client was disposed): not an error to show. */
export class StaleError extends Error {
  override readonly name = 'StaleError';
  constructor() {
    super('superseded by a newer plan');
  }
}

/** The engine threw inside the worker, or the worker itself failed. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
}

export function isStaleError(err: unknown): err is StaleError {
  return err instanceof StaleError;
}
