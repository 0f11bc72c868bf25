/**
 * Ceiling of one TCP stream, Mbps: at most one window in flight per round trip, so
 * throughput ≤ window ÷ RTT [4.5 in the facts file]. E.g. 64 KiB over 45 ms:
 * 65 536 B × 8 = 524 288 bit ÷ 0.045 s = 11.65 Mbps. Null unless both are usable numbers.
 */
export function streamCapMbps(tcpWindowKiB: unknown, rttMs: unknown): number | null {
  if (typeof tcpWindowKiB !== 'number' || typeof rttMs !== 'number' || !(tcpWindowKiB > 0) || !(rttMs > 0)) return null;
  return (tcpWindowKiB * 1024 * 8) / (rttMs / 1000) / 1e6;
}
