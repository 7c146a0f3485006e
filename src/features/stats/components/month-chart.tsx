import { chartValue, SUPPRESSED } from "../suppression";
import type { Bar } from "./bar-chart";

const WIDTH = 320;
const HEIGHT = 190;
const LEFT = 34;
const BOTTOM = 24;
const TOP = 8;

/** Vertical bars over time (oldest month on the left), server-rendered SVG. */
export function MonthChart(props: {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  suppressedLabel: string;
}) {
  const max = Math.max(1, ...props.bars.map((b) => chartValue(b.count)));
  // The axis names the tallest bar by its published value, never the 2.5 used to draw "<5".
  const tallest = props.bars.find((b) => chartValue(b.count) === max)?.count;
  const maxLabel = tallest === SUPPRESSED ? props.suppressedLabel : String(tallest ?? max);
  const plotH = HEIGHT - BOTTOM - TOP;
  const step = (WIDTH - LEFT) / Math.max(1, props.bars.length);
  const barW = Math.max(2, step - 3);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      style={{ maxWidth: "40rem", display: "block" }}
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
      <text x={LEFT - 4} y={TOP + 10} fontSize="11" textAnchor="end" fill="#1b1f23">
        {maxLabel}
      </text>
      <text x={LEFT - 4} y={TOP + plotH} fontSize="11" textAnchor="end" fill="#1b1f23">
        0
      </text>
      <line x1={LEFT} y1={TOP + plotH} x2={WIDTH} y2={TOP + plotH} stroke="#4a5560" />
      {props.bars.map((b, i) => {
        const h = (chartValue(b.count) / max) * plotH;
        const x = LEFT + i * step + 1.5;
        return (
          <g key={b.label}>
            <rect
              x={x}
              y={TOP + plotH - h}
              width={barW}
              height={h}
              fill={b.count === SUPPRESSED ? `url(#${props.id}-hatch)` : "#0b4f6c"}
              stroke={b.count === SUPPRESSED ? "#0b4f6c" : "none"}
            />
            {i % 6 === 0 ? (
              <text x={x} y={HEIGHT - 6} fontSize="11" fill="#1b1f23">
                {b.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
