/**
 * The year-on-year chart in the pane: the same bars Excel draws beside "Tổng hợp"
 * (largestYoyChanges), in a few lines of SVG rather than a charting library. Each bar's label
 * is on its own line above it, so the names stay whole at 320 px; rises go right in the brand
 * colour, falls left in red, from a shared zero line. Read out as one image with every value.
 */
import * as React from "react";
import { Body1Strong, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ChartBar } from "../../core/output/chartData";
import { formatViNumber } from "../../core/text/vnNumber";
import type { Messages } from "../i18n";

const WIDTH = 300;
const ROW = 34;
const BAR = 12;
const LABEL_CHARS = 48;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  figure: { margin: 0 },
  title: { margin: 0 },
  svg: { width: "100%", height: "auto", display: "block" },
  // SVG attributes cannot hold CSS variables; classes can.
  name: { fill: tokens.colorNeutralForeground1, fontSize: "10px" },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  rise: { fill: tokens.colorBrandBackground },
  fall: { fill: tokens.colorPaletteRedBackground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
});

function pctText(pct: number): string {
  return `${pct > 0 ? "+" : ""}${formatViNumber(pct, 1)} %`;
}

export function YoyChart({ t, bars }: { t: Messages; bars: ChartBar[] }): React.JSX.Element | null {
  const styles = useStyles();
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => Math.abs(b.pct)));
  const hasFalls = bars.some((b) => b.pct < 0);
  const hasRises = bars.some((b) => b.pct > 0);
  // Room for the value text on the side each bar grows to.
  const zero = hasFalls && hasRises ? WIDTH / 2 : hasFalls ? WIDTH - 4 : 4;
  const reach = (hasFalls && hasRises ? WIDTH / 2 : WIDTH) - 60;
  const height = bars.length * ROW + 4;
  const label = t.chartLabel(bars.length);
  const description = bars.map((b) => `${b.label}: ${pctText(b.pct)}`).join("; ");
  return (
    <figure className={mergeClasses(styles.root, styles.figure)}>
      <Body1Strong as="h4" className={styles.title}>
        {t.chartTitle}
      </Body1Strong>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`${label}. ${description}`}
      >
        {bars.map((b, i) => {
          const y = i * ROW;
          const length = max === 0 ? 0 : (Math.abs(b.pct) / max) * reach;
          const x = b.pct >= 0 ? zero : zero - length;
          const name =
            b.label.length > LABEL_CHARS ? `${b.label.slice(0, LABEL_CHARS - 1)}…` : b.label;
          return (
            <g key={b.key}>
              <text x={2} y={y + 12} className={styles.name}>
                {name}
              </text>
              <rect
                x={x}
                y={y + 17}
                width={Math.max(1, length)}
                height={BAR}
                className={b.pct >= 0 ? styles.rise : styles.fall}
              />
              <text
                x={b.pct >= 0 ? x + length + 3 : x - 3}
                y={y + 27}
                textAnchor={b.pct >= 0 ? "start" : "end"}
                className={styles.value}
              >
                {pctText(b.pct)}
              </text>
            </g>
          );
        })}
        <line x1={zero} x2={zero} y1={14} y2={height} className={styles.axis} />
      </svg>
    </figure>
  );
}
