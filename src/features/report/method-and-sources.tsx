import { REPORT_SOURCES } from './sources';

/** The last section (6, or 7 after the options): how the figures are computed, which rules are Microsoft's, and the sources cited. */
export function MethodAndSources({ number = 6 }: { number?: number }) {
  return (
    <section className="report-section report-method" aria-labelledby="report-method">
      <h2 id="report-method">{number}. Method and sources</h2>
      <h3>How the cycle simulation works</h3>
      <p>
        Each VM’s daily churn (its replicated disks, plus the growth allowance) is spread over the day by its day profile. At every cycle
        boundary (30 s, 5 min or 15 min) Hyper-V Replica cuts the VM’s log and queues it — unless the previous log is still waiting or being
        sent: then the cycle is <em>missed</em>, and the writes go into the next log, which grows (nothing is lost) [HEALTH2] [MSHRL]. At most
        MaximumActiveTransfers logs travel at once, sharing the usable capacity (uplink × share × efficiency, each transfer capped by TCP window ÷
        round-trip time) [KB2767928] [IBM-BDP]; compression shrinks them by the assumed ratio. The simulation runs whole days until one repeats
        the previous (at most 7) and reports the last; if the backlog still grows, the plan is <em>unstable</em>. The RPO at any moment is the
        time since the cut of the last log delivered to the replica. Each “uplink needed” figure is found by searching the uplink with
        everything else fixed.
      </p>
      <h3>Microsoft’s health rules</h3>
      <p>
        Replication health turns <strong>Warning</strong> when more than 20 % of the cycles in the monitoring interval (12 h by default) are missed,
        or when more than an hour has passed since the last successful send [HEALTH1] [HEALTH2]. It turns <strong>Critical</strong> —
        resynchronization required — when the logs waiting on the primary exceed 50 % of the VM’s replicated disk size: tracking stops and
        recovery points are deleted [RESYNC].
      </p>
      <h3>The failure window</h3>
      <p>
        The failure window (30 minutes by default) is this planner’s brief, not a Microsoft rule: a cycle whose data is not on the replica within
        the window counts as failed and needing someone’s attention. Microsoft documents no such threshold; the nearest are the one-hour Warning
        above and the retry back-off that settles at every 30 minutes [ASR-ARCH]. The report gives both lenses: the failure window, and
        Microsoft’s health states per VM. With 5-minute cycles a healthy VM loses up to about 10 minutes of data (one interval collecting, one in
        flight) [BIZTECH].
      </p>
      <h3>Storage, initial replication and rules of thumb</h3>
      <p>
        Replica storage is the base copies (used size on dynamic disks, full size on fixed), recovery points (up to 15 snapshots on 2012 [PS2012], each
        about 10 % of the base; up to 24 hourly undo logs on 2012 R2 and later [WHATSNEW-R2], sized by the busiest hours of unique churn) [UNDO], two of each VM’s largest logs in flight, the extended site’s copy
        and the headroom. The initial copy goes over the network with the capacity left by VMs already protected, then catches up the churn
        logged meanwhile; offline media add export, shipping and import [OOBIR]. Workload churn presets (a percentage of used size per day)
        are rules of thumb [DPM-ALLOC] [VEEAM-BP] [AZBACKUP], and Microsoft publishes no compression ratio [BPA] [RIVERBED]; both are marked in
        section 2.
      </p>
      <h3>Sources</h3>
      <dl className="report-sources">
        {REPORT_SOURCES.map((s) => (
          <div key={s.tag} className="report-source">
            <dt>[{s.tag}]</dt>
            <dd>{s.name}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
