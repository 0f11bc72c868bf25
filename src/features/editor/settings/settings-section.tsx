import type { ReactNode } from 'react';
import type { FieldPath } from '@/store';
import { Collapsible } from './collapsible';

export interface SettingsSectionProps {
  title: string;
  /** Plan fields the section edits, e.g. `[['link']]`. */
  paths: readonly FieldPath[];
  defaultOpen?: boolean;
  /** The section's state in a few words, shown while it is closed. */
  closedSummary?: ReactNode;
  children: ReactNode;
}

/** One collapsible group of plan settings with a level-2 heading. */
export function SettingsSection({ title, paths, defaultOpen, closedSummary, children }: SettingsSectionProps) {
  return (
    <Collapsible
      className="settings-section"
      title={<h2 className="settings-title">{title}</h2>}
      paths={paths}
      defaultOpen={defaultOpen}
      closedSummary={closedSummary}
    >
      <div className="settings-body">{children}</div>
    </Collapsible>
  );
}
