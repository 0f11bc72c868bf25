export { VmResultsTable } from './vm-results-table';
