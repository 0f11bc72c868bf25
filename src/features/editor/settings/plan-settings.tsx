import { ExtendedSection } from './extended-section';
import { InitialReplicationSection } from './initial-replication-section';
import { LinkSection } from './link-section';
import { PolicySection } from './policy-section';
import { StorageSection } from './storage-section';
import './settings.css';

/**
 * The plan-wide settings (left column of the planner): the two sections every plan changes are
 * open, the rest closed with their state in the heading, so the column stays short.
 */
export function PlanSettings() {
  return (
    <div className="settings">
      <PolicySection />
      <LinkSection />
      <ExtendedSection />
      <StorageSection />
      <InitialReplicationSection />
    </div>
  );
}
