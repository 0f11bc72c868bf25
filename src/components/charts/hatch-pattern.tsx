/**
 * SVG hatch fill for segments that mean "not real data": headroom (space kept free) and
 * initial-replication phases that never finish. The hatch tells them apart without colour.
 */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={color} fillOpacity={0.18} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="2.5" />
      </pattern>
    </defs>
  );
}
