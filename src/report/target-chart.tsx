/** @jsxImportSource hono/jsx */
import type { Language } from "../domain/framework/localize.js";
import { formatPercent } from "../domain/localized-number.js";
import type { ReportText } from "./report-text.js";

export interface TargetChartData {
  /** Unique in the page: the SVG's title and description are referenced by id. */
  readonly id: string;
  readonly label: string;
  readonly baselineValue: number;
  readonly baselineDate: string;
  readonly targetValue: number;
  readonly targetDate: string;
  /** The figure each submitted round froze, oldest first. */
  readonly points: readonly { readonly submittedAt: string; readonly value: number }[];
}

const WIDTH = 520;
const HEIGHT = 190;
const LEFT = 48;
const RIGHT = 24;
const TOP = 18;
const BOTTOM = 36;

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

const monthYear = (time: number, lang: Language) =>
  new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(time));

/**
 * A target's progress as inline SVG: the straight line from baseline to target (dashed) and a dot
 * for every round's frozen figure, each labelled with its value, so shape and text carry the meaning,
 * not colour. The vertical axis spans the figures with a little room, within 0–100 %.
 */
export function TargetChart(props: { data: TargetChartData; text: ReportText; lang: Language }) {
  const { data, text, lang } = props;
  const start = Math.min(dayOf(data.baselineDate), ...data.points.map((point) => dayOf(point.submittedAt)));
  const end = Math.max(dayOf(data.targetDate), ...data.points.map((point) => dayOf(point.submittedAt)));
  const values = [data.baselineValue, data.targetValue, ...data.points.map((point) => point.value)];
  const low = Math.max(0, Math.floor(Math.min(...values) - 2));
  const high = Math.min(100, Math.ceil(Math.max(...values) + 2));
  const span = Math.max(1, high - low);
  const x = (time: number) => LEFT + ((time - start) / Math.max(1, end - start)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - (value - low) / span) * (HEIGHT - TOP - BOTTOM);
  const titleId = `${data.id}-title`;
  const descId = `${data.id}-desc`;
  const pct = (value: number) => formatPercent(value, lang);
  return (
    <svg
      class="target-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{text.targetChartTitle(data.label)}</title>
      <desc id={descId}>{text.targetChartDescription}</desc>
      {[low, (low + high) / 2, high].map((tick) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} class="grid" />
          <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" class="tick">
            {pct(Math.round(tick * 10) / 10)}
          </text>
        </g>
      ))}
      <text x={x(start)} y={HEIGHT - 10} text-anchor="start" class="tick">
        {monthYear(start, lang)}
      </text>
      <text x={x(end)} y={HEIGHT - 10} text-anchor="end" class="tick">
        {monthYear(end, lang)}
      </text>
      <line
        x1={x(start)}
        y1={y(data.baselineValue)}
        x2={x(dayOf(data.targetDate))}
        y2={y(data.targetValue)}
        class="target-path"
      />
      <rect x={x(start) - 4} y={y(data.baselineValue) - 4} width={8} height={8} class="target-end" />
      <text x={x(start) + 8} y={y(data.baselineValue) - 8} class="tick">
        {`${text.baselineLabel} ${pct(data.baselineValue)}`}
      </text>
      <rect x={x(dayOf(data.targetDate)) - 4} y={y(data.targetValue) - 4} width={8} height={8} class="target-end" />
      <text x={x(dayOf(data.targetDate)) - 8} y={y(data.targetValue) - 8} text-anchor="end" class="tick">
        {`${text.targetLabel} ${pct(data.targetValue)}`}
      </text>
      {data.points.map((point) => (
        <g class="measured">
          <circle cx={x(dayOf(point.submittedAt))} cy={y(point.value)} r={5} class="own" />
          <text x={x(dayOf(point.submittedAt))} y={y(point.value) + 18} text-anchor="middle" class="value">
            {pct(point.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
