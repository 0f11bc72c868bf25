/**
 * Chart colours. Series use the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) plus Tol's wine for an eighth stack; "others" is neutral grey. Structural lines
 * (capacity, references) take the page's CSS variables so they follow light and dark themes.
 * Colour is never the only signal: every series also differs by dash, marker or direct label.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#882255'] as const;

export const OTHERS_COLOR = '#999999';

export const THEME = {
  fg: 'var(--fg)',
  muted: 'var(--muted)',
  border: 'var(--border)',
  bg: 'var(--bg)',
  ok: 'var(--ok)',
  warn: 'var(--warn)',
  bad: 'var(--bad)',
} as const;

/** Colour of the k-th series, wrapping past the palette. */
export function seriesColor(k: number): string {
  return SERIES_COLORS[k % SERIES_COLORS.length]!;
}

/** Shared axis and tooltip styling, so every chart reads alike. */
export const AXIS_TICK = { fill: THEME.muted, fontSize: 12 } as const;
export const AXIS_LABEL_STYLE = { fill: THEME.fg, fontSize: 12 } as const;
export const TOOLTIP_STYLE = {
  contentStyle: { background: THEME.bg, border: `1px solid ${THEME.border}`, borderRadius: 4, color: THEME.fg, fontSize: 13 },
  labelStyle: { color: THEME.fg, fontWeight: 600 },
} as const;

/** Legend above the plot, left-aligned, in drawing order (Recharts sorts by name by default). */
export const LEGEND_PROPS = {
  verticalAlign: 'top',
  align: 'left',
  itemSorter: null,
  wrapperStyle: { fontSize: 12, paddingBottom: 8 },
} as const;
