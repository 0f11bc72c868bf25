import { usePlanStore } from '@/store';

/**
 * What the store had to do with the saved plan (restored, set aside, cannot save) or a link, until
 * dismissed. A shared plan opened as asked is news, not a problem: it is announced politely.
 */
export function NoticeBanner() {
  const notice = usePlanStore((s) => s.notice);
  const dismiss = usePlanStore((s) => s.dismissNotice);
  if (!notice) return null;
  const info = notice.kind === 'link-opened';
  return (
    <div role={info ? 'status' : 'alert'} className={`notice ${info ? 'notice--info' : 'notice--warning'} banner`}>
      <p>{notice.message}</p>
      <span className="banner-actions">
        {notice.action ? (
          <button type="button" className="button--primary" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        ) : null}
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}
