/** A small line of a VM's write rate over the period; decorative (the figures beside it say the same). */
export function Sparkline({ values, width = 160, height = 28 }: { values: readonly number[]; width?: number; height?: number }) {
  const max = Math.max(0, ...values);
  if (values.length < 2 || max <= 0) return <svg className="sparkline" width={width} height={height} aria-hidden="true" />;
  const points = values.map((v, k) => `${((k / (values.length - 1)) * width).toFixed(1)},${(height - 1 - (v / max) * (height - 2)).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
