/** @jsxImportSource hono/jsx */
import type { Language } from "../domain/framework/localize.js";
import { format, type ReportText } from "./report-text.js";

export interface ChartRow {
  readonly label: string;
  readonly score: number | null;
  readonly p25: number | null;
  readonly median: number | null;
  readonly p75: number | null;
}

const LABEL_WIDTH = 250;
const TRACK_WIDTH = 400;
const ROW_HEIGHT = 30;
const TOP = 28;
const RIGHT = 60;

const x = (score: number) => LABEL_WIDTH + (Math.max(0, Math.min(100, score)) / 100) * TRACK_WIDTH;

/**
 * The organisation's score per phase against the peer quartiles, as inline SVG: shapes and text, not
 * colour alone, carry the meaning (a diamond for the own score, a grey band for the middle half, a
 * line for the median), and the figure's title and description say what it shows. The table beside
 * it holds the same numbers.
 */
export function PhaseChart(props: { rows: readonly ChartRow[]; text: ReportText; lang: Language }) {
  const { rows, text, lang } = props;
  const height = TOP + rows.length * ROW_HEIGHT + 44;
  const width = LABEL_WIDTH + TRACK_WIDTH + RIGHT;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby="chart-title chart-desc"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="chart-title">{text.chartTitle}</title>
      <desc id="chart-desc">{text.chartDescription}</desc>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={TOP + rows.length * ROW_HEIGHT} class="grid" />
          <text x={x(tick)} y={TOP - 10} text-anchor="middle" class="tick">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const middle = TOP + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        return (
          <g>
            <text x={LABEL_WIDTH - 10} y={middle + 4} text-anchor="end" class={index === 0 ? "label total" : "label"}>
              {row.label}
            </text>
            <rect x={x(0)} y={middle - 6} width={TRACK_WIDTH} height={12} class="track" />
            {row.p25 !== null && row.p75 !== null ? (
              <rect
                x={x(row.p25)}
                y={middle - 6}
                width={Math.max(2, x(row.p75) - x(row.p25))}
                height={12}
                class="iqr"
              />
            ) : null}
            {row.median !== null ? (
              <line x1={x(row.median)} x2={x(row.median)} y1={middle - 11} y2={middle + 11} class="median" />
            ) : null}
            {row.score !== null ? (
              <polygon
                points={`${x(row.score)},${middle - 9} ${x(row.score) + 9},${middle} ${x(row.score)},${middle + 9} ${x(row.score) - 9},${middle}`}
                class="own"
              />
            ) : null}
            <text x={LABEL_WIDTH + TRACK_WIDTH + 12} y={middle + 4} class="value">
              {row.score === null ? text.notApplicable : format(row.score, lang)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${LABEL_WIDTH}, ${TOP + rows.length * ROW_HEIGHT + 18})`} class="legend">
        <polygon points="6,0 15,9 6,18 -3,9" class="own" />
        <text x={22} y={13}>
          {text.yourScore}
        </text>
        <rect x={110} y={3} width={26} height={12} class="iqr" />
        <text x={142} y={13}>
          25–75
        </text>
        <line x1={200} x2={200} y1={-1} y2={19} class="median" />
        <text x={208} y={13}>
          {text.peerMedian}
        </text>
      </g>
    </svg>
  );
}

/** A small horizontal bar for a share (0–100), drawn with attributes so the page needs no inline styles. */
export function ShareBar(props: { value: number | null; label: string }) {
  if (props.value === null) return null;
  return (
    <svg class="share" viewBox="0 0 100 10" width="80" height="10" aria-hidden="true" focusable="false">
      <rect x={0} y={0} width={100} height={10} class="track" />
      <rect x={0} y={0} width={Math.max(0, Math.min(100, props.value))} height={10} class="fill" />
      <title>{props.label}</title>
    </svg>
  );
}
