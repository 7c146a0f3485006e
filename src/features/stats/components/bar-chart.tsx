import { chartValue, SUPPRESSED } from "../suppression";
import { barPaint, ChartFrame, type ChartProps } from "./chart-frame";

const WIDTH = 320;
const ROW = 40;
const VALUE_SPACE = 48;

/**
 * Horizontal bars drawn on the server as SVG: no chart library, nothing to download. The label
 * sits above its bar so long names fit at 360 px. "<5" is drawn hatched at about 2.5.
 */
export function BarChart(props: ChartProps) {
  const max = Math.max(1, ...props.bars.map((b) => chartValue(b.count)));
  const scale = (WIDTH - VALUE_SPACE) / max;
  const height = props.bars.length * ROW + 4;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      desc={props.desc}
      width={WIDTH}
      height={height}
      maxWidth="28rem"
      className="stats-chart"
    >
      {props.bars.map((b, i) => {
        const y = i * ROW;
        const w = Math.max(chartValue(b.count) * scale, b.count === 0 ? 0 : 2);
        const suppressed = b.count === SUPPRESSED;
        return (
          <g key={`${b.label}-${i}`}>
            <text x="0" y={y + 13} fontSize="13" fill="#1b1f23">
              {b.label}
            </text>
            <rect x="0" y={y + 18} width={w} height="16" {...barPaint(props.id, suppressed)} />
            <text x={w + 6} y={y + 31} fontSize="13" fontWeight="600" fill="#1b1f23">
              {suppressed ? props.suppressedLabel : b.count}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
