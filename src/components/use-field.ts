import { formatPath } from '@/plan';
import { getIn, selectValidation, usePlanStore, type FieldPath, type JsonValue } from '@/store';

/** The draft's value at `path` (may be of the wrong type while the draft is invalid). */
export function useDraftValue(path: FieldPath): unknown {
  return usePlanStore((s) => getIn(s.draft, path));
}

/** The schema's message for the field at `path`, if the draft has one there. */
export function useFieldIssue(path: FieldPath): string | undefined {
  const key = formatPath(path);
  return usePlanStore((s) => selectValidation(s.draft).issuesByPath.get(key));
}

/** A setter bound to `path`; one undo step per burst of edits to the field. */
export function useSetField(path: FieldPath): (value: JsonValue) => void {
  const setField = usePlanStore((s) => s.setField);
  return (value) => setField(path, value);
}
