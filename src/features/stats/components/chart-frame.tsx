import type { ReactNode } from "react";
import type { PublicCount } from "../suppression";

export interface Bar {
  label: string;
  count: PublicCount;
}

/** What every statistics chart is given: the bars plus an accessible title and description. */
export interface ChartProps {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  suppressedLabel: string;
}

/**
 * The SVG shell the charts share: labelled for screen readers, and the hatch pattern that marks
 * a suppressed ("<5") bar, referenced through barPaint().
 */
export function ChartFrame(props: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  maxWidth: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${props.width} ${props.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      className={props.className}
      style={{ maxWidth: props.maxWidth, display: "block" }}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      <defs>
        <pattern
          id={`${props.id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#0b4f6c" strokeWidth="3" />
        </pattern>
      </defs>
      {props.children}
    </svg>
  );
}

/** Fill and outline of one bar: solid, or hatched and outlined when suppressed. */
export function barPaint(chartId: string, suppressed: boolean) {
  return {
    fill: suppressed ? `url(#${chartId}-hatch)` : "#0b4f6c",
    stroke: suppressed ? "#0b4f6c" : "none",
  };
}
