import { parsePlan, type Plan, type PlanIssue } from '@/plan';

/** Outcome of loading a plan file: a trusted plan, the plan's field errors, or why it could not be read. */
export type PlanLoadResult =
  | { status: 'ready'; plan: Plan }
  | { status: 'invalid'; issues: PlanIssue[] }
  | { status: 'unreadable'; message: string };

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/**
 * Fetch a plan file from the app's own origin and pass it through the one gate, parsePlan.
 * Never throws except for an abort, so the page always has something to show.
 */
export async function loadPlanFile(url: string, fetchImpl: Fetch = fetch, signal?: AbortSignal): Promise<PlanLoadResult> {
  let text: string;
  try {
    const response = await fetchImpl(url, signal ? { signal } : undefined);
    if (!response.ok) return { status: 'unreadable', message: `${url} could not be loaded (HTTP ${response.status})` };
    text = await response.text();
  } catch (err) {
    if (signal?.aborted) throw err;
    return { status: 'unreadable', message: `${url} could not be loaded (${err instanceof Error ? err.message : 'network error'})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'unreadable', message: `${url} is not a JSON file` };
  }
  const parsed = parsePlan(json);
  return parsed.ok ? { status: 'ready', plan: parsed.plan } : { status: 'invalid', issues: parsed.issues };
}
