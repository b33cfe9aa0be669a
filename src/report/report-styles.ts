/**
 * The report's one stylesheet, inlined (no external assets: the page works offline and in an e-mail
 * archive). System fonts only. Colours meet WCAG AA contrast on white; charts carry meaning by shape
 * and text as well as colour. The print part lays the report out on A4: each main section starts a
 * page, and charts, tables rows and recommendation cards are never cut.
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #4b5563; --line: #d1d5db; --accent: #0b4f8a; --band: #9fb3c8; --soft: #f3f6f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 58rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header.cover { border-bottom: 4px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; color: var(--accent); }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
p { margin: .4rem 0 .8rem; }
.lead { font-size: 1.1rem; color: var(--muted); margin: 0 0 .8rem; }
.meta { color: var(--muted); font-size: .95rem; margin: .15rem 0; }
.notice { border: 2px solid #8a5a00; background: #fff7e6; color: #3d2800; padding: .6rem .8rem; margin: 1rem 0; font-weight: 600; }
.note { border-left: 4px solid var(--accent); background: var(--soft); padding: .5rem .8rem; margin: .8rem 0; }
nav.toc ol { margin: .3rem 0 0; padding-left: 1.4rem; columns: 2; }
nav.toc a { color: var(--accent); }
dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; margin: .5rem 0 1rem; }
dl.profile dt { font-weight: 600; }
dl.profile dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .6rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; }
.scores-layout { display: grid; grid-template-columns: 1fr; gap: .5rem; }
figure { margin: 1rem 0; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; fill: var(--ink); }
svg.chart text.tick { fill: var(--muted); font-size: 11px; }
svg.chart text.total { font-weight: 700; }
svg.chart .grid { stroke: var(--line); stroke-dasharray: 3 3; }
svg .track { fill: #eef1f4; stroke: #6b7280; stroke-width: .5; }
svg .iqr { fill: var(--band); stroke: #334155; stroke-width: 1; }
svg .median { stroke: #7c2d12; stroke-width: 3; }
svg .own { fill: #111; stroke: #fff; stroke-width: 1.5; }
svg.share { vertical-align: middle; margin-left: .4rem; }
svg.target-chart { display: block; max-width: 34rem; height: auto; }
svg.target-chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; fill: var(--ink); }
svg.target-chart text.tick { fill: var(--muted); font-size: 11px; }
svg.target-chart .grid { stroke: var(--line); stroke-dasharray: 3 3; }
svg .target-path { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 6 4; }
svg .target-end { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.card.target h4 { margin: 0 0 .3rem; font-size: 1rem; }
svg.share .fill { fill: var(--accent); }
.phase-block { break-inside: avoid; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--accent); padding: .8rem 1rem; margin: 1rem 0; break-inside: avoid; }
.card h3 { margin-top: 0; }
.card .phase-name { color: var(--muted); font-size: .9rem; margin: -.3rem 0 .6rem; }
.eef { display: grid; grid-template-columns: repeat(3, 1fr); gap: .5rem; margin: .5rem 0 .8rem; }
.eef div { background: var(--soft); padding: .5rem .6rem; }
.eef dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
.eef dd { margin: .1rem 0 0; font-weight: 600; }
.pips { letter-spacing: .1em; }
.contested { border: 2px dashed #8a1c1c; color: #5c0f0f; padding: .4rem .6rem; margin: .5rem 0; }
.sources { font-size: .88rem; color: var(--muted); }
.sources li { margin: .15rem 0; }
ul.why { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) { .eef { grid-template-columns: 1fr; } nav.toc ol { columns: 1; } }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; }
  section.page { break-before: page; }
  figure, table, tr, .card, .phase-block, dl.profile, .notice, .note { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .card { border-left-width: 3px; }
  svg.chart { width: 90%; margin: 0 auto; }
  svg.target-chart { width: 70%; }
}
`;
