import { chartValue, SUPPRESSED, type PublicCount } from "../suppression";

export interface Bar {
  label: string;
  count: PublicCount;
}

const WIDTH = 320;
const ROW = 40;
const VALUE_SPACE = 48;

/**
 * Horizontal bars drawn on the server as SVG: no chart library, nothing to download. The label
 * sits above its bar so long names fit at 360 px. "<5" is drawn hatched at about 2.5.
 */
export function BarChart(props: {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  suppressedLabel: string;
}) {
  const max = Math.max(1, ...props.bars.map((b) => chartValue(b.count)));
  const scale = (WIDTH - VALUE_SPACE) / max;
  const height = props.bars.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      className="stats-chart"
      style={{ maxWidth: "28rem", display: "block" }}
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
      {props.bars.map((b, i) => {
        const y = i * ROW;
        const w = Math.max(chartValue(b.count) * scale, b.count === 0 ? 0 : 2);
        const suppressed = b.count === SUPPRESSED;
        return (
          <g key={`${b.label}-${i}`}>
            <text x="0" y={y + 13} fontSize="13" fill="#1b1f23">
              {b.label}
            </text>
            <rect
              x="0"
              y={y + 18}
              width={w}
              height="16"
              fill={suppressed ? `url(#${props.id}-hatch)` : "#0b4f6c"}
              stroke={suppressed ? "#0b4f6c" : "none"}
            />
            <text x={w + 6} y={y + 31} fontSize="13" fontWeight="600" fill="#1b1f23">
              {suppressed ? props.suppressedLabel : b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
