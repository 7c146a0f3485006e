import { chartValue, SUPPRESSED } from "../suppression";
import { barPaint, ChartFrame, type ChartProps } from "./chart-frame";

const WIDTH = 320;
const HEIGHT = 190;
const LEFT = 34;
/** About the width of one character of the 11 px axis text. */
const AXIS_CHAR = 6.5;
const BOTTOM = 24;
const TOP = 8;

/** Vertical bars over time (oldest month on the left), server-rendered SVG. */
export function MonthChart(props: ChartProps) {
  const max = Math.max(1, ...props.bars.map((b) => chartValue(b.count)));
  // The axis names the tallest bar by its published value, never the 2.5 used to draw "<5".
  const tallest = props.bars.find((b) => chartValue(b.count) === max)?.count;
  const maxLabel = tallest === SUPPRESSED ? props.suppressedLabel : String(tallest ?? max);
  // The axis label sits left of the plot: room for it when it is in words ("fewer than 5").
  const left = Math.max(LEFT, maxLabel.length * AXIS_CHAR + 8);
  const plotH = HEIGHT - BOTTOM - TOP;
  const step = (WIDTH - left) / Math.max(1, props.bars.length);
  const barW = Math.max(2, step - 3);
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      desc={props.desc}
      width={WIDTH}
      height={HEIGHT}
      maxWidth="40rem"
    >
      <text x={left - 4} y={TOP + 10} fontSize="11" textAnchor="end" fill="#1b1f23">
        {maxLabel}
      </text>
      <text x={left - 4} y={TOP + plotH} fontSize="11" textAnchor="end" fill="#1b1f23">
        0
      </text>
      <line x1={left} y1={TOP + plotH} x2={WIDTH} y2={TOP + plotH} stroke="#4a5560" />
      {props.bars.map((b, i) => {
        const h = (chartValue(b.count) / max) * plotH;
        const x = left + i * step + 1.5;
        return (
          <g key={b.label}>
            <rect
              x={x}
              y={TOP + plotH - h}
              width={barW}
              height={h}
              {...barPaint(props.id, b.count === SUPPRESSED)}
            />
            {i % 6 === 0 ? (
              <text x={x} y={HEIGHT - 6} fontSize="11" fill="#1b1f23">
                {b.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
}
