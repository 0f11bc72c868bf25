import { useEffect, useId, useRef, useState } from 'react';
import { formatPercent } from '@/lib/format';
import { parseInventoryCsv } from '../inventory/inventory-csv';
import { matchCounters } from '../inventory/matching';
import { startImport, type RunningImport } from '../worker/clients';
import { describeIssue, type Session } from './session';

const COLLECTOR_URL = `${import.meta.env.BASE_URL}collector/Measure-ReplicaChurn.ps1`;

/** Step 1: the two files the collector wrote, read in a worker with progress and cancel. */
export function FilesStep({ onImported }: { onImported: (session: Session) => void }) {
  const perfmonId = useId();
  const inventoryId = useId();
  const [perfmon, setPerfmon] = useState<File | null>(null);
  const [inventory, setInventory] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<RunningImport | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const start = async () => {
    if (!perfmon || !inventory) return;
    setError(null);
    // A file moved or deleted since it was chosen cannot be read: say so instead of doing nothing.
    const text = await inventory.text().catch((err: unknown) => {
      setError(`${inventory.name} could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was imported; the plan is unchanged.`);
      return null;
    });
    if (text === null) return;
    const inv = parseInventoryCsv(text);
    if (!inv.ok) {
      setError(`${describeIssue(inventory.name, inv.issue)} Nothing was imported; the plan is unchanged.`);
      return;
    }
    setProgress(0);
    const run = startImport(perfmon, setProgress);
    running.current = run;
    const out = await run.result;
    running.current = null;
    setProgress(null);
    if (!out.ok) {
      setError('cancelled' in out ? 'Import cancelled. Nothing changed.' : `${describeIssue(perfmon.name, out.issue)} Nothing was imported; the plan is unchanged.`);
      return;
    }
    onImported({
      perfmonFileName: perfmon.name,
      inventoryFileName: inventory.name,
      measurement: out.measurement,
      inventory: inv.disks,
      matches: matchCounters(out.measurement.counters, inv.disks),
    });
  };

  const busy = progress !== null;
  return (
    <section aria-labelledby={`${perfmonId}-h`}>
      <h3 id={`${perfmonId}-h`}>Choose the collector's files</h3>
      <p>
        Run <a href={COLLECTOR_URL} download="Measure-ReplicaChurn.ps1">Measure-ReplicaChurn.ps1</a> on the primary Hyper-V host (for a
        cluster, on one node with <code>-ComputerName</code> listing every node) for a week of normal business. It records every virtual disk's <code>Write Bytes/sec</code> into a perfmon CSV and
        lists the VMs and their disks in an inventory CSV. The files are read here, in this browser; nothing is uploaded.
      </p>
      <div className="measured-files">
        <label htmlFor={perfmonId}>Perfmon CSV (write bytes/s)</label>
        <input id={perfmonId} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => setPerfmon(e.target.files?.[0] ?? null)} />
        <label htmlFor={inventoryId}>Inventory CSV (VMs and disks)</label>
        <input id={inventoryId} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => setInventory(e.target.files?.[0] ?? null)} />
      </div>
      <div className="measured-actions">
        <button type="button" className="button--primary" disabled={!perfmon || !inventory || busy} onClick={() => void start()}>
          Import
        </button>
        {busy ? (
          <>
            <label className="measured-progress">
              Reading {perfmon?.name}
              <progress max={1} value={progress}>
                {formatPercent(progress * 100)}
              </progress>
              <span aria-hidden="true">{formatPercent(progress * 100)}</span>
            </label>
            <button type="button" onClick={() => running.current?.cancel()}>
              Cancel import
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="measured-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
