import { HourBarsEditor } from '@/components/hour-bars-editor';
import { fieldDomId } from '@/components';
import { DEFAULTS, LIMITS } from '@/plan';
import { getIn, usePlanStore, type FieldPath } from '@/store';
import { PresenceToggle } from './presence-toggle';
import { useIssueCount } from './use-issue-count';

/** 24 copies of the flat share, so switching "vary by hour" on changes nothing until edited. */
function flatShares(share: unknown): number[] {
  const usable = typeof share === 'number' && share >= LIMITS.hourlySharePercent.min && share <= LIMITS.hourlySharePercent.max;
  return Array<number>(24).fill(usable ? share : DEFAULTS.sharePercent);
}

/** The "vary by hour" switch of a link and, when on, its 24 hourly shares. */
export function HourlyShare({ link, name }: { link: FieldPath; name: string }) {
  const path = [...link, 'hourlySharePercent'];
  const hourly = usePlanStore((s) => getIn(s.draft, path));
  const share = usePlanStore((s) => getIn(s.draft, [...link, 'sharePercent']));
  const setField = usePlanStore((s) => s.setField);
  // Messages on single hours (`link.hourlySharePercent[3]`) have no box of their own: list them here.
  const hourIssues = useIssueCount([path]);

  return (
    <>
      <PresenceToggle
        path={path}
        label="Vary the share by hour"
        make={() => flatShares(share)}
        hint={Array.isArray(hourly) ? null : 'E.g. less during office hours, all of it at night.'}
      />
      {Array.isArray(hourly) ? (
        <>
          <HourBarsEditor
            label={`Share of the ${name} by hour`}
            values={hourly.map((v) => (typeof v === 'number' ? v : 0))}
            max={LIMITS.hourlySharePercent.max}
            unit="%"
            idPrefix={`${fieldDomId(path)}-bars`}
            onChange={(values) => setField(path, values)}
          />
          {hourIssues > 0 ? (
            <p className="field-issue">
              <span aria-hidden="true">⚠ </span>
              Some hourly shares are not usable: each must be from {LIMITS.hourlySharePercent.min} to {LIMITS.hourlySharePercent.max} %.
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
