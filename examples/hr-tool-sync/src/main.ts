import { syncEmployer } from "./sync.js";

/**
 * `npm run example:hr-tool-sync` with API_BASE_URL (default http://127.0.0.1:8787/v1), CLIENT_ID and
 * CLIENT_SECRET of an integration client. Runs one round for a new organisation and prints its scores.
 */
const clientId = process.env.CLIENT_ID;
const clientSecret = process.env.CLIENT_SECRET;
if (clientId === undefined || clientSecret === undefined) {
  console.error("set CLIENT_ID and CLIENT_SECRET (an integration client; see the README)");
  process.exit(2);
}
const result = await syncEmployer({
  baseUrl: process.env.API_BASE_URL ?? "http://127.0.0.1:8787/v1",
  clientId,
  clientSecret,
  ...(process.env.ORGANISATION_ID === undefined ? {} : { organisationId: process.env.ORGANISATION_ID }),
});
console.log(`organisation ${result.organisationId}, assessment ${result.assessmentId}`);
console.log(`overall: ${result.scores.overall.score} (${result.scores.overall.band})`);
for (const phase of result.scores.phases) console.log(`  ${phase.phase}: ${phase.score ?? "n/a"} ${phase.band ?? ""}`);
if (result.changeSincePrevious !== null)
  console.log(`change since previous round: ${result.changeSincePrevious.overall}`);
