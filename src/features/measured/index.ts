/** Measured churn (perfmon CSV) import and analysis: the header's entry point. */
export { MeasuredActions } from './measured-actions';
