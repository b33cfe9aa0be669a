/** @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import type { PeerGroup } from "../domain/benchmark/peer-groups.js";
import type { EvidenceLevel, SbiSection } from "../domain/framework/framework-schema.js";
import type { Language } from "../domain/framework/localize.js";
import { formatPercent } from "../domain/localized-number.js";
import { PROVINCES } from "../domain/organisation-profile.js";
import type { Answer } from "../domain/scoring.js";
import type { ReportModel } from "../routes/reports/report-model.js";
import { type ChartRow, PhaseChart, ShareBar } from "./phase-chart.js";
import { REPORT_CSS } from "./report-styles.js";
import {
  EFFORT_LABELS,
  EVIDENCE_EXPLANATIONS,
  EVIDENCE_LABELS,
  FIGURE_LABELS,
  format,
  type ReportText,
  reportText,
  SBI_SECTION_LABELS,
  SIZE_CLASS_LABELS,
  signed,
} from "./report-text.js";
import { TargetChart } from "./target-chart.js";

const EVIDENCE_PIPS: Record<EvidenceLevel, number> = {
  strong: 4,
  moderate: 3,
  promising: 2,
  contested: 1,
  unverified: 0,
};

const date = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));

function describeGroup(group: PeerGroup, lang: Language): string {
  const parts = [
    group.section === null ? null : `${group.section} ${SBI_SECTION_LABELS[lang][group.section as SbiSection]}`,
    group.sizeClass === null
      ? null
      : SIZE_CLASS_LABELS[lang][group.sizeClass as keyof (typeof SIZE_CLASS_LABELS)["nl"]],
    group.region === null ? null : (PROVINCES[group.region as keyof typeof PROVINCES] ?? group.region),
  ].filter((part) => part !== null);
  if (parts.length === 0) return lang === "nl" ? "alle organisaties" : "all organisations";
  return `“${parts.join(" × ")}”`;
}

function answerLabel(answer: Answer | null, model: ReportModel, text: ReportText): string {
  if (answer === null) return text.unanswered;
  if (answer === "notApplicable") return text.notApplicable;
  const level = model.maturityScale.find((entry) => entry.level === answer);
  return `${answer} – ${level?.label ?? ""}`;
}

const orDash = (value: number | null, lang: Language) => (value === null ? "–" : format(value, lang));

function PeerGroupSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { organisation, peers, lang } = model;
  return (
    <section id="profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{text.profile}</h2>
      <dl class="profile">
        <dt>{text.sector}</dt>
        <dd>
          {organisation.sbiSection} – {SBI_SECTION_LABELS[lang][organisation.sbiSection]}
          {organisation.sbiCode === null ? "" : ` (SBI ${organisation.sbiCode})`}
        </dd>
        <dt>{text.sizeClass}</dt>
        <dd>{SIZE_CLASS_LABELS[lang][organisation.sizeClass]}</dd>
        <dt>{text.headcount}</dt>
        <dd>{format(organisation.headcount, lang)}</dd>
        <dt>{text.region}</dt>
        <dd>{PROVINCES[organisation.region]}</dd>
        <dt>{text.hrDepartment}</dt>
        <dd>{organisation.hasHrDepartment ? text.yes : text.no}</dd>
        <dt>{text.peerGroup}</dt>
        <dd>
          {peers.chosen === null
            ? "–"
            : `${describeGroup(peers.chosen, lang)}, ${text.peerGroupSize(peers.organisations ?? 0)}`}
        </dd>
      </dl>
      {peers.chosen === null ? <p class="note">{text.noPeerGroup}</p> : null}
      {peers.chosen !== null && peers.fallbackKind !== null ? (
        <p class="note">
          {text.fallbackNotShown(
            describeGroup(peers.requested, lang),
            describeGroup(peers.chosen, lang),
            model.minimumGroupSize,
          )}
        </p>
      ) : null}
    </section>
  );
}

function ScoresSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang } = model;
  const phaseName = new Map(model.phases.map((phase) => [phase.id as string, phase.name]));
  const bandLabel = new Map(model.bands.map((band) => [band.bandId as string, band.label]));
  const rows = model.measures.map((measure) => ({
    ...measure,
    label: measure.measure === "overall" ? text.overall : (phaseName.get(measure.measure) ?? measure.measure),
  }));
  const chartRows: ChartRow[] = rows.map((row) => ({
    label: row.label,
    score: row.score,
    p25: row.p25,
    median: row.median,
    p75: row.p75,
  }));
  const overall = model.assessment.scores.overall;
  const depth = new Map(model.assessment.scores.phases.map((phase) => [phase.phase as string, phase]));
  return (
    <section id="scores" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{text.scores}</h2>
      {overall.cappedBy === null ? null : <p class="note">{text.cappedBy(phaseName.get(overall.cappedBy) ?? "")}</p>}
      <figure>
        <PhaseChart rows={chartRows} text={text} lang={lang} />
        <figcaption>{text.chartDescription}</figcaption>
      </figure>
      <table>
        <caption>{text.scores}</caption>
        <thead>
          <tr>
            <th scope="col">{text.phase}</th>
            <th scope="col" class="num">
              {text.score}
            </th>
            <th scope="col">{text.band}</th>
            <th scope="col" class="num">
              P25
            </th>
            <th scope="col" class="num">
              {text.peerMedian}
            </th>
            <th scope="col" class="num">
              P75
            </th>
            <th scope="col" class="num">
              <abbr title={text.rankBandExplained}>{text.rankBand}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr class={row.measure === "overall" ? "total" : undefined}>
              <th scope="row">{row.label}</th>
              <td class="num">{row.score === null ? text.notApplicable : format(row.score, lang)}</td>
              <td>
                {row.band === null ? "–" : (bandLabel.get(row.band) ?? row.band)}
                {depth.get(row.measure)?.fewPractices ? (
                  <span class="note"> ({text.fewPractices(depth.get(row.measure)?.practicesScored ?? 0)})</span>
                ) : null}
              </td>
              <td class="num">{orDash(row.p25, lang)}</td>
              <td class="num">{orDash(row.median, lang)}</td>
              <td class="num">{orDash(row.p75, lang)}</td>
              <td>{row.rankBand === null ? "–" : text.rankBandLabel(row.rankBand.from, row.rankBand.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChangeBlock model={model} text={text} phaseName={phaseName} />
    </section>
  );
}

function ChangeBlock(props: { model: ReportModel; text: ReportText; phaseName: Map<string, string> }) {
  const { model, text, phaseName } = props;
  const { change, lang } = model;
  return (
    <div class="phase-block">
      <h3 id="change-heading">{text.change}</h3>
      {change === null ? (
        <p>{text.noPrevious}</p>
      ) : (
        <>
          <p>
            {text.previousRound(date(change.previousSubmittedAt, lang))}{" "}
            {change.comparedOn === "commonPractices" ? text.commonPractices(change.commonPractices) : ""}
          </p>
          <table aria-labelledby="change-heading">
            <thead>
              <tr>
                <th scope="col">{text.phase}</th>
                <th scope="col" class="num">
                  {text.previous}
                </th>
                <th scope="col" class="num">
                  {text.current}
                </th>
                <th scope="col" class="num">
                  {text.difference}
                </th>
              </tr>
            </thead>
            <tbody>
              {change.phases.map((phase) => (
                <tr>
                  <th scope="row">{phaseName.get(phase.phase) ?? phase.phase}</th>
                  <td class="num">{orDash(phase.previous, lang)}</td>
                  <td class="num">{orDash(phase.current, lang)}</td>
                  <td class="num">{signed(phase.change, lang)}</td>
                </tr>
              ))}
              <tr class="total">
                <th scope="row">{text.overall}</th>
                <td class="num" colspan={2} />
                <td class="num">{signed(change.overall, lang)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function AdoptionSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang } = model;
  return (
    <section id="adoption" class="page" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">{text.adoption}</h2>
      <p>{text.adoptionIntro}</p>
      {model.phases.map((phase) => {
        const practices = model.practices.filter((practice) => practice.phase === phase.id);
        if (practices.length === 0) return null;
        return (
          <table>
            <caption>{phase.name}</caption>
            <thead>
              <tr>
                <th scope="col">{text.practice}</th>
                <th scope="col">{text.evidence}</th>
                <th scope="col">{text.yourAnswer}</th>
                <th scope="col" class="num">
                  {text.peerAdoption}
                </th>
              </tr>
            </thead>
            <tbody>
              {practices.map((practice) => (
                <tr>
                  <th scope="row">{practice.name}</th>
                  <td>{EVIDENCE_LABELS[lang][practice.evidenceLevel]}</td>
                  <td>{answerLabel(practice.ownAnswer, model, text)}</td>
                  <td class="num">
                    {practice.peerAdoptionRate === null
                      ? text.notShown
                      : formatPercent(practice.peerAdoptionRate, lang)}
                    <ShareBar
                      value={practice.peerAdoptionRate}
                      label={practice.peerAdoptionRate === null ? "" : formatPercent(practice.peerAdoptionRate, lang)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

function RecommendationsSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang } = model;
  const phaseName = new Map(model.phases.map((phase) => [phase.id as string, phase.name]));
  return (
    <section id="recommendations" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{text.recommendations}</h2>
      <p>{text.recommendationsIntro}</p>
      {model.recommendations.length === 0 ? <p class="note">{text.noRecommendations}</p> : null}
      {model.recommendations.map((item) => {
        const pips = EVIDENCE_PIPS[item.evidence.level];
        return (
          <article class="card recommendation" aria-labelledby={`rec-${item.practiceId}`}>
            <h3 id={`rec-${item.practiceId}`}>
              {item.rank}. {item.name}
            </h3>
            <p class="phase-name">
              {phaseName.get(item.phase)} · {text.yourAnswer.toLowerCase()}: {item.currentMaturity}
            </p>
            <dl class="eef">
              {item.legalDuty === null ? null : (
                <div>
                  <dt>{text.requiredByLaw}</dt>
                  <dd>
                    {item.legalDuty.law}, {item.legalDuty.article}
                  </dd>
                </div>
              )}
              <div>
                <dt>{text.evidence}</dt>
                <dd>
                  <span class="pips" aria-hidden="true">
                    {"●".repeat(pips)}
                    {"○".repeat(4 - pips)}
                  </span>{" "}
                  {EVIDENCE_LABELS[lang][item.evidence.level]}
                </dd>
              </div>
              <div>
                <dt>{text.effort}</dt>
                <dd>{EFFORT_LABELS[lang][item.effort.level]}</dd>
              </div>
              <div>
                <dt>{text.expectedGain}</dt>
                <dd>
                  {item.legalDuty !== null
                    ? text.legalGain
                    : text.gainPoints(
                        item.expectedGain.phase.change,
                        item.expectedGain.overall.change,
                        item.expectedGain.toMaturity,
                      )}
                </dd>
              </div>
            </dl>
            {item.legalDuty === null ? null : <p>{item.legalDuty.summary}</p>}
            {item.evidence.contested ? <p class="contested">{text.contested}</p> : null}
            <h4>{text.why}</h4>
            <ul class="why">
              {item.why.map((reason) => (
                <li>{reason}</li>
              ))}
              {item.peerAdoptionRate === null ? null : <li>{text.peersDoingIt(item.peerAdoptionRate)}</li>}
            </ul>
            <p>{item.effort.description}</p>
            <p>
              <strong>{text.evidence}:</strong> {item.evidence.summary}
            </p>
            {item.evidence.sources.length === 0 ? null : (
              <>
                <h4>{text.sources}</h4>
                <ul class="sources">
                  {item.evidence.sources.map((source) => (
                    <li>{source.citation}</li>
                  ))}
                </ul>
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}

const dayDate = (isoDate: string, lang: Language) => date(`${isoDate}T12:00:00Z`, lang);

/** "Plan en voortgang": the organisation's actions and targets, and what the latest round showed. */
function PlanSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang, plan } = model;
  const pct = (value: number) => formatPercent(value, lang);
  return (
    <section id="plan" class="page" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{text.plan}</h2>
      <p>{text.planIntro}</p>
      {plan.actions.length === 0 && plan.targets.length === 0 ? <p class="note">{text.noPlan}</p> : null}
      {plan.actions.length === 0 ? null : (
        <table>
          <caption>{text.actions}</caption>
          <thead>
            <tr>
              <th scope="col">{text.practice}</th>
              <th scope="col">{text.owner}</th>
              <th scope="col">{text.dueDate}</th>
              <th scope="col">{text.status}</th>
              <th scope="col">{text.lastRound}</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((action) => (
              <tr>
                <th scope="row">{action.practice}</th>
                <td>{action.owner}</td>
                <td>{dayDate(action.dueDate, lang)}</td>
                <td>{text.actionStatus[action.status]}</td>
                <td>
                  {action.lastEvaluation === null
                    ? text.noRoundYet
                    : text.actionResult(action.lastEvaluation.value, action.targetLevel, action.lastEvaluation.reached)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.targets.length === 0 ? null : <h3>{text.targets}</h3>}
      {plan.targets.map((target) => {
        const label = FIGURE_LABELS[lang][target.measure];
        const evaluation = target.lastEvaluation;
        return (
          <article class="card target" aria-labelledby={`${target.id}-heading`}>
            <h4 id={`${target.id}-heading`}>{label}</h4>
            <p>
              {text.targetLine(
                pct(target.baselineValue),
                dayDate(target.baselineDate, lang),
                pct(target.targetValue),
                dayDate(target.targetDate, lang),
              )}{" "}
              {evaluation === null
                ? text.noRoundYet
                : evaluation.value === null
                  ? text.targetNoData(text.targetProgress[evaluation.progress])
                  : text.targetResult(
                      pct(evaluation.value),
                      pct(evaluation.expectedValue),
                      text.targetProgress[evaluation.progress],
                    )}
            </p>
            <figure>
              <TargetChart data={{ ...target, id: `${target.id}-chart`, label }} text={text} lang={lang} />
              <figcaption>{text.targetChartDescription}</figcaption>
            </figure>
            {target.points.length === 0 ? null : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.round}</th>
                    <th scope="col" class="num">
                      {text.measured}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {target.points.map((point) => (
                    <tr>
                      <th scope="row">{date(point.submittedAt, lang)}</th>
                      <td class="num">{pct(point.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        );
      })}
    </section>
  );
}

function LegalBaselineSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  if (model.legalDuties.length === 0) return null;
  return (
    <section id="legal-baseline" aria-labelledby="legal-baseline-heading">
      <h2 id="legal-baseline-heading">{text.legalBaseline}</h2>
      <p>{text.legalBaselineIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{text.practice}</th>
            <th scope="col">{text.law}</th>
            <th scope="col">{text.yourAnswer}</th>
            <th scope="col">{text.inPlace}</th>
          </tr>
        </thead>
        <tbody>
          {model.legalDuties.map((duty) => (
            <tr>
              <th scope="row">
                {duty.name}
                <br />
                <span class="note">{duty.summary}</span>
              </th>
              <td>
                {duty.law}, {duty.article}
              </td>
              <td>{answerLabel(duty.ownAnswer, model, text)}</td>
              <td>{duty.inPlace ? text.inPlace : text.notInPlace}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The labour-market cell in the report's words: "Industrie in Zuid-Holland", or the broader cell used. */
function describeCell(cell: NonNullable<ReportModel["labourMarket"]>["cell"], lang: Language): string {
  const section = cell.section === null ? null : SBI_SECTION_LABELS[lang][cell.section];
  const province = cell.region === null ? null : PROVINCES[cell.region];
  if (section !== null && province !== null) return `${section} in ${province}`;
  if (section !== null) return lang === "nl" ? `${section} in heel Nederland` : `${section} across the Netherlands`;
  if (province !== null) return lang === "nl" ? `alle sectoren in ${province}` : `all sectors in ${province}`;
  return lang === "nl" ? "heel Nederland" : "the Netherlands as a whole";
}

function LabourMarketNote(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const market = model.labourMarket;
  if (market === null) return null;
  const cell = describeCell(market.cell, model.lang);
  return (
    <p class="note" id="labour-market">
      {text.labourMarketNote(cell, market.source, market.year, market.licence)}
      {market.cell.level === "sectionRegion" ? "" : ` ${text.labourMarketFallback(cell)}`}
    </p>
  );
}

function RepresentationSection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang } = model;
  const market = model.labourMarket;
  const availabilityOf = (figure: string) => market?.figures.find((candidate) => candidate.figure === figure);
  return (
    <section id="representation" aria-labelledby="representation-heading">
      <h2 id="representation-heading">{text.representation}</h2>
      {model.representation === null ? (
        <>
          <p class="note">{text.noWorkforce}</p>
          <LabourMarketNote model={model} text={text} />
        </>
      ) : (
        <>
          <p>{text.representationIntro(model.minimumGroupSize)}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">
                  {text.figure}
                  {model.referenceYear === null ? "" : ` (${model.referenceYear})`}
                </th>
                <th scope="col" class="num">
                  {text.yours}
                </th>
                <th scope="col" class="num">
                  {text.peerMedianShort}
                </th>
                {market === null ? null : (
                  <th scope="col" class="num">
                    {text.availabilityShort}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {model.representation.map((row) => (
                <tr>
                  <th scope="row">{FIGURE_LABELS[lang][row.figure]}</th>
                  <td class="num">{orDash(row.own, lang)}</td>
                  <td class="num">
                    {row.peerMedian === null ? text.notShown : format(row.peerMedian, lang)}
                    {row.peerReporting === null ? "" : ` (${text.reporting(row.peerReporting)})`}
                  </td>
                  {market === null ? null : (
                    <td class="num">
                      {availabilityOf(row.figure) === undefined ? "–" : format(market.availability, lang)}
                      {availabilityOf(row.figure)?.farBelow === true ? <strong>{` (${text.farBelow})`}</strong> : ""}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <LabourMarketNote model={model} text={text} />
        </>
      )}
    </section>
  );
}

function MethodologySection(props: { model: ReportModel; text: ReportText }) {
  const { model, text } = props;
  const { lang } = model;
  const levels: EvidenceLevel[] = ["strong", "moderate", "promising", "contested", "unverified"];
  return (
    <section id="methodology" class="page" aria-labelledby="methodology-heading">
      <h2 id="methodology-heading">{text.methodology}</h2>
      <p>{text.methodScoring}</p>
      <h3>{text.methodEvidence}</h3>
      <ul>
        {levels.map((level) => (
          <li>
            <strong>{EVIDENCE_LABELS[lang][level]}</strong>: {EVIDENCE_EXPLANATIONS[lang][level]} ({text.evidenceWeight}{" "}
            {format(model.evidenceWeights[level], lang)})
          </li>
        ))}
      </ul>
      <p>{text.methodPrivacy(model.minimumGroupSize)}</p>
      <p>{text.methodFramework(model.framework.version, model.framework.title)}</p>
      <p>{text.methodLimits}</p>
      {model.syntheticData ? <p class="notice">{text.syntheticNotice}</p> : null}
    </section>
  );
}

/** The head of every page the report route serves: its one stylesheet, never indexed, no referrer. */
function DocumentHead(props: { title: string }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex, nofollow" />
      <meta name="referrer" content="no-referrer" />
      <title>{props.title}</title>
      <style>{raw(REPORT_CSS)}</style>
    </head>
  );
}

/** The whole report as one self-contained HTML document. */
export function renderReport(model: ReportModel): string {
  const text = reportText(model.lang);
  const { lang, organisation } = model;
  const page = (
    <html lang={lang}>
      <DocumentHead title={text.documentTitle(organisation.name)} />
      <body>
        <main>
          <header class="cover">
            <h1>{text.heading}</h1>
            <p class="lead">{organisation.name}</p>
            <p>{text.subheading}</p>
            <p class="meta">
              {text.submitted} {date(model.assessment.submittedAt, lang)} · {text.generated}{" "}
              {date(model.generatedAt, lang)} · {text.framework} {model.framework.version} ·{" "}
              {text.peersAsOf(model.release.id)} {date(model.release.cutAt, lang)}
            </p>
            {model.syntheticData ? (
              <p class="notice" role="note">
                {text.syntheticNotice}
              </p>
            ) : null}
          </header>
          <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{text.contents}</h2>
            <ol>
              {(
                [
                  ["profile", text.profile],
                  ["scores", text.scores],
                  ...(model.legalDuties.length === 0 ? [] : [["legal-baseline", text.legalBaseline] as const]),
                  ["recommendations", text.recommendations],
                  ["plan", text.plan],
                  ["adoption", text.adoption],
                  ["representation", text.representation],
                  ["methodology", text.methodology],
                ] as const
              ).map(([id, title]) => (
                <li>
                  <a href={`#${id}`}>{title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <PeerGroupSection model={model} text={text} />
          <ScoresSection model={model} text={text} />
          <LegalBaselineSection model={model} text={text} />
          <RecommendationsSection model={model} text={text} />
          <PlanSection model={model} text={text} />
          <AdoptionSection model={model} text={text} />
          <RepresentationSection model={model} text={text} />
          <MethodologySection model={model} text={text} />
          <footer>{text.footer}</footer>
        </main>
      </body>
    </html>
  );
  return `<!doctype html>\n${page.toString()}`;
}

/** A short page for a browser that followed a link that no longer works (the API answers problem details). */
export function renderProblemPage(lang: Language, status: number, title: string, detail: string): string {
  // The API's problem texts are English: a Dutch page says what happened in Dutch and keeps the
  // English detail, marked as English, for whoever has to fix it.
  const text = reportText(lang);
  const heading = text.problemPage(status);
  const page = (
    <html lang={lang}>
      <DocumentHead title={heading ?? title} />
      <body>
        <main>
          <h1>{heading ?? title}</h1>
          {heading === null ? (
            <p>{detail}</p>
          ) : (
            <p>
              {text.problemDetail}: <span lang="en">{detail}</span>
            </p>
          )}
        </main>
      </body>
    </html>
  );
  return `<!doctype html>\n${page.toString()}`;
}
