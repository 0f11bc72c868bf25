/** Moved to the shared components; this path is kept until the report imports the new one. */
export { ErrorBoundary } from '@/components/error-boundary';
