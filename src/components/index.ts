/** Small shared UI pieces: inputs bound to the draft plan, DOM ids for links between panels. */
export { CheckboxField, NumberField, SelectField, TextField } from './fields';
export type { NumberFieldProps, SelectFieldProps, SelectOption, TextFieldProps } from './fields';
export { FieldShell, describedBy } from './field-shell';
export { DecimalInput } from './decimal-input';
export { fieldDomId, revealById, vmRowDomId } from './dom-ids';
export { useDraftValue, useFieldIssue, useSetField } from './use-field';
export { Contained, ErrorBoundary } from './error-boundary';
export { useModalDialog } from './use-modal-dialog';
export { OptionsProvider, useOptions, useOptionsIfAny } from './options-context';
export type { ComparisonState, OptimizerState, OptimizerStatus, OptionsState } from './options-context';
export { ResultsProvider, useResults } from './results-context';
export type { ResultsState } from './results-context';
// CompareTable and CostRpoChart (Recharts) are imported by path, off the first screen:
// `@/components/options/compare-table`, `@/components/options/cost-rpo-chart`; so are the result
// charts, `@/components/charts` (the report) and `@/components/charts/result-charts` (the planner).
export { StatusLine, statusMessage } from './status-line';
export type { StatusMessage } from './status-line';
