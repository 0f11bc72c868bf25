import { useState } from 'react';
import { StatusLine, statusMessage, type StatusMessage } from '@/components';
import { selectResultsOutOfDate, usePlanStore } from '@/store';
import { copyText } from './copy-text';
import { linkOf } from './hash-sync';
import { useShareServices } from '@/components/share-services';
import { MAX_LINK_CHARS } from './link-codec';
import { MyPlansDialog } from './my-plans-dialog';
import './share.css';

/** The header's share actions: "Copy link" (the address bar's plan link) and My plans. */
export function ShareActions() {
  const services = useShareServices();
  const [status, setStatusMessage] = useState<StatusMessage | null>(null);
  const setStatus = (text: string) => setStatusMessage(statusMessage(text));
  const [plansOpen, setPlansOpen] = useState(false);
  const lastValidPlan = usePlanStore((s) => s.lastValidPlan);
  const draftHasErrors = usePlanStore(selectResultsOutOfDate);

  const copy = async () => {
    const link = linkOf(lastValidPlan);
    if (!link.ok) {
      const size = `${link.estimated ? 'about ' : ''}${link.chars.toLocaleString()} characters`;
      setStatus(`This plan is too large for a link (${size}, limit ${MAX_LINK_CHARS.toLocaleString()}): share it as a file with “Save JSON” instead.`);
      return;
    }
    services?.hashSync?.flush();
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}${link.hash}`;
    const copied = await copyText(url);
    const caveat = draftHasErrors ? ' The plan has errors, so the link holds its last valid version (what the results show).' : '';
    setStatus(copied ? `Link copied (${url.length.toLocaleString()} characters).${caveat}` : `The browser did not allow copying: copy the address bar instead.${caveat}`);
  };

  return (
    <>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      {services ? (
        <button type="button" onClick={() => setPlansOpen(true)} aria-haspopup="dialog">
          My plans
        </button>
      ) : null}
      <StatusLine status={status} as="span" className="share-status" label="Share status" />
      {plansOpen && services ? (
        <MyPlansDialog
          session={services.session}
          onClose={(message) => {
            setPlansOpen(false);
            if (message) setStatus(message);
          }}
        />
      ) : null}
    </>
  );
}
