import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contributionHash } from "../src/domain/benchmark/contribution-hash.js";
import { scoreAssessment } from "../src/domain/scoring.js";
import { getAnswers, getAssessment, submitAssessment } from "../src/store/assessments.js";
import { contributionWrites } from "../src/store/benchmarks.js";
import { loadFrameworkContent } from "../src/store/frameworks.js";
import { workforceSnapshot } from "../src/store/workforce.js";
import { seedFreshDatabase } from "./bulk-seed.js";

/**
 * `tsx bench/submission-write.ts [organisations] [submissions]`: what a submission's atomic write
 * costs on a bulk-seeded SQLite file (default 3 000 organisations, 200 submissions), as the route
 * builds it (contribution writes, workforce snapshot, contribution hash, the assessment update):
 * CPU per write (user + system, this process), wall time per write, and WAL pages appended per write
 * (automatic checkpoints off while measuring). Scoring and HTTP are left out: the same before and after.
 */
const organisations = Number(process.argv[2] ?? 3000);
const submissions = Number(process.argv[3] ?? 200);
const directory = mkdtempSync(join(tmpdir(), "submission-write-"));
try {
  const path = join(directory, "bench.sqlite");
  const { storage, seeded } = await seedFreshDatabase(path, organisations, submissions);
  const { db, connection } = storage;
  connection.pragma("wal_checkpoint(TRUNCATE)");
  connection.pragma("wal_autocheckpoint = 0");
  const pageSize = Number(connection.pragma("page_size", { simple: true }));
  const walBytes = () => {
    try {
      return statSync(`${path}-wal`).size;
    } catch {
      return 0;
    }
  };
  const cpu: number[] = [];
  const wall: number[] = [];
  const walBefore = walBytes();
  for (const draft of seeded.drafts) {
    const assessment = await getAssessment(db, draft.assessmentId);
    if (assessment === undefined) throw new Error(`no draft ${draft.assessmentId}`);
    const content = await loadFrameworkContent(db, assessment.frameworkVersion);
    if (content === undefined) throw new Error(`no framework ${assessment.frameworkVersion}`);
    const answers = new Map((await getAnswers(db, assessment.id)).map((answer) => [answer.practiceId, answer.answer]));
    const scores = scoreAssessment(content, assessment.context, answers);
    const now = new Date();
    // Every field either version of `contributionWrites` reads (the aggregates needed the scores and answers).
    const submission = {
      organisationId: assessment.organisationId,
      assessmentId: assessment.id,
      frameworkVersion: assessment.frameworkVersion,
      context: assessment.context,
      scores,
      answers,
      submittedAt: now,
    };
    const cpuAt = process.cpuUsage();
    const wallAt = performance.now();
    const writes = await contributionWrites(storage, submission);
    const snapshot = await workforceSnapshot(db, assessment.organisationId);
    const hash = await contributionHash(answers, scores, snapshot);
    // The answers frozen with the submission (as the route's `contributionAnswers`; ignored by the old store).
    const frozen = JSON.stringify(
      Object.fromEntries([...answers].map(([id, answer]) => [id, answer === "notApplicable" ? "na" : String(answer)])),
    );
    await submitAssessment(storage, assessment.id, assessment.revision, scores, now, writes, {
      workforceSnapshot: snapshot,
      hash,
      answers: frozen,
    });
    const used = process.cpuUsage(cpuAt);
    wall.push(performance.now() - wallAt);
    cpu.push((used.user + used.system) / 1000);
  }
  const walPages = (walBytes() - walBefore) / (pageSize + 24) / seeded.drafts.length;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(
    `${seeded.drafts.length} submission writes on ${organisations} organisations: CPU median ${median(cpu).toFixed(3)} ms (mean ${mean(cpu).toFixed(3)}), wall median ${median(wall).toFixed(3)} ms, WAL ${walPages.toFixed(1)} pages of ${pageSize} B per write`,
  );
  await storage.close();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
