import { usePlanStore } from '@/store';

/** What the store had to do with the saved plan (restored, set aside, cannot save), until dismissed. */
export function NoticeBanner() {
  const notice = usePlanStore((s) => s.notice);
  const dismiss = usePlanStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div role="alert" className="notice notice--warning banner">
      <p>{notice.message}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
