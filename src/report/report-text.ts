import type { EvidenceLevel, SbiSection, SizeClass } from "../domain/framework/framework-schema.js";
import type { Language } from "../domain/framework/localize.js";
import { formatNumber, formatPercent } from "../domain/localized-number.js";
import type { RepresentationFigure } from "../store/workforce.js";

/** A published quantile by name: p25, the median, p75. */
const point = (percentile: number, median: string) => (percentile === 50 ? median : `p${percentile}`);

/** Every fixed text of the benchmark report, in Dutch and English. Framework texts come from the framework. */
const TEXT = {
  nl: {
    documentTitle: (name: string) => `Benchmarkrapport inclusief werkgeverschap – ${name}`,
    heading: "Benchmarkrapport inclusief werkgeverschap",
    subheading:
      "Gelijke kansen voor mensen met een migratieachtergrond: waar staat uw organisatie, en wat is een goede volgende stap?",
    generated: "Opgesteld op",
    peersAsOf: (release: number) => `Vergelijkingscijfers van benchmarkrelease ${release}, vastgesteld op`,
    submitted: "Zelfevaluatie ingediend op",
    framework: "Menukaart",
    contents: "Inhoud",
    profile: "Organisatie en vergelijkingsgroep",
    sector: "Sector (SBI)",
    sizeClass: "Omvang",
    headcount: "Aantal medewerkers",
    region: "Provincie",
    hrDepartment: "Eigen HR-afdeling",
    yes: "ja",
    no: "nee",
    peerGroup: "Vergelijkingsgroep",
    peerGroupSize: (count: number) => `ongeveer ${count} organisaties (afgerond)`,
    noPeerGroup:
      "Er is nog geen vergelijkingsgroep groot genoeg. U ziet uw eigen scores; de vergelijking volgt zodra genoeg werkgevers meedoen.",
    fallbackNotShown: (requested: string, chosen: string, k: number) =>
      `De groep ${requested} wordt niet getoond: ze telt minder dan ${k} organisaties, of uit haar cijfers zou een groep van minder dan ${k} organisaties af te leiden zijn (door groepen van elkaar af te trekken, of door weg te laten wat één klant zelf beheert). Daarom vergelijken we met de bredere groep ${chosen}.`,
    scores: "Scores per fase",
    overall: "Totaal",
    band: "Niveau",
    score: "Score",
    yourScore: "Uw score",
    peerRange: "Middelste helft van de groep (25e–75e percentiel)",
    peerMedian: "Mediaan van de groep",
    rankBand: "Positie in de groep",
    rankBandExplained:
      "tussen welke gepubliceerde punten van de groep (kwartielen, of decielen bij een grote groep) uw score valt; nooit een exacte rang",
    rankBandLabel: (from: number, to: number) =>
      from === 0
        ? `onder ${point(to, "de mediaan")}`
        : to === 100
          ? `${point(from, "mediaan")} of hoger`
          : `${point(from, "mediaan")}–${point(to, "mediaan")}`,
    notApplicable: "niet van toepassing",
    notShown: "niet getoond",
    cappedBy: (phase: string) => `Het totaalniveau is begrensd door de zwakste fase: ${phase}.`,
    chartTitle: "Uw score per fase naast de groep",
    chartDescription:
      "Per fase een balk van 0 tot 100. Het grijze vlak is de middelste helft van de vergelijkingsgroep, de verticale streep de mediaan, de zwarte ruit uw score. Dezelfde cijfers staan in de tabel.",
    phase: "Fase",
    change: "Verandering sinds de vorige ronde",
    noPrevious: "Dit is uw eerste ingediende zelfevaluatie: de volgende ronde laat zien wat er veranderd is.",
    previousRound: (date: string) => `Vergeleken met de ronde van ${date}.`,
    commonPractices: (count: number) =>
      `De menukaart is sindsdien gewijzigd: vergeleken op de ${count} praktijken die in beide versies staan.`,
    previous: "Vorige",
    current: "Nu",
    difference: "Verschil",
    adoption: "Uw praktijken naast de groep",
    adoptionIntro:
      "Per praktijk uw eigen antwoord en het deel van de vergelijkingsgroep dat de praktijk structureel heeft ingebed (niveau 3 of 4).",
    practice: "Praktijk",
    yourAnswer: "Uw antwoord",
    peerAdoption: "Groep op niveau 3–4",
    unanswered: "niet beantwoord",
    recommendations: "Aanbevolen volgende stappen",
    recommendationsIntro:
      "De praktijken die voor uw organisatie nu het meeste opleveren, met waarom, hoeveel moeite het kost en hoe sterk het bewijs is. Wettelijke verplichtingen die nog niet op orde zijn, staan bovenaan. De verwachte winst is de stijging van de score als de praktijk één niveau hoger komt.",
    noRecommendations: "Geen aanbevelingen: uw organisatie heeft alle toepasselijke praktijken ingebed.",
    why: "Waarom",
    evidence: "Bewijs",
    effort: "Moeite",
    expectedGain: "Verwachte winst",
    gainPoints: (phase: number | null, overall: number | null, toLevel: number) =>
      `${signed(phase, "nl")} punten in de fase, ${signed(overall, "nl")} totaal (naar niveau ${toLevel})`,
    legalGain: "Geen punten: een wettelijke plicht telt niet mee in de score, maar heeft wel voorrang.",
    requiredByLaw: "Wettelijk verplicht",
    legalBaseline: "Wettelijke basis",
    legalBaselineIntro:
      "Deze praktijken zijn wettelijke plichten. Ze tellen niet mee in de score, die weegt naar bewijs: ze zijn de ondergrens. Op orde betekent structureel ingebed (niveau 3 of 4).",
    law: "Wet en artikel",
    inPlace: "Op orde",
    notInPlace: "Nog niet op orde",
    fewPractices: (count: number) =>
      count === 1
        ? "op basis van 1 praktijk, dus weinigzeggend"
        : `op basis van ${count} praktijken, dus weinigzeggend`,
    contested: "Omstreden: de onderzoeken spreken elkaar tegen of wijzen op risico's. Lees de toelichting.",
    sources: "Bronnen",
    peersDoingIt: (rate: number) => `${formatPercent(rate, "nl")} van de groep doet dit al structureel`,
    representation: "Samenstelling van het personeel",
    representationIntro: (k: number) =>
      `Uw eigen personeelscijfers, naast de mediaan van de organisaties in de groep die deze cijfers hebben opgegeven. Een groepscijfer verschijnt pas bij minstens ${k} opgaven.`,
    noWorkforce:
      "U heeft nog geen personeelscijfers opgegeven (PUT /v1/organisations/{id}/workforce-context). Met die cijfers ziet u hier de samenstelling van uw personeel naast die van de groep.",
    figure: "Cijfer",
    yours: "Uw organisatie",
    peerMedianShort: "Mediaan groep",
    reporting: (count: number) => `ongeveer ${count} opgaven`,
    plan: "Plan en voortgang",
    planIntro:
      "De acties en doelen die uw organisatie zich heeft gesteld, en wat de laatste ingediende ronde daarvan laat zien. Een praktijk met een open actie (gepland of bezig) staat niet opnieuw bij de aanbevelingen.",
    noPlan:
      "U heeft nog geen acties of doelen vastgelegd (POST /v1/organisations/{id}/actions en /targets). Zet een aanbeveling om in een actie met een eigenaar (een rol of team) en een datum; de volgende ronde laat zien of die gehaald is.",
    actions: "Acties",
    owner: "Eigenaar (rol of team)",
    dueDate: "Uiterlijk",
    status: "Status",
    lastRound: "Laatste ronde",
    actionStatus: { planned: "gepland", inProgress: "bezig", done: "afgerond", dropped: "geschrapt" },
    actionResult: (value: number | null, targetLevel: number, reached: boolean) =>
      value === null
        ? `geen niveau (doel ${targetLevel})`
        : `niveau ${value}, doel ${targetLevel}: ${reached ? "bereikt" : "nog niet bereikt"}`,
    noRoundYet: "nog geen ronde",
    targets: "Doelen",
    targetLine: (baseline: string, baselineDate: string, target: string, targetDate: string) =>
      `Van ${baseline} op ${baselineDate} naar ${target} op ${targetDate}.`,
    targetProgress: { onTrack: "op schema", behind: "achter op schema", noData: "geen cijfer in deze ronde" },
    targetResult: (value: string, expected: string, progress: string) =>
      `Laatste ronde: ${value} (volgens de lijn verwacht: ${expected}): ${progress}.`,
    targetNoData: (progress: string) => `Laatste ronde: ${progress}.`,
    targetChartTitle: (measure: string) => `Voortgang: ${measure}`,
    targetChartDescription:
      "De gestippelde lijn loopt van het startpunt naar het doel; elke stip is het cijfer dat met een ingediende ronde is vastgelegd. Dezelfde cijfers staan in de tabel.",
    round: "Ronde",
    measured: "Gemeten",
    baselineLabel: "start",
    targetLabel: "doel",
    availabilityShort: "Arbeidsmarkt",
    farBelow: "ver onder",
    labourMarketNote: (cell: string, source: string, year: number, licence: string) =>
      `Arbeidsmarkt: het aandeel werkenden met een migratieachtergrond in ${cell} (bron: ${source}, ${year}; licentie: ${licence}). Dit zijn openbare referentiecijfers, geen opgaven van andere organisaties. "Ver onder" betekent: minder dan de helft van dat aandeel en minstens 5 procentpunten lager; dan raden we eerst praktijken voor werving (of, bij leidinggevenden, doorstroom) aan.`,
    labourMarketFallback: (cell: string) =>
      `Voor uw sector in uw provincie heeft de tabel geen cijfer; daarom staat hier het cijfer voor ${cell}.`,
    methodology: "Verantwoording",
    methodScoring:
      "Scores: elke praktijk is beantwoord op een schaal van 0 (niet aanwezig) tot 4 (ingebed en geëvalueerd). Per fase en in totaal is de score het gewogen gemiddelde op 0–100, waarbij praktijken met sterker bewijs zwaarder wegen. 'Niet van toepassing' telt niet mee; een onbeantwoorde praktijk telt als 0. Het totaalniveau is hoogstens één niveau hoger dan de zwakste fase.",
    methodEvidence: "Bewijsniveaus",
    evidenceWeight: "weegt",
    methodPrivacy: (k: number) =>
      `Privacy: het rapport bevat alleen cijfers op organisatieniveau, nooit gegevens over personen. Een groep wordt alleen getoond met minstens ${k} organisaties en als er geen kleinere groep uit af te leiden is door groepen van elkaar af te trekken. Aantallen en aandelen zijn grof afgerond (hoe kleiner de groep, hoe grover) en uw positie wordt alleen getoond tussen gepubliceerde punten van de groep; kwartielen pas vanaf ${k} scores, decielen vanaf ${2 * k}. De cijfers van andere organisaties komen uit een vastgestelde benchmarkrelease en veranderen pas als minstens ${k} organisaties iets hebben gewijzigd.`,
    methodFramework: (version: string, title: string) =>
      `Menukaart ${version} (${title}): de praktijken, hun bewijs en de weging staan in de API (GET /v1/frameworks/${version}).`,
    methodLimits:
      "Dit is een zelfevaluatie: de antwoorden zijn niet gecontroleerd. De groep bestaat uit werkgevers die zelf meedoen en is dus geen steekproef van alle werkgevers.",
    syntheticNotice:
      "Demonstratiegegevens: alle organisaties in deze cijfers zijn synthetisch, gemaakt door de demo-generator. Ze zeggen niets over echte werkgevers.",
    footer: "Inclusiebenchmark – een open, op bewijs gebaseerde benchmark voor inclusief werkgeverschap.",
    /** What a browser that followed a report link is told when the API refuses it (the detail stays English). */
    problemPage: (status: number) =>
      status === 401 || status === 403
        ? "Deze rapportlink werkt niet (meer). Vraag degene die u de link stuurde om een nieuwe."
        : status === 404
          ? "Dit rapport is niet gevonden."
          : status === 409
            ? "Er is nog geen rapport: de organisatie heeft nog geen zelfevaluatie ingediend."
            : status === 429
              ? "Er zijn te veel verzoeken gedaan. Probeer het over enkele minuten opnieuw."
              : "Het rapport kan nu niet worden getoond.",
    problemDetail: "Technische melding (Engels)",
  },
  en: {
    documentTitle: (name: string) => `Inclusive employer benchmark report – ${name}`,
    heading: "Inclusive employer benchmark report",
    subheading:
      "Equal chances for people with a migration background: where does your organisation stand, and what is a good next step?",
    generated: "Prepared on",
    peersAsOf: (release: number) => `Peer figures from benchmark release ${release}, cut on`,
    submitted: "Self-assessment submitted on",
    framework: "Framework",
    contents: "Contents",
    profile: "Organisation and peer group",
    sector: "Sector (SBI)",
    sizeClass: "Size",
    headcount: "Employees",
    region: "Province",
    hrDepartment: "Own HR department",
    yes: "yes",
    no: "no",
    peerGroup: "Peer group",
    peerGroupSize: (count: number) => `about ${count} organisations (rounded)`,
    noPeerGroup:
      "No peer group is large enough yet. You see your own scores; the comparison follows once enough employers take part.",
    fallbackNotShown: (requested: string, chosen: string, k: number) =>
      `The group ${requested} is not shown: it has fewer than ${k} organisations, or subtracting groups from each other, or what one client controls itself, would otherwise reveal a group of fewer than ${k} organisations. You are compared with the broader group ${chosen}.`,
    scores: "Scores per phase",
    overall: "Overall",
    band: "Level",
    score: "Score",
    yourScore: "Your score",
    peerRange: "Middle half of the group (25th–75th percentile)",
    peerMedian: "Group median",
    rankBand: "Position in the group",
    rankBandExplained:
      "between which published points of the group (quartiles, or deciles in a large group) your score falls; never an exact rank",
    rankBandLabel: (from: number, to: number) =>
      from === 0
        ? `below ${point(to, "the median")}`
        : to === 100
          ? `${point(from, "median")} or above`
          : `${point(from, "median")}–${point(to, "median")}`,
    notApplicable: "not applicable",
    notShown: "not shown",
    cappedBy: (phase: string) => `The overall level is held down by the weakest phase: ${phase}.`,
    chartTitle: "Your score per phase next to the group",
    chartDescription:
      "One bar from 0 to 100 per phase. The grey area is the middle half of the peer group, the vertical line its median, the black diamond your score. The table holds the same figures.",
    phase: "Phase",
    change: "Change since the previous round",
    noPrevious: "This is your first submitted self-assessment: the next round will show what changed.",
    previousRound: (date: string) => `Compared with the round of ${date}.`,
    commonPractices: (count: number) =>
      `The framework has changed since: compared on the ${count} practices both versions share.`,
    previous: "Previous",
    current: "Now",
    difference: "Change",
    adoption: "Your practices next to the group",
    adoptionIntro:
      "For each practice your own answer and the share of the peer group that has it structurally embedded (level 3 or 4).",
    practice: "Practice",
    yourAnswer: "Your answer",
    peerAdoption: "Group at level 3–4",
    unanswered: "not answered",
    recommendations: "Recommended next steps",
    recommendationsIntro:
      "The practices that bring your organisation most now, with why, how much effort they take and how strong the evidence is. Legal duties not yet met come first. The expected gain is the rise in score if the practice moves up one level.",
    noRecommendations: "No recommendations: your organisation has embedded every practice that applies.",
    why: "Why",
    evidence: "Evidence",
    effort: "Effort",
    expectedGain: "Expected gain",
    gainPoints: (phase: number | null, overall: number | null, toLevel: number) =>
      `${signed(phase, "en")} points in the phase, ${signed(overall, "en")} overall (to level ${toLevel})`,
    legalGain: "No points: a legal duty does not count in the score, but it comes first.",
    requiredByLaw: "Required by law",
    legalBaseline: "Legal baseline",
    legalBaselineIntro:
      "These practices are legal duties. They do not count in the score, which weighs by evidence: they are the floor. Met means structurally embedded (level 3 or 4).",
    law: "Law and article",
    inPlace: "Met",
    notInPlace: "Not yet met",
    fewPractices: (count: number) =>
      count === 1 ? "on 1 practice: says little" : `on ${count} practices: says little`,
    contested: "Contested: the research is mixed or points to risks. Read the summary.",
    sources: "Sources",
    peersDoingIt: (rate: number) => `${formatPercent(rate, "en")} of the group already does this structurally`,
    representation: "Workforce composition",
    representationIntro: (k: number) =>
      `Your own figures from the workforce context, next to the median of the organisations in the group that reported them. A group figure appears only from ${k} reports.`,
    noWorkforce:
      "You have not given a workforce context yet (PUT /v1/organisations/{id}/workforce-context). With those figures you see your composition next to the group here.",
    figure: "Figure",
    yours: "Your organisation",
    peerMedianShort: "Group median",
    reporting: (count: number) => `about ${count} reports`,
    plan: "Plan and progress",
    planIntro:
      "The actions and targets your organisation has set itself, and what the latest submitted round shows of them. A practice with an open action (planned or in progress) is not recommended again.",
    noPlan:
      "You have not recorded any actions or targets yet (POST /v1/organisations/{id}/actions and /targets). Turn a recommendation into an action with an owner (a role or team) and a date; the next round shows whether it was reached.",
    actions: "Actions",
    owner: "Owner (role or team)",
    dueDate: "Due",
    status: "Status",
    lastRound: "Latest round",
    actionStatus: { planned: "planned", inProgress: "in progress", done: "done", dropped: "dropped" },
    actionResult: (value: number | null, targetLevel: number, reached: boolean) =>
      value === null
        ? `no level (target ${targetLevel})`
        : `level ${value}, target ${targetLevel}: ${reached ? "reached" : "not reached yet"}`,
    noRoundYet: "no round yet",
    targets: "Targets",
    targetLine: (baseline: string, baselineDate: string, target: string, targetDate: string) =>
      `From ${baseline} on ${baselineDate} to ${target} by ${targetDate}.`,
    targetProgress: { onTrack: "on track", behind: "behind schedule", noData: "no figure in this round" },
    targetResult: (value: string, expected: string, progress: string) =>
      `Latest round: ${value} (expected on the line: ${expected}): ${progress}.`,
    targetNoData: (progress: string) => `Latest round: ${progress}.`,
    targetChartTitle: (measure: string) => `Progress: ${measure}`,
    targetChartDescription:
      "The dashed line runs from the baseline to the target; each dot is the figure recorded with a submitted round. The table holds the same figures.",
    round: "Round",
    measured: "Measured",
    baselineLabel: "baseline",
    targetLabel: "target",
    availabilityShort: "Labour market",
    farBelow: "far below",
    labourMarketNote: (cell: string, source: string, year: number, licence: string) =>
      `Labour market: the share of the working population with a migration background in ${cell} (source: ${source}, ${year}; licence: ${licence}). These are public reference figures, not reports of other organisations. "Far below" means under half of that share and at least 5 percentage points lower; then recruitment practices (or, for managers, progression practices) are recommended first.`,
    labourMarketFallback: (cell: string) =>
      `The table has no figure for your sector in your province, so the figure for ${cell} is shown.`,
    methodology: "Methodology",
    methodScoring:
      "Scores: each practice is answered on a scale from 0 (not in place) to 4 (embedded and evaluated). Per phase and overall the score is the weighted average on 0–100, practices with stronger evidence weighing more. 'Not applicable' does not count; an unanswered practice counts as 0. The overall level is at most one level above the weakest phase.",
    methodEvidence: "Evidence levels",
    evidenceWeight: "weighs",
    methodPrivacy: (k: number) =>
      `Privacy: the report holds organisation-level figures only, never data about persons. A group is shown only with at least ${k} organisations and when no smaller group can be worked out by subtracting groups from each other. Counts and shares are coarsely rounded (the smaller the group, the coarser) and your position is shown only between published points of the group; quartiles only from ${k} scores, deciles from ${2 * k}. Other organisations' figures come from a frozen benchmark release and change only when at least ${k} organisations changed something.`,
    methodFramework: (version: string, title: string) =>
      `Framework ${version} (${title}): the practices, their evidence and the weights are in the API (GET /v1/frameworks/${version}).`,
    methodLimits:
      "This is a self-assessment: the answers are not verified. The group consists of employers who chose to take part, not a sample of all employers.",
    syntheticNotice:
      "Demo data: every organisation in these figures is synthetic, generated by the demo seeder. They say nothing about real employers.",
    footer: "Inclusiebenchmark – an open, evidence-based benchmark for inclusive employers.",
    /** In English the API's own title heads the page. */
    problemPage: (_status: number) => null,
    problemDetail: "Details",
  },
} as const;

export type ReportText = (typeof TEXT)[Language];

export function reportText(lang: Language): ReportText {
  return TEXT[lang];
}

/** A number as the report prints it: at most one decimal, the language's decimal mark and grouping. */
export function format(value: number, lang: Language): string {
  return formatNumber(value, lang);
}

/** A change with its sign: +1,5 / −2 / ±0. */
export function signed(value: number | null, lang: Language): string {
  if (value === null) return "–";
  return `${value > 0 ? "+" : value < 0 ? "−" : "±"}${format(Math.abs(value), lang)}`;
}

export const EVIDENCE_LABELS: Record<Language, Record<EvidenceLevel, string>> = {
  nl: {
    strong: "Sterk",
    moderate: "Redelijk",
    promising: "Veelbelovend",
    contested: "Omstreden",
    unverified: "Niet getoetst",
  },
  en: {
    strong: "Strong",
    moderate: "Moderate",
    promising: "Promising",
    contested: "Contested",
    unverified: "Not tested",
  },
};

export const EVIDENCE_EXPLANATIONS: Record<Language, Record<EvidenceLevel, string>> = {
  nl: {
    strong: "een meta-analyse of meerdere goede studies laten steeds een effect zien",
    moderate:
      "een meta-analyse of een goede studie laat een effect zien, maar niet precies voor deze vraag of niet in Nederland",
    promising: "minstens één evaluatie meet een uitkomst, met een minder sterke opzet",
    contested: "evaluaties spreken elkaar tegen of wijzen op een nadelig effect",
    unverified: "geen evaluatie gevonden; de steun komt uit praktijkervaring, beleid of onderzoek naar het probleem",
  },
  en: {
    strong: "a meta-analysis or several good studies consistently show an effect",
    moderate:
      "a meta-analysis or a good study shows an effect, but not exactly for this question or not in the Netherlands",
    promising: "at least one evaluation measures an outcome, with a weaker design",
    contested: "evaluations conflict or point to a harmful effect",
    unverified: "no evaluation found; support comes from practice, policy or research on the problem",
  },
};

export const EFFORT_LABELS: Record<Language, Record<"low" | "medium" | "high", string>> = {
  nl: { low: "Weinig", medium: "Gemiddeld", high: "Veel" },
  en: { low: "Low", medium: "Medium", high: "High" },
};

export const SIZE_CLASS_LABELS: Record<Language, Record<SizeClass, string>> = {
  nl: {
    micro: "micro (minder dan 10)",
    small: "klein (10–49)",
    medium: "middelgroot (50–249)",
    large: "groot (250 of meer)",
  },
  en: { micro: "micro (under 10)", small: "small (10–49)", medium: "medium (50–249)", large: "large (250 or more)" },
};

export const SBI_SECTION_LABELS: Record<Language, Record<SbiSection, string>> = {
  nl: {
    A: "Landbouw, bosbouw en visserij",
    B: "Delfstoffenwinning",
    C: "Industrie",
    D: "Energievoorziening",
    E: "Waterbedrijven en afvalbeheer",
    F: "Bouwnijverheid",
    G: "Handel",
    H: "Vervoer en opslag",
    I: "Logies-, maaltijd- en drankverstrekking",
    J: "Informatie en communicatie",
    K: "Financiële dienstverlening",
    L: "Verhuur van en handel in onroerend goed",
    M: "Specialistische zakelijke diensten",
    N: "Verhuur en overige zakelijke diensten",
    O: "Openbaar bestuur en overheidsdiensten",
    P: "Onderwijs",
    Q: "Gezondheids- en welzijnszorg",
    R: "Cultuur, sport en recreatie",
    S: "Overige dienstverlening",
    T: "Huishoudens",
    U: "Extraterritoriale organisaties",
  },
  en: {
    A: "Agriculture, forestry and fishing",
    B: "Mining and quarrying",
    C: "Manufacturing",
    D: "Energy supply",
    E: "Water supply and waste management",
    F: "Construction",
    G: "Wholesale and retail trade",
    H: "Transportation and storage",
    I: "Accommodation and food service",
    J: "Information and communication",
    K: "Financial services",
    L: "Real estate",
    M: "Professional, scientific and technical services",
    N: "Administrative and support services",
    O: "Public administration",
    P: "Education",
    Q: "Health and social work",
    R: "Arts, sports and recreation",
    S: "Other service activities",
    T: "Households",
    U: "Extraterritorial organisations",
  },
};

export const FIGURE_LABELS: Record<Language, Record<RepresentationFigure, string>> = {
  nl: {
    migrationBackgroundShare: "Medewerkers met een migratieachtergrond (%)",
    migrationBackgroundManagementShare: "Leidinggevenden met een migratieachtergrond (%)",
    migrationBackgroundHiresShare: "Nieuwe medewerkers met een migratieachtergrond (%)",
    learningParticipationWithMigrationBackground: "Deelname aan opleiding, met migratieachtergrond (%)",
    learningParticipationWithoutMigrationBackground: "Deelname aan opleiding, zonder migratieachtergrond (%)",
  },
  en: {
    migrationBackgroundShare: "Employees with a migration background (%)",
    migrationBackgroundManagementShare: "Managers with a migration background (%)",
    migrationBackgroundHiresShare: "New hires with a migration background (%)",
    learningParticipationWithMigrationBackground: "Training participation, with a migration background (%)",
    learningParticipationWithoutMigrationBackground: "Training participation, without a migration background (%)",
  },
};
