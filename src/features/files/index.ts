/** Plan JSON, per-VM CSV and inventory CSV import/export: the header's file actions. */
export { FileActions } from './file-actions';
export { downloadText, fileNameFor } from './download';
export { planToJson } from './plan-json';
