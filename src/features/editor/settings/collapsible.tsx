import { useEffect, useState, type ReactNode } from 'react';
import type { FieldPath } from '@/store';
import { useIssueCount } from './use-issue-count';

export interface CollapsibleProps {
  /** Content of the <summary>, e.g. a heading. */
  title: ReactNode;
  /** Fields shown inside: a problem in any of them opens the disclosure. */
  paths: readonly FieldPath[];
  defaultOpen?: boolean;
  /** One line shown beside the title while closed, e.g. the current choice. */
  closedSummary?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A <details> that opens itself when a field inside becomes invalid: a closed disclosure hides its
 * inputs, so the "go to field" links of the verdict and warnings could not focus them otherwise.
 */
export function Collapsible({ title, paths, defaultOpen = false, closedSummary, className, children }: CollapsibleProps) {
  const issues = useIssueCount(paths);
  const [open, setOpen] = useState(defaultOpen || issues > 0);
  const hasIssues = issues > 0;

  useEffect(() => {
    if (hasIssues) setOpen(true);
  }, [hasIssues]);

  return (
    <details className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {title}
        {!open && closedSummary ? <span className="settings-closed-summary">{closedSummary}</span> : null}
        {hasIssues ? (
          <span className="settings-issue-count">
            <span aria-hidden="true">⚠ </span>
            {issues === 1 ? '1 problem' : `${issues} problems`}
          </span>
        ) : null}
      </summary>
      {children}
    </details>
  );
}
