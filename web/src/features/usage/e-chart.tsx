import { useEffect, useRef } from 'react';
import { chartTheme } from './chart-theme';
import { initChart, type ChartOption } from './echarts-core';

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, in words: the accessible name of the picture. */
  label: string;
  /** Pixels; the width follows the container. */
  height?: number;
  className?: string;
}

type ChartInstance = ReturnType<typeof initChart>;

/**
 * An ECharts canvas in the app's colours and font. It follows its container's size and is disposed
 * on unmount; screen readers get `label` (the data itself is in each chart's 표로 보기 table).
 */
export function EChart({ option, label, height = 280, className }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) {
      return;
    }
    const chart = initChart(container, chartTheme(getComputedStyle(container).fontFamily), {
      renderer: 'canvas',
    });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a filter change can remove series, which a merge would leave behind.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={label} className={className}>
      <div ref={containerRef} style={{ height }} aria-hidden="true" />
    </div>
  );
}
