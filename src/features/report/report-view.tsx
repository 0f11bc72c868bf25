/** The printable report, loaded on demand. */
export default function ReportView({ onClose }: { onClose: () => void }) {
  return (
    <main className="report">
      <button type="button" onClick={onClose}>
        Back to the planner
      </button>
    </main>
  );
}
