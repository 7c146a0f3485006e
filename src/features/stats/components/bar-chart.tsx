import { chartValue, SUPPRESSED } from "../suppression";
import { barPaint, ChartFrame, type ChartProps } from "./chart-frame";

const WIDTH = 320;
const ROW = 40;
const VALUE_SPACE = 48;
/** About the width of one character of the 13 px value text, to keep "fewer than 5" inside. */
const VALUE_CHAR = 7.5;

/**
 * Horizontal bars drawn on the server as SVG: no chart library, nothing to download. The label
 * sits above its bar so long names fit at 360 px. A small cell is drawn hatched at about 2.5 and
 * named in words ("fewer than 5"), for which the value space grows: when every bar is small the
 * longest bar would otherwise push its words out of the drawing.
 */
export function BarChart(props: ChartProps) {
  const max = Math.max(1, ...props.bars.map((b) => chartValue(b.count)));
  const valueSpace = Math.max(VALUE_SPACE, props.suppressedLabel.length * VALUE_CHAR + 8);
  const scale = (WIDTH - valueSpace) / max;
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
