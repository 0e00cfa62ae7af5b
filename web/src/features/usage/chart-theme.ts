/**
 * The app's Tailwind colours as hex: Tailwind 4 defines them in oklch, which the canvas draws but
 * ECharts cannot lighten for hover, so the few the charts use are written out here.
 */
export const chartColors = {
  blue600: '#2563eb',
  emerald600: '#059669',
  amber500: '#f59e0b',
  violet600: '#7c3aed',
  pink600: '#db2777',
  cyan600: '#0891b2',
  lime600: '#65a30d',
  orange600: '#ea580c',
  slate400: '#94a3b8',
  slate200: '#e2e8f0',
  slate300: '#cbd5e1',
  slate600: '#475569',
  slate900: '#0f172a',
  red600: '#dc2626',
} as const;

/** Series colours in order: the app's blue first, then distinct hues that stay apart for colour-blind readers. */
export const seriesPalette = [
  chartColors.blue600,
  chartColors.amber500,
  chartColors.emerald600,
  chartColors.violet600,
  chartColors.pink600,
  chartColors.cyan600,
  chartColors.orange600,
  chartColors.lime600,
  chartColors.slate400,
];

/** An ECharts theme in the app's colours and font (read from the page, so charts match the text around them). */
export function chartTheme(fontFamily: string) {
  const axis = {
    axisLine: { lineStyle: { color: chartColors.slate300 } },
    axisTick: { lineStyle: { color: chartColors.slate300 } },
    axisLabel: { color: chartColors.slate600 },
    splitLine: { lineStyle: { color: chartColors.slate200 } },
  };
  return {
    color: seriesPalette,
    backgroundColor: 'transparent',
    textStyle: { fontFamily, color: chartColors.slate600 },
    legend: { textStyle: { color: chartColors.slate600 } },
    tooltip: {
      backgroundColor: '#ffffff',
      borderColor: chartColors.slate200,
      textStyle: { color: chartColors.slate900, fontFamily },
    },
    categoryAxis: axis,
    valueAxis: axis,
  };
}
