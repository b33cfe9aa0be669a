/**
 * Generated from openapi/openapi.json by scripts/generate-example-client.ts (openapi-typescript).
 * Do not edit: run `npm run openapi`.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Is the API up and its database reachable?
         * @description For load balancers and uptime checks. Needs no authentication and is never cached.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description The contract of this API, generated from its code. The same file is committed as `openapi/openapi.json` (which names the production server).
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Interactive API documentation (HTML)
         * @description Swagger UI over this document: read every operation, its parameters and examples, and try them out with a token. No token needed to open it.
         */
        get: operations["getDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/assets/{file}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * A static file of the docs page
         * @description The scripts and styles the docs page loads (Swagger UI), served by this API so the page needs no third-party host.
         */
        get: operations["getDocsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (OAuth 2.0 client credentials)
         * @description Send `grant_type=client_credentials` with the client's credentials in HTTP Basic (preferred) or in the body. The token is a JWT (ES256) valid for `expires_in` seconds; its public keys are at `/.well-known/jwks.json`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * All API clients
         * @description Every API client with its role, status and scope of access, a page at a time (admin only). Secrets are never shown.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create an API client (its secret is shown once)
         * @description Creates a client for an HR tool (`integration`), an employer (`employer`, bound to one organisation), a sector organisation (`sector`, with its SBI sections) or another admin. The secret is in this response only: store it, we keep only its hash.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * An API client
         * @description One client: role, status, organisation (employer) or sections (sector). Never its secret.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, disable or re-enable a client
         * @description Renames a client, or disables it (its tokens stop working at once) or enables it again.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/clients/{clientId}/secret-rotations": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a client a new secret (the old one, its access tokens and its report links stop working)
         * @description The old secret, every access token issued with it and every report link the client made stop working at once (the client moves to its next credential generation).
         */
        post: operations["createSecretRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/sections": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the SBI sections a sector client may read
         * @description Replaces the SBI sections whose aggregates a sector client may read. Only for sector clients (422 otherwise).
         */
        put: operations["replaceClientSections"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{clientId}/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Let an integration client act for an organisation
         * @description Lets an integration client (an HR tool) read and write this organisation's data. Linking again changes nothing.
         */
        put: operations["linkClientOrganisation"];
        post?: never;
        /**
         * Stop an integration client acting for an organisation
         * @description Ends an integration client's access to this organisation; its data stays. The report links the client made for the organisation are revoked in the same write: they stop working at once.
         */
        delete: operations["unlinkClientOrganisation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The organisations you may see
         * @description Admins see all; an integration client the ones linked to it; an employer its own.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Register an organisation (an employer)
         * @description Admins and integration clients. An integration client is linked to the organisation it creates and acts for it from then on, and may register a limited number per 24 hours (ORGANISATION_REGISTRATIONS_PER_DAY: 429 with Retry-After when spent, and the refusal is audited). A KvK number you registered before (an organisation you still act for) is refused with 409 whose `existingId` is that organisation's id: use it instead. Registrations by other clients are never consulted, so another client may register the same KvK number. Organisation-level facts only: no personal data.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/kvk-confirmation": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a held KvK number: this registration is the same organisation as the others of its number
         * @description Admins only. A registration whose KvK number another registration already had is held (`kvkHeld`) and takes no part in benchmark releases: registrations of one KvK number count as one organisation, and a client that controls one counts as knowing them all, so a number borrowed without checking would let its client read whether the other registration submitted (docs/privacy.md). Confirm only when you have checked that every registration of the number is this one employer and that the clients acting for any of them may know all of them: once confirmed, a client of any of them counts as knowing them all (a number registered first by someone else is the case to refuse). Send the number you checked: if the registration's number is another one now, the answer is 409 and nothing changes. From the next release cut on it takes part like any registration; confirming one that is not held changes nothing.
         */
        post: operations["createKvkConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's profile
         * @description 404 for an organisation you may not see, exactly as for one that does not exist.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        /**
         * Erase an organisation and everything about it
         * @description Admin, or the employer itself. Removes the organisation, its assessments, workforce figures, plan (actions and targets), links and employer clients, and its contribution to every benchmark aggregate, in one atomic write.
         */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        /**
         * Change an organisation's profile (partial)
         * @description Section and size class follow from sbiCode and headcount. Assessments keep the context they were started with; a new round uses the new profile. A KvK number you registered for another organisation you still act for is refused with 409 naming it in `existingId`, as at registration.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/organisations/{organisationId}/workforce-context": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's workforce figures (organisation-level only)
         * @description The optional organisation-level workforce figures (headcount, shares with a migration background, learning participation): never about a person. Null fields were not given.
         */
        get: operations["getWorkforceContext"];
        /**
         * Set the organisation's workforce figures (replaces them)
         * @description Percentages about the organisation as a whole. Learning participation is given for both groups or neither (the gap is what counts), with the share with a migration background. A share is refused when it would describe fewer than the minimum number of people (default 10): shares of the whole workforce below that headcount, the management share without managerCount or below that many managers, the hires share likewise with hiresCount. Personal data is refused.
         */
        put: operations["putWorkforceContext"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The versions of the practice framework (menukaart)
         * @description Open data: no token needed. Published and retired versions, oldest first; an admin token also shows drafts.
         */
        get: operations["listFrameworks"];
        put?: never;
        /**
         * Create a draft framework version from a content document
         * @description Admin. The document is checked against the schema and the content rules (unique ids, every phase at least 4 practices, sources cited and existing, relations to existing practices, coherent applicability); every problem is listed. Practice ids are stable across versions: the response lists what the draft adds, changes and removes relative to its predecessor.
         */
        post: operations["createFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * A whole framework version: phases, scale, scoring, sources and every practice
         * @description Open data. JSON by default; `Accept: text/csv` gives the practices as one CSV row each (also at `/frameworks/{version}/practices.csv`). Supports `If-None-Match`; compressed (brotli or gzip) when `Accept-Encoding` asks for it.
         */
        get: operations["getFramework"];
        /**
         * Replace a draft's content
         * @description Admin, drafts only: published and retired content is immutable (409).
         */
        put: operations["replaceFramework"];
        post?: never;
        /**
         * Delete a draft
         * @description Admin, drafts only: a published version is retired, never deleted (409).
         */
        delete: operations["deleteFramework"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}/practices": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The practices of a version, filtered
         * @description Open data. Filters combine (AND). `Accept: text/csv` for CSV. Supports `If-None-Match`.
         */
        get: operations["listPractices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}/practices.csv": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The practices of a version as CSV (open-data export)
         * @description The same rows as `Accept: text/csv` on the practices, for links and spreadsheets. Same filters.
         */
        get: operations["listPracticesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}/practices/{practiceId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One practice, with its evidence and the sources it cites
         * @description One practice of a framework version in the negotiated language: its question and maturity scale, the contexts it fits, its evidence level and the sources that grade it.
         */
        get: operations["getPractice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}/publication": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft: from now on its content never changes
         * @description Publishes a draft framework version: from then on its content never changes and new assessments answer it when it is the latest.
         */
        post: operations["publishFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/frameworks/{version}/retirement": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a published version: it stays readable, `latest` moves on
         * @description Retires a published version: it stays readable and its assessments keep their scores, but `latest` moves to the newest other published version.
         */
        post: operations["retireFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/assessments": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's assessment rounds, newest first
         * @description The organisation's assessment rounds, newest first, a page at a time, with each round's status and (once submitted) overall score and band.
         */
        get: operations["listAssessments"];
        put?: never;
        /**
         * Start a self-assessment round (a draft)
         * @description Against a published framework version (default: the latest). The organisation's size class, section, region and HR department are recorded with it: they decide which practices apply. New rounds are limited per organisation (ASSESSMENTS_PER_ORGANISATION_PER_30_DAYS, except for admins): 429 with Retry-After when spent. An organisation has at most one open draft: while it has one, this answers 409 with the open draft's id in `existingId` (and names it in `detail`); answer and submit that draft, or read it with GET /v1/assessments/{assessmentId}. A retry with the same Idempotency-Key still replays the first 201.
         */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * An assessment: answers, progress, and once submitted its scores and the change since the previous round
         * @description One assessment: its answers and progress, and once submitted its scores per phase and overall and the change since the previous submitted round. The ETag is `"r<revision>"`: send it as If-None-Match to get 304 when nothing changed, or as If-Match on PATCH.
         */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set or clear answers of a draft assessment (partial)
         * @description Every change of answers raises `revision` by one; the ETag is `"r<revision>"`. Send `If-Match` with the ETag you read to be sure no one changed the assessment since (412 if someone did). A PATCH that changes nothing (every answer already as sent) leaves the revision and ETag as they are. A submitted assessment is immutable (409): start a new round.
         */
        patch: operations["updateAssessmentAnswers"];
        trace?: never;
    };
    "/assessments/{assessmentId}/submission": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an assessment: it is scored and becomes immutable
         * @description Checks completeness (every applicable practice answered, or the configured minimum share; the missing ones are listed in the 422), computes the scores per phase and overall, and stores them with the assessment in one atomic write. An organisation's benchmark contribution is its latest submitted assessment per framework version.
         */
        post: operations["submitAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/benchmark": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Where the organisation stands among its peers
         * @description For its latest submitted assessment (its own answers and scores, live), against the peers as of the current benchmark release (named in `release` and the Benchmark-Release header): the peer group used (section × size class × region, or the next broader group that is large enough, with the reason), its position per phase and overall (the band between published quantiles its score falls in, quartiles, deciles), and per practice its own answer next to the peers' coarse adoption rate; and its shares with a migration background next to the labour-market availability for its section × province (public reference data, falling back to broader cells and saying which, with source and year). A group is shown only with at least k distinct organisations, with at least k (or none) that any one client does not control, with no client controlling more than a set share of it, and when no smaller group could be derived from it by subtraction (docs/privacy.md).
         */
        get: operations["getOrganisationBenchmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/benchmarks": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Sector aggregates: distributions, adoption and trends per peer group
         * @description For sector organisations (their own SBI sections only) and admins. Every published group has at least k organisations and none can be derived from others by subtraction; groups that do not meet that are left out. Every figure comes from the current benchmark release (named in `release` and the Benchmark-Release header), never from the live data (docs/privacy.md). `Accept: text/csv` gives one tidy row per group × measure × statistic.
         */
        get: operations["listBenchmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/benchmark-releases": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The kept benchmark releases, newest first (metadata only)
         * @description Admin. At most the kept number of releases (BENCHMARK_RELEASES_KEPT) and those whose figures they still show.
         */
        get: operations["listBenchmarkReleases"];
        put?: never;
        /**
         * Cut a benchmark release now
         * @description Admin. Freezes the published benchmark figures from the current contributions, as the schedule does (BENCHMARK_RELEASE_INTERVAL_HOURS). Each lattice (framework version × period) is refreshed only when every published group and difference of groups changed in 0 or at least k organisations since its previous release; otherwise its earlier figures are carried forward (docs/privacy.md). Recorded in the audit log.
         */
        post: operations["createBenchmarkRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/benchmark-releases/{releaseId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One benchmark release (metadata only)
         * @description Admin. When it was cut, by what, with which k, and per lattice (framework version × period) whether it was refreshed or carries an earlier release's figures. Never a count, a group or a figure.
         */
        get: operations["getBenchmarkRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/actions": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's actions, in the order they were added
         * @description Every action of the organisation's plan, a page at a time, each with what its latest submitted round shows.
         */
        get: operations["listActions"];
        put?: never;
        /**
         * Add an action to the organisation's plan
         * @description Turns a practice (a recommendation, or any practice of the organisation's framework version) into an action: the maturity it should reach, the role or team that owns it (never a person's name), a due date, a status and a short note. While the action is open (planned, inProgress) the practice is marked planned in the recommendations instead of being recommended again. Each submitted round evaluates it (`lastEvaluation`).
         */
        post: operations["createAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One action, with what the latest round shows
         * @description One action of the organisation's plan and `lastEvaluation`: the practice's maturity in the latest submitted round and whether it reached the target level. The ETag is `"r<revision>"`: send it as If-Match on PATCH.
         */
        get: operations["getAction"];
        put?: never;
        post?: never;
        /**
         * Remove an action from the plan
         * @description Removes the action (to keep it in the plan as not carried out, set its status to dropped instead). With If-Match, only if it is still at that ETag (412 otherwise).
         */
        delete: operations["deleteAction"];
        options?: never;
        head?: never;
        /**
         * Change an action (partial): its status, due date, owner, target level or note
         * @description Only the fields you send change; every change raises `revision` by one (ETag `"r<revision>"`). Send If-Match with the ETag you read: 412 when someone changed the action since. A PATCH that changes nothing leaves the revision as it is.
         */
        patch: operations["updateAction"];
        trace?: never;
    };
    "/organisations/{organisationId}/targets": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's targets, in the order they were added
         * @description Every target of the organisation's plan, a page at a time, each with what its latest submitted round shows.
         */
        get: operations["listTargets"];
        put?: never;
        /**
         * Set a measurable target on one of the organisation's workforce shares
         * @description A target on a workforce share (e.g. the share with a migration background in management from 8 % to 12 % by 2028-12-31): the baseline value and date, the target value and date. Refused (400, naming `measure`) where the workforce context would refuse the share because it describes fewer than the minimum number of people (WORKFORCE_MIN_PEOPLE): e.g. a management share without managerCount, or with too few managers, in the workforce context. Each submitted round evaluates it against the straight line from baseline to target (`lastEvaluation`).
         */
        post: operations["createTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One target, with what the latest round shows
         * @description One target of the organisation's plan and `lastEvaluation`: the share frozen with the latest submitted round, where the straight line from baseline to target stands at its submission date, and whether the organisation is on track. The ETag is `"r<revision>"`: send it as If-Match on PATCH.
         */
        get: operations["getTarget"];
        put?: never;
        post?: never;
        /**
         * Remove a target from the plan
         * @description Removes the target. With If-Match, only if it is still at that ETag (412 otherwise).
         */
        delete: operations["deleteTarget"];
        options?: never;
        head?: never;
        /**
         * Change a target (partial)
         * @description Only the fields you send change; every change raises `revision` by one (ETag `"r<revision>"`). Send If-Match with the ETag you read: 412 when someone changed the target since. A PATCH that changes nothing leaves the revision as it is.
         */
        patch: operations["updateTarget"];
        trace?: never;
    };
    "/assessments/{assessmentId}/recommendations": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The practices to do next, ranked for this organisation, each with why, effort, evidence and expected gain
         * @description The practices this organisation should do next, ranked by evidence, gap, fit to its context and its goal, each with why (the answers that triggered it), what it takes, its evidence and the expected gain in score.
         */
        get: operations["getRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/what-if": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What would the scores be with these answers? The answers are not stored
         * @description Hypothetical answers (same shape as PATCH, applied over the current ones): the new per-phase and overall scores, bands and rank bands among the same peers as of the current benchmark release (the benchmark's bands between published quantiles, never finer), next to the current ones. Limited per organisation (all its assessments together) per day: 429 with Retry-After when spent. Every call is recorded in the audit log (without the answers). The answers are not stored, nor an Idempotency-Key.
         */
        post: operations["createWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/report": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The benchmark report: a page an employer opens, reads and prints
         * @description A self-contained HTML page (no scripts, no external assets; print stylesheet for A4) with the organisation's profile and peer group, scores per phase against the peer quartiles (SVG chart and table), change since the previous round, practice adoption next to the peers, the top recommendations with evidence, effort and expected gain, its workforce figures next to the peer medians, and the methodology. Open it with a Bearer token (API clients) or in a browser through a report link (`token`, from POST /organisations/{organisationId}/report-links). `Accept: application/pdf` prints it to PDF where the server has Chromium (406 where it has not). Dutch by default; English with `lang=en` or Accept-Language.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/report-links": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's report links, with their status (never their URLs)
         * @description The organisation's report links with their status (active, expired, revoked) and expiry. The URLs are shown only when a link is made.
         */
        get: operations["listReportLinks"];
        put?: never;
        /**
         * Make a short-lived link that opens the organisation's benchmark report in a browser
         * @description A browser cannot send a Bearer header, so the report opens through a signed link. The link opens this one organisation's report (GET /organisations/{organisationId}/report) until it expires or is revoked; it grants no API access. The URL is shown only in this response (so this operation takes no Idempotency-Key: a replay would hand it out again).
         */
        post: operations["createReportLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/report-links/{reportLinkId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One report link's status
         * @description One report link's status and expiry (never its URL).
         */
        get: operations["getReportLink"];
        put?: never;
        post?: never;
        /**
         * Revoke a report link: it stops working at once
         * @description Revoking a link that is already revoked or expired changes nothing and also answers 204.
         */
        delete: operations["revokeReportLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: who changed what, when (newest first)
         * @description Admin. One event per successful write (clients, links, sections, secret rotations, organisations and their erasure, workforce context, framework versions, assessments, report links), recorded in the same atomic write as the change. Refused requests and reads are not recorded. Events hold ids only: no secrets, no request bodies, no workforce figures. They outlive an erased organisation: they hold its opaque id, nothing that identifies it.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Your webhook subscriptions
         * @description The calling client's subscriptions, a page at a time, oldest first. Secrets are never shown again.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe to events (the signing secret is shown once)
         * @description Subscribes an https URL to event types your role may see. Each delivery is a POST signed as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`, HMAC-SHA256 with the secret in this response). Payloads carry ids and links, never answers or workforce figures: read what changed with your own token. Failed deliveries are retried with exponential backoff for about a day; after that the subscription is disabled and `disabledReason` says why.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * One of your webhook subscriptions
         * @description The subscription with its status and, when disabled, why. Another client's subscription answers 404. The ETag goes in If-Match to change it.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe
         * @description Deletes the subscription with its queued deliveries and its delivery history; nothing more is sent.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook's URL or events, or disable or re-enable it
         * @description Every change raises the revision; the ETag is `"r<revision>"`. Send `If-Match` with the ETag you read: if someone changed the subscription since, nothing changes and the answer is 412. Re-enabling clears `disabledReason`; events that were dropped while it was disabled are not sent again.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{webhookId}/secret-rotations": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a webhook a new signing secret
         * @description Every delivery from now on, retries of earlier events included, is signed with the new secret.
         */
        post: operations["createWebhookSecretRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery attempts of a webhook
         * @description Every attempt to deliver an event to this subscription, oldest first, kept for 30 days.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/labour-market": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The published labour-market availability table (the newest, or a given version)
         * @description Public reference data, like the framework: the share of the working population with a migration background per SBI section × province (and education level where the source has it), each row with its source, year and licence. Draft versions are not shown. Filter with `section` and `region` (a filter value matches that section or region exactly; rows for all sections or all regions have null there).
         */
        get: operations["getLabourMarket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/labour-market/{version}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load a labour-market availability table as a draft version (creates or replaces the draft)
         * @description Admin. The share of the working population with a migration background per SBI section × province (and per education level where the source has it), each row with its source, year and licence: as JSON (`{"rows": [...]}`) or as CSV with the header `section,region,educationLevel,share,source,year,licence` (an empty section, region or educationLevel means all; semicolon-separated with decimal commas is accepted too). Every row is checked; a problem names the row (`/rows/{index}/{field}`, and for CSV the line) and nothing is stored. At most 1144 rows, one per cell, the national row (all × all × all) included. A published version is immutable (409): load a new version. Publish with POST …/publication; reads use the newest published version.
         */
        put: operations["putLabourMarketVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/labour-market/{version}/publication": {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a labour-market draft: from now on it never changes, and reads use it when it is the newest
         * @description Admin. Publishes a draft labour-market availability table. Organisation benchmarks, recommendations and reports use the newest published version.
         */
        post: operations["publishLabourMarketVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A labour-market availability table. One row per cell (section × region × education level), the national row (all × all × all) included. */
        LabourMarketTableInput: {
            rows: components["schemas"]["LabourMarketRowInput"][];
        };
        LabourMarketRowInput: {
            /**
             * @description SBI 2008 section; null or absent: all sections.
             * @enum {string|null}
             */
            section?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /**
             * @description Province (ISO 3166-2:NL), as organisations give their region; null or absent: all of the Netherlands.
             * @enum {string|null}
             */
            region?: "NL-DR" | "NL-FL" | "NL-FR" | "NL-GE" | "NL-GR" | "NL-LI" | "NL-NB" | "NL-NH" | "NL-OV" | "NL-UT" | "NL-ZE" | "NL-ZH" | null;
            /**
             * @description Null or absent: all education levels (the figure the comparisons use).
             * @enum {string|null}
             */
            educationLevel?: "low" | "middle" | "high" | null;
            /** @description Share (%) of the working population in this cell with a migration background (0–100). */
            share: number;
            /** @description Where the figure comes from: publisher and table id (e.g. CBS StatLine 85xxxNED). 1–300 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            source: string;
            /** @description The year the figure is about. */
            year: number;
            /** @description The licence the figure is published under (CBS: CC BY 4.0). 1–200 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            licence: string;
        };
        ProblemDetails: {
            /** @example https://inclusiebenchmark.nl/problems/validation-failed */
            type: string;
            /** @example Your request is not valid */
            title: string;
            /** @example 400 */
            status: number;
            /** @example body /headcount: Expected a whole number of at least 1 */
            detail: string;
            /**
             * @description The request path this problem occurred on.
             * @example /v1/health
             */
            instance: string;
            /** @description Quote this when you contact support. */
            requestId: string;
            /** @description Present on validation failures: one entry per invalid field. */
            errors?: components["schemas"]["InvalidParam"][];
            /** @description Present on a 409 for a duplicate: the id of what already exists (the organisation you registered with this KvK number, the organisation's open draft). */
            existingId?: string;
        };
        InvalidParam: {
            /**
             * @description Where the invalid value is.
             * @enum {string}
             */
            in: "body" | "query" | "path" | "header";
            /**
             * @description JSON Pointer (RFC 6901) to the invalid value within `in`.
             * @example /headcount
             */
            pointer: string;
            /** @example Expected a whole number of at least 1 */
            message: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @example 1.0.0-alpha.1 */
            apiVersion: string;
            checks: {
                /** @enum {string} */
                database: "reachable";
            };
        };
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @example 900 */
            expires_in: number;
            /** @example organisations:read assessments:write */
            scope: string;
        };
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope";
            error_description: string;
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            requestId: string;
        };
        /**
         * @example {
         *       "grant_type": "client_credentials",
         *       "scope": "organisations:read"
         *     }
         */
        TokenRequest: {
            /**
             * @description The only grant: client credentials.
             * @enum {string}
             */
            grant_type: "client_credentials";
            /** @description client_secret_post: the client id, when not sent with HTTP Basic. */
            client_id?: string;
            /** @description client_secret_post: the secret, when not sent with HTTP Basic. */
            client_secret?: string;
            /** @description Space-separated; default: every scope the client's role allows. Scopes: organisations:read, organisations:write, assessments:read, assessments:write, benchmarks:read, benchmarks:release, frameworks:write, reference:write, clients:write, audit:read, webhooks:manage. */
            scope?: string;
        };
        ClientWithSecret: components["schemas"]["Client"] & {
            /** @description Shown only in this response: store it now. */
            clientSecret: string;
        };
        /**
         * @description admin: operates the platform. employer: one organisation's own data. integration: an HR tool, for the organisations linked to it. sector: aggregates of its SBI sections only.
         * @enum {string}
         */
        Role: "admin" | "employer" | "integration" | "sector";
        /** @enum {string} */
        SbiSection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
        Client: {
            /** @example cli_q2m4x5c6b7nhpjr2s3t4v5w6 */
            clientId: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "active" | "disabled";
            /**
             * @description The organisation of an employer client.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string | null;
            /** @description The SBI sections of a sector client. */
            sections: components["schemas"]["SbiSection"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateClient: {
            /**
             * @description 1–200 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example Acme HR-suite
             */
            name: string;
            role: components["schemas"]["Role"];
            /**
             * @description Required for, and only for, an employer client.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId?: string;
            /** @description Required for, and only for, a sector client. */
            sections?: components["schemas"]["SbiSection"][];
        };
        ClientPage: {
            items: components["schemas"]["Client"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        UpdateClient: {
            /** @description 1–200 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            name?: string;
            /**
             * @description A disabled client's tokens stop working at once.
             * @enum {string}
             */
            status?: "active" | "disabled";
        };
        SecretRotation: {
            /** @example cli_q2m4x5c6b7nhpjr2s3t4v5w6 */
            clientId: string;
            /** @description The new secret, shown only in this response. The old one, and the tokens and links issued under it, stop working now. */
            clientSecret: string;
            /** Format: date-time */
            rotatedAt: string;
        };
        ClientSections: {
            sections: components["schemas"]["SbiSection"][];
        };
        Organisation: {
            /**
             * @description Opaque and unguessable.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string;
            name: string;
            kvkNumber: string | null;
            sbiSection: components["schemas"]["SbiSection"];
            sbiCode: string | null;
            headcount: number;
            sizeClass: components["schemas"]["SizeClass"];
            region: components["schemas"]["ProvinceCode"];
            labourMarketRegion: string | null;
            hasHrDepartment: boolean;
            legalForm: string | null;
            /** @description Admins only. True while this registration's KvK number was already another registration's when it was given and no admin has confirmed that they are one organisation (`POST /organisations/{organisationId}/kvk-confirmation`): until then it takes no part in benchmark releases. Other callers never see it, so a registration does not tell whether its number was registered before. */
            kvkHeld?: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        SizeClass: "micro" | "small" | "medium" | "large";
        /**
         * @description Province, by ISO 3166-2:NL code.
         * @enum {string}
         */
        ProvinceCode: "NL-DR" | "NL-FL" | "NL-FR" | "NL-GE" | "NL-GR" | "NL-LI" | "NL-NB" | "NL-NH" | "NL-OV" | "NL-UT" | "NL-ZE" | "NL-ZH";
        CreateOrganisation: {
            /**
             * @description 1–200 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example Bakkerij De Korenaar
             */
            name: string;
            /**
             * @description KvK-nummer (Chamber of Commerce), 8 digits.
             * @example 12345678
             */
            kvkNumber?: string | null;
            sbiSection?: components["schemas"]["SbiSection"] & unknown;
            /**
             * @description Full SBI 2008 code; its section is derived and must agree with sbiSection.
             * @example 1071
             */
            sbiCode?: string | null;
            /**
             * @description Number of employees.
             * @example 35
             */
            headcount: number;
            region: components["schemas"]["ProvinceCode"];
            /** @description Arbeidsmarktregio. 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            labourMarketRegion?: string | null;
            hasHrDepartment: boolean;
            /**
             * @description 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example bv
             */
            legalForm?: string | null;
        };
        KvkConfirmation: {
            /**
             * @description The KvK number you checked: the confirmation holds for this number only.
             * @example 12345678
             */
            kvkNumber: string;
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /** @description Only the fields you send change; null clears an optional field. */
        UpdateOrganisation: {
            /**
             * @description 1–200 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example Bakkerij De Korenaar
             */
            name?: string;
            /**
             * @description KvK-nummer (Chamber of Commerce), 8 digits.
             * @example 12345678
             */
            kvkNumber?: string | null;
            sbiSection?: components["schemas"]["SbiSection"] & unknown;
            /**
             * @description Full SBI 2008 code; its section is derived and must agree with sbiSection.
             * @example 1071
             */
            sbiCode?: string | null;
            /**
             * @description Number of employees.
             * @example 35
             */
            headcount?: number;
            region?: components["schemas"]["ProvinceCode"];
            /** @description Arbeidsmarktregio. 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            labourMarketRegion?: string | null;
            hasHrDepartment?: boolean;
            /**
             * @description 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example bv
             */
            legalForm?: string | null;
        };
        WorkforceContext: {
            referenceYear: number | null;
            migrationBackgroundShare: number | null;
            migrationBackgroundManagementShare: number | null;
            migrationBackgroundHiresShare: number | null;
            learningParticipationWithMigrationBackground: number | null;
            learningParticipationWithoutMigrationBackground: number | null;
            agedOver55Share: number | null;
            atMostMbo2Share: number | null;
            routineWorkShare: number | null;
            labourMigrantShare: number | null;
            agencyWorkerShare: number | null;
            statushouderShare: number | null;
            managerCount: number | null;
            hiresCount: number | null;
            /** @enum {string|null} */
            source: "survey" | "cbsBarometer" | "hrSystem" | "estimate" | null;
            updatedAt: string | null;
        };
        WorkforceContextInput: {
            /** @description The year the figures are about. */
            referenceYear?: number | null;
            /** @description Share of employees with a migration background (0–100). */
            migrationBackgroundShare?: number | null;
            /** @description Share with a migration background among managers (0–100). */
            migrationBackgroundManagementShare?: number | null;
            /** @description Share with a migration background among last year's hires (0–100). */
            migrationBackgroundHiresShare?: number | null;
            /** @description Share of employees with a migration background who took part in work-related learning last year (0–100). */
            learningParticipationWithMigrationBackground?: number | null;
            /** @description Share of employees without a migration background who took part in work-related learning last year (0–100). */
            learningParticipationWithoutMigrationBackground?: number | null;
            /** @description Share of employees over 55 (0–100). */
            agedOver55Share?: number | null;
            /** @description Share of employees with at most MBO-2 education (0–100). */
            atMostMbo2Share?: number | null;
            /** @description Share of employees in routine work (0–100). */
            routineWorkShare?: number | null;
            /** @description Share of the people working here who are labour migrants (e.g. from Central and Eastern Europe), directly employed or through an agency (0–100). */
            labourMigrantShare?: number | null;
            /** @description Share of the people working here who are hired through an employment agency (0–100). */
            agencyWorkerShare?: number | null;
            /** @description Share of the people working here who are statushouders (refugees with a residence permit), including those in a learn-work trajectory (0–100). */
            statushouderShare?: number | null;
            /** @description The number of managers: required with migrationBackgroundManagementShare, which is refused below the minimum number of people. */
            managerCount?: number | null;
            /** @description The number of people hired last year: required with migrationBackgroundHiresShare, which is refused below the minimum number of people. */
            hiresCount?: number | null;
            /**
             * @description Where the figures came from: an anonymous employee survey, the CBS Barometer Culturele Diversiteit, aggregate figures from the HR system, or an estimate (docs/measurement.md).
             * @enum {string|null}
             */
            source?: "survey" | "cbsBarometer" | "hrSystem" | "estimate" | null;
        };
        FrameworkVersionList: {
            items: components["schemas"]["FrameworkVersionSummary"][];
        };
        FrameworkVersionSummary: {
            /** @example 2026.1 */
            version: string;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            title: string;
            predecessor: string | null;
            practiceCount: number;
            changes: components["schemas"]["PracticeChanges"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            retiredAt: string | null;
        };
        /** @description Relative to the predecessor; scores compare across versions on the common practices. */
        PracticeChanges: {
            added: string[];
            changed: string[];
            removed: string[];
        };
        Framework: components["schemas"]["FrameworkVersionSummary"] & {
            phases: {
                phaseId: components["schemas"]["PhaseId"];
                name: string;
                description: string;
            }[];
            maturityScale: {
                level: number;
                label: string;
                description: string;
            }[];
            scoring: {
                evidenceWeights: {
                    strong: number;
                    moderate: number;
                    promising: number;
                    contested: number;
                    unverified: number;
                };
                bands: {
                    bandId: components["schemas"]["BandId"];
                    minScore: number;
                    label: string;
                }[];
            };
            sources: components["schemas"]["Source"][];
            practices: components["schemas"]["LocalizedPractice"][];
            /** @description From 2026.3: every text changed against the predecessor, and why. */
            changeLog?: {
                /**
                 * @description Stable across framework versions.
                 * @example structured_interviews
                 */
                practiceId: string | null;
                field: string;
                note: string;
            }[];
        };
        /** @enum {string} */
        PhaseId: "werving_selectie" | "kennismaking_onboarding" | "doorstroom" | "behoud_inclusie" | "leren_ontwikkelen" | "stages_eerste_baan" | "leerwerktrajecten" | "monitoring_doelen" | "arbeidsmigranten";
        /** @enum {string} */
        BandId: "beginnend" | "ontwikkelend" | "gevorderd" | "voorhoede";
        Source: {
            /** @example levashina-2014 */
            id: string;
            /** @description 1–400 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            authors: string;
            year: number | null;
            /** @description 1–400 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            title: string;
            /** @description Journal with volume and pages, or the series it appeared in. */
            outlet: string | null;
            /** Format: uri */
            url: string | null;
            /**
             * @description Only in versions before 2026.2: the file name of the source in the project's seed set.
             * @example null
             */
            seed?: string | null;
            /** @description Only in versions before 2026.2: what was and was not checked of this source. */
            note?: string | null;
            kind?: components["schemas"]["SourceKind"];
            /** @description Who published it (a publisher, institute, ministry or legislature). Required from 2026.2 when there is no outlet. */
            publisher?: string | null;
            /**
             * @description The DOI where one exists (from 2026.2).
             * @example 10.1037/0033-2909.124.2.262
             */
            doi?: string | null;
        };
        /**
         * @description Required from version 2026.2.
         * @enum {string}
         */
        SourceKind: "meta-analysis" | "experiment" | "evaluation" | "study" | "guidance" | "law" | "report";
        LocalizedPractice: {
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practiceId: string;
            phase: components["schemas"]["PhaseId"];
            name: string;
            /** @description What "in place" means (maturity 3). */
            inPlace: string;
            /** @description The question the employer answers on the 0–4 scale. */
            question: string;
            evidence: {
                level: components["schemas"]["EvidenceLevel"];
                summary: string;
                /** @description Ids in the version's `sources`. */
                sources: string[];
                /** @description From 2026.2: the cited sources that evaluate the practice on an outcome (empty: none found). */
                evaluatedBy?: string[];
                /** @description From 2026.2: why this grade under the rubric (docs/evidence.md). */
                justification?: string;
            };
            effort: {
                level: components["schemas"]["EffortLevel"];
                description: string;
            };
            goals: components["schemas"]["Goal"][];
            focusGroups: components["schemas"]["FocusGroup"][];
            fit: {
                sizeClasses: components["schemas"]["SizeClass"][];
                needsHrDepartment: boolean;
                sectors: components["schemas"]["SbiSection"][];
            };
            applicability: {
                requiredFor: components["schemas"]["SizeClass"][];
                notApplicableWhen: string | null;
            };
            relations: {
                reinforces: string[];
                compensates: string[];
                interferesWith: string[];
            };
            /** @description From 2026.2: each relation's source, and whether it is reasoned by analogy. */
            relationNotes?: {
                kind: components["schemas"]["RelationKind"];
                /**
                 * @description Stable across framework versions.
                 * @example structured_interviews
                 */
                practice: string;
                sources: string[];
                byAnalogy: boolean;
                explanation: string;
            }[];
            /** @description From 2026.2: the law that makes this practice a legal duty; null when none does. */
            legalBasis?: {
                law: string;
                article: string;
                summary: string;
            } | null;
            /** @description From 2026.2: what it needs to measure by migration background, and the lawful route. */
            measurement?: {
                specialCategoryData: boolean;
                lawfulRoutes: components["schemas"]["LawfulRoute"][];
                guide: string;
            } | null;
        };
        /** @enum {string} */
        EvidenceLevel: "strong" | "moderate" | "promising" | "contested" | "unverified";
        /** @enum {string} */
        EffortLevel: "low" | "medium" | "high";
        /** @enum {string} */
        Goal: "instroom" | "doorstroom" | "behoud" | "leren";
        /** @enum {string} */
        FocusGroup: "learning_gap" | "vulnerable_profile" | "statushouders" | "labour_migrants" | "interns";
        /** @enum {string} */
        RelationKind: "reinforces" | "compensates" | "interferesWith";
        /** @enum {string} */
        LawfulRoute: "anonymousSurvey" | "cbsBarometer" | "uavgArticle25" | "aggregateHrData";
        PracticeList: {
            version: string;
            items: components["schemas"]["LocalizedPractice"][];
        };
        PracticeWithSources: components["schemas"]["LocalizedPractice"] & {
            framework: {
                version: string;
                /** @enum {string} */
                status: "draft" | "published" | "retired";
            };
            /** @description The cited sources in full. */
            sourceDetails: components["schemas"]["Source"][];
        };
        FrameworkContent: {
            /** @example 2026.1 */
            version: string;
            title: components["schemas"]["LocalizedText"];
            /** @example 2026.1 */
            predecessor: string | null;
            phases: components["schemas"]["Phase"][];
            maturityScale: components["schemas"]["MaturityLevel"][];
            scoring: components["schemas"]["Scoring"];
            sources: components["schemas"]["Source"][];
            practices: components["schemas"]["Practice"][];
            /** @description From 2026.3: every text changed against the predecessor, and why (docs/evidence.md). */
            changeLog?: components["schemas"]["FrameworkChangeLogEntry"][];
        };
        /** @description The same text in Dutch and English. */
        LocalizedText: {
            /** @description 1–2000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            nl: string;
            /** @description 1–2000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            en: string;
        };
        Phase: {
            id: components["schemas"]["PhaseId"];
            name: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
        };
        MaturityLevel: {
            level: number;
            label: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
        };
        /** @description Part of the version: a published version scores the same forever. */
        Scoring: {
            evidenceWeights: {
                strong: number;
                moderate: number;
                promising: number;
                contested: number;
                unverified: number;
            };
            bands: {
                id: components["schemas"]["BandId"];
                minScore: number;
                label: components["schemas"]["LocalizedText"];
            }[];
        };
        Practice: {
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            id: string;
            phase: components["schemas"]["PhaseId"];
            name: components["schemas"]["LocalizedText"];
            inPlace: components["schemas"]["LocalizedText"] & unknown;
            question: components["schemas"]["LocalizedText"] & unknown;
            evidence: {
                level: components["schemas"]["EvidenceLevel"];
                summary: components["schemas"]["LocalizedText"] & unknown;
                sources: string[];
                /** @description The cited sources that evaluate this practice (or its mechanism) on an outcome; empty when none was found. Required from 2026.2. */
                evaluatedBy?: string[];
                justification?: components["schemas"]["LocalizedText"] & unknown;
            };
            effort: {
                level: components["schemas"]["EffortLevel"];
                description: components["schemas"]["LocalizedText"] & unknown;
            };
            goals: components["schemas"]["Goal"][];
            focusGroups: components["schemas"]["FocusGroup"][];
            fit: {
                /** @description Organisations of these sizes are asked this practice; for others it does not apply. */
                sizeClasses: components["schemas"]["SizeClass"][];
                needsHrDepartment: boolean;
                /** @description Where it is sector-specific; empty: every sector. */
                sectors: components["schemas"]["SbiSection"][];
            };
            applicability: {
                /** @description Size classes for which `notApplicable` is refused: the practice applies to every such employer. */
                requiredFor: components["schemas"]["SizeClass"][];
                /** @description When an employer may answer `notApplicable` (e.g. it takes no interns); null: never. */
                notApplicableWhen: components["schemas"]["LocalizedText"] | null;
            };
            relations: {
                reinforces: string[];
                compensates: string[];
                /** @description Practices whose benefit this one undoes when it is missing: fix this one first. */
                interferesWith: string[];
            };
            /** @description One per relation above: its source and whether it is by analogy. Required from 2026.2. */
            relationNotes?: components["schemas"]["RelationNote"][];
            /** @description Set when the practice is a legal duty; null when it is not. Required (possibly null) from 2026.2. */
            legalBasis?: {
                /**
                 * @description 1–200 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
                 * @example Algemene wet gelijke behandeling (AWGB)
                 */
                law: string;
                /**
                 * @description 1–200 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
                 * @example art. 1a en art. 5 lid 1
                 */
                article: string;
                summary: components["schemas"]["LocalizedText"] & unknown;
            } | null;
            /** @description Set when the practice measures by migration background; null otherwise. Required from 2026.2. */
            measurement?: {
                /** @description True when doing the practice needs migration background linked to individuals: data revealing ethnic origin (AVG art. 9). */
                specialCategoryData: boolean;
                lawfulRoutes: components["schemas"]["LawfulRoute"][];
                /** @example docs/measurement.md#anonymous-survey */
                guide: string;
            } | null;
        };
        RelationNote: {
            kind: components["schemas"]["RelationKind"];
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practice: string;
            sources: string[];
            /** @description True when the source shows the mechanism elsewhere (e.g. in learning) and it is applied here by reasoning. */
            byAnalogy: boolean;
            explanation: components["schemas"]["LocalizedText"];
        };
        FrameworkChangeLogEntry: {
            /**
             * @description The practice changed; null for the version's own parts.
             * @example structured_interviews
             */
            practice: string | null;
            /**
             * @description Where in the practice (or the version): a path without the language.
             * @example question
             */
            field: string;
            note: components["schemas"]["LocalizedText"] & unknown;
        };
        Assessment: {
            /** @example asm_b7nhpjr2s3t4v5w6q2m4x5c6 */
            assessmentId: string;
            /**
             * @description Opaque and unguessable.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string;
            frameworkVersion: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            /**
             * @description Counts the changes of answers (1 when started; a PATCH that changes nothing leaves it). The ETag is `"r<revision>"`: send that as If-Match when you change answers.
             * @example 3
             */
            revision: number;
            context: {
                sizeClass: components["schemas"]["SizeClass"];
                sbiSection: components["schemas"]["SbiSection"];
                region: components["schemas"]["ProvinceCode"];
                hasHrDepartment: boolean;
            };
            progress: {
                answered: number;
                applicable: number;
                /** @description Applicable practices without an answer yet. */
                missing: string[];
            };
            answers: {
                /**
                 * @description Stable across framework versions.
                 * @example structured_interviews
                 */
                practiceId: string;
                phase: components["schemas"]["PhaseId"];
                maturity: components["schemas"]["Maturity"];
                comment: string | null;
                updatedAt: string;
            }[];
            /** @description Once submitted. */
            scores: components["schemas"]["Scores"] | null;
            /** @description Against the organisation's previous submitted round; on the practices both versions share when they differ. */
            changeSincePrevious: components["schemas"]["ChangeSincePrevious"] | null;
            createdAt: string;
            updatedAt: string;
            submittedAt: string | null;
        };
        /** @description 0 not in place, 1 ad hoc, 2 partly in place, 3 structurally embedded, 4 embedded and evaluated; or notApplicable where the framework allows it (it then leaves the score's denominator). */
        Maturity: 0 | 1 | 2 | 3 | 4 | "notApplicable";
        Scores: {
            overall: {
                score: number | null;
                band: components["schemas"]["BandId"] | null;
                uncappedBand: components["schemas"]["BandId"] | null;
                /** @description The weak phase that holds the overall band down. */
                cappedBy: components["schemas"]["PhaseId"] | null;
                coverage: {
                    answered: number;
                    applicable: number;
                };
            };
            phases: {
                phase: components["schemas"]["PhaseId"];
                /** @enum {string} */
                status: "scored" | "notApplicable";
                score: number | null;
                band: components["schemas"]["BandId"] | null;
                coverage: {
                    answered: number;
                    applicable: number;
                };
                /** @description How many practices the phase score rests on (applicable, not notApplicable, not a legal duty). */
                practicesScored: number;
                /** @description True when the score rests on fewer than three practices: its band says little on its own. */
                fewPractices: boolean;
            }[];
        };
        ChangeSincePrevious: {
            /** @example asm_b7nhpjr2s3t4v5w6q2m4x5c6 */
            previousAssessmentId: string;
            previousFrameworkVersion: string;
            previousSubmittedAt: string;
            /** @enum {string} */
            comparedOn: "allPractices" | "commonPractices";
            commonPractices: number;
            overall: number | null;
            phases: {
                phase: components["schemas"]["PhaseId"];
                previous: number | null;
                current: number | null;
                change: number | null;
            }[];
        };
        CreateAssessment: {
            /**
             * @description A published framework version; default: the latest.
             * @example 2026.1
             */
            frameworkVersion?: string;
        };
        AssessmentPage: {
            items: components["schemas"]["AssessmentSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AssessmentSummary: {
            /** @example asm_b7nhpjr2s3t4v5w6q2m4x5c6 */
            assessmentId: string;
            frameworkVersion: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            overallScore: number | null;
            overallBand: components["schemas"]["BandId"] | null;
            createdAt: string;
            submittedAt: string | null;
        };
        UpdateAnswers: {
            /** @description By practice id; null clears an answer. Practices not named are left as they are. */
            answers: {
                [key: string]: components["schemas"]["AnswerInput"] | null;
            };
        };
        AnswerInput: {
            maturity: components["schemas"]["Maturity"];
            /** @description No personal data. 0–1000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            comment?: string | null;
        };
        OrganisationBenchmark: {
            organisationId: string;
            assessmentId: string;
            frameworkVersion: string;
            release: components["schemas"]["BenchmarkReleaseReference"];
            /** @description null when no group is large enough to show. */
            peerGroup: components["schemas"]["PeerGroup"] | null;
            requestedLevel: components["schemas"]["PeerGroupLevel"];
            /** @description Why a broader group than requested is shown, if it is (as of the release). */
            fallbackReason: string | null;
            minimumGroupSize: number;
            measures: components["schemas"]["MeasurePosition"][];
            practices: components["schemas"]["PracticeComparison"][];
            labourMarket: components["schemas"]["LabourMarketComparison"];
            /** @description Set when the benchmark rests on synthetic demo data. */
            dataNotice: string | null;
        };
        /** @description Others' figures come from a frozen benchmark release, never from the live data; they change only when a release refreshes them (docs/privacy.md). */
        BenchmarkReleaseReference: {
            /** @description The benchmark release the peer figures come from. */
            id: number;
            /** @description When that release was cut (ISO 8601): the figures are as of then. */
            cutAt: string;
        };
        PeerGroup: {
            level: components["schemas"]["PeerGroupLevel"];
            section: components["schemas"]["SbiSection"] | null;
            sizeClass: components["schemas"]["SizeClass"] | null;
            region: components["schemas"]["ProvinceCode"] | null;
            /** @description Approximate: rounded to a step that grows with the group (10 below 100 organisations, 25 below 250, 50 below 500, 100 below 1000, then 250, …), never the exact count; as of the release. */
            organisations: number;
        };
        /**
         * @description sectionSizeRegion ⊂ sectionSize ⊂ section; size; all.
         * @enum {string}
         */
        PeerGroupLevel: "sectionSizeRegion" | "sectionSize" | "section" | "size" | "all";
        MeasurePosition: {
            measure: "overall" | components["schemas"]["PhaseId"];
            score: number | null;
            band: components["schemas"]["BandId"] | null;
            rankBand: components["schemas"]["RankBand"];
            /** @description The peers' first quartile, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
            p25: number | null;
            /** @description The peers' median, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
            median: number | null;
            /** @description The peers' third quartile, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
            p75: number | null;
            /** @description p10 … p90, at 1-point resolution. */
            deciles: (number | null)[];
        };
        /** @description Your score's band among the peers; null when the measure has no score or too few peers. */
        RankBand: {
            from: number;
            to: number;
        } | null;
        PracticeComparison: {
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practiceId: string;
            phase: components["schemas"]["PhaseId"];
            ownAnswer: components["schemas"]["Maturity"];
            /** @description Share (%) of the whole peer group at maturity 3 or 4, in the coarse steps of the level shares (2 · 100 / n points or more from 1, 2, 5, 10, 20, 25, 50); null when no group passes k. */
            peerAdoptionRate: number | null;
        };
        /** @description The organisation's shares with a migration background (its workforce context, live) next to the labour-market availability for its section × province, or the broader cell used; null when no labour-market table is published. */
        LabourMarketComparison: {
            /** @description The labour-market table version the figure comes from. */
            version: string;
            cell: components["schemas"]["AvailabilityCell"];
            /** @description Why a broader cell than the organisation's section × province is used, if it is. */
            fallbackReason: string | null;
            /** @description Share (%) of the working population in the cell with a migration background (all education levels). */
            availability: number;
            source: string;
            year: number;
            licence: string;
            /** @description The same cell per education level, where the table has it. */
            byEducationLevel: {
                educationLevel: components["schemas"]["EducationLevel"];
                share: number;
                source: string;
                year: number;
            }[];
            figures: {
                /** @enum {string} */
                figure: "migrationBackgroundShare" | "migrationBackgroundHiresShare" | "migrationBackgroundManagementShare";
                /** @description The organisation's own share (its workforce context), or null. */
                own: number | null;
                /** @description Own minus availability, in percentage points. */
                difference: number | null;
                /** @description Below half of availability and at least 5 points below it: a trigger for the recruitment (whole workforce, hires) or progression (management) practices. */
                farBelow: boolean;
            }[];
        } | null;
        AvailabilityCell: {
            /**
             * @description sectionRegion (the organisation's section in its province), section (all provinces), region (all sections), national.
             * @enum {string}
             */
            level: "sectionRegion" | "section" | "region" | "national";
            section: components["schemas"]["SbiSection"] | null;
            region: components["schemas"]["ProvinceCode"] | null;
        };
        /**
         * @description CBS's education levels: low (basisonderwijs, vmbo, mbo-1), middle (mbo-2 to 4, havo, vwo), high (hbo, wo).
         * @enum {string}
         */
        EducationLevel: "low" | "middle" | "high";
        BenchmarkList: {
            frameworkVersion: string;
            period: string;
            release: components["schemas"]["BenchmarkReleaseReference"];
            minimumGroupSize: number;
            items: components["schemas"]["GroupAggregate"][];
            /** @description Pass as `cursor` for the next page of groups; null on the last. */
            nextCursor: string | null;
            dataNotice: string | null;
        };
        GroupAggregate: {
            frameworkVersion: string;
            period: string;
            group: components["schemas"]["PeerGroup"];
            measures: {
                measure: string;
                /** @description Members with a score for it, approximate (rounded as group sizes are). */
                organisations: number;
                /** @description The peers' first quartile, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
                p25: number | null;
                /** @description The peers' median, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
                median: number | null;
                /** @description The peers' third quartile, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it). */
                p75: number | null;
                /** @description p10 … p90, at 1-point resolution. */
                deciles: (number | null)[];
            }[];
            practices: {
                /**
                 * @description Stable across framework versions.
                 * @example structured_interviews
                 */
                practiceId: string;
                phase: components["schemas"]["PhaseId"];
                /** @description Share (%) at maturity 3 or 4: the sum of the level shares 3 and 4. */
                adoptionRate: number | null;
                /** @description Share (%) of the whole group per answer level (0–4, notApplicableOrUnanswered). Coarse: multiples of a step of at least 2 · 100 / n percentage points taken from 1, 2, 5, 10, 20, 25, 50, rounded together so that they add up to 100 (each is its exact share rounded down or up), so that all of a group's shares together reveal neither its size nor its counts. */
                levelShares: {
                    [key: string]: number | null;
                } | null;
                suppressed: boolean;
            }[];
            trend: {
                period: string;
                /** @description Approximate, rounded as group sizes are. */
                organisations: number;
                overallMedian: number | null;
            }[];
        };
        /** @description Release metadata only: never a count, a group or a figure. */
        BenchmarkRelease: {
            releaseId: number;
            /** Format: date-time */
            cutAt: string;
            /** @description schedule, admin, command, first-read or demo. */
            trigger: string;
            minimumGroupSize: number;
            lattices: {
                frameworkVersion: string;
                period: string;
                /** @description True when this release refreshed the lattice; false when the change threshold carried earlier figures forward. */
                refreshed: boolean;
                /** @description The release whose figures the lattice shows. */
                figuresFromRelease: number;
            }[];
        };
        BenchmarkReleaseList: {
            items: components["schemas"]["BenchmarkRelease"][];
        };
        Action: {
            /**
             * @description Opaque and unguessable.
             * @example act_m4x5c6b7nhpjr2s3k3vq7zq2
             */
            actionId: string;
            /**
             * @description Opaque and unguessable.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string;
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practiceId: string;
            targetLevel: number;
            owner: string;
            /** Format: date */
            dueDate: string;
            status: components["schemas"]["ActionStatus"];
            note: string | null;
            /** @description Counts the changes; the ETag is `"r<revision>"`. */
            revision: number;
            lastEvaluation: components["schemas"]["ActionEvaluation"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description planned or inProgress: open (the practice is marked planned in the recommendations instead of being recommended again); done or dropped: closed.
         * @enum {string}
         */
        ActionStatus: "planned" | "inProgress" | "done" | "dropped";
        /** @description What the organisation's latest submitted round shows for the practice; null before any round is submitted. */
        ActionEvaluation: {
            assessmentId: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description The practice's maturity in that round; null when not answered, not applicable, or not in its version. */
            value: number | null;
            /** @description The maturity reached the action's targetLevel. */
            reached: boolean;
        } | null;
        CreateAction: {
            /**
             * @description A practice of the organisation's framework version (that of its latest assessment, else the latest published): any practice, not only a recommended one.
             * @example structured_interviews
             */
            practiceId: string;
            /** @description The maturity (1–4) the practice should reach; usually above the current level. */
            targetLevel: number;
            /**
             * @description Who carries it out, as a role or a team (e.g. 'HR', 'Team leaders production'): never a person's name. 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example Team leaders production
             */
            owner: string;
            /**
             * Format: date
             * @description When it should be done (YYYY-MM-DD).
             * @example 2027-06-30
             */
            dueDate: string;
            status?: components["schemas"]["ActionStatus"];
            /** @description What is planned, in a few words. No personal data (no names, no figures about a person). 1–1000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            note?: string | null;
        };
        ActionPage: {
            items: components["schemas"]["Action"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /** @description Only the fields you send change; a null note clears it. */
        UpdateAction: {
            /**
             * @description A practice of the organisation's framework version (that of its latest assessment, else the latest published): any practice, not only a recommended one.
             * @example structured_interviews
             */
            practiceId?: string;
            /** @description The maturity (1–4) the practice should reach; usually above the current level. */
            targetLevel?: number;
            /**
             * @description Who carries it out, as a role or a team (e.g. 'HR', 'Team leaders production'): never a person's name. 1–100 characters (Unicode code points), NFC-normalised; control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused.
             * @example Team leaders production
             */
            owner?: string;
            /**
             * Format: date
             * @description When it should be done (YYYY-MM-DD).
             * @example 2027-06-30
             */
            dueDate?: string;
            status?: components["schemas"]["ActionStatus"];
            /** @description What is planned, in a few words. No personal data (no names, no figures about a person). 1–1000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            note?: string | null;
        };
        Target: {
            /**
             * @description Opaque and unguessable.
             * @example tgt_x5c6b7nhpjr2s3k3vq7zq2m4
             */
            targetId: string;
            /**
             * @description Opaque and unguessable.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string;
            measure: components["schemas"]["TargetMeasure"];
            baselineValue: number;
            /** Format: date */
            baselineDate: string;
            targetValue: number;
            /** Format: date */
            targetDate: string;
            note: string | null;
            /** @description Counts the changes; the ETag is `"r<revision>"`. */
            revision: number;
            lastEvaluation: components["schemas"]["TargetEvaluation"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description The workforce share (see the workforce context) the target is about: the shares each submitted round freezes, so every round can evaluate it.
         * @enum {string}
         */
        TargetMeasure: "migrationBackgroundShare" | "migrationBackgroundManagementShare" | "migrationBackgroundHiresShare" | "learningParticipationWithMigrationBackground" | "learningParticipationWithoutMigrationBackground";
        /** @description What the organisation's latest submitted round shows; null before any round is submitted. */
        TargetEvaluation: {
            assessmentId: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description The share frozen with that round; null when it had none. */
            value: number | null;
            /** @description Where the straight line from baseline to target stands at the round's submission date. */
            expectedValue: number;
            /**
             * @description onTrack: the share is at least as far along the line as the date asks (in the target's direction); behind: it is not; noData: the round has no figure for this share.
             * @enum {string}
             */
            progress: "onTrack" | "behind" | "noData";
        } | null;
        CreateTarget: {
            measure: components["schemas"]["TargetMeasure"];
            /** @description Where the share stood at the baseline date (0–100). */
            baselineValue: number;
            /**
             * Format: date
             * @description The date of the baseline (YYYY-MM-DD).
             * @example 2027-06-30
             */
            baselineDate: string;
            /** @description The share to reach by the target date (0–100); below the baseline for a share to bring down. */
            targetValue: number;
            /**
             * Format: date
             * @description When the target should be reached (YYYY-MM-DD), after the baseline date.
             * @example 2027-06-30
             */
            targetDate: string;
            /** @description Why this target, in a few words. No personal data. 1–1000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            note?: string | null;
        };
        TargetPage: {
            items: components["schemas"]["Target"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /** @description Only the fields you send change; a null note clears it. */
        UpdateTarget: {
            measure?: components["schemas"]["TargetMeasure"];
            /** @description Where the share stood at the baseline date (0–100). */
            baselineValue?: number;
            /**
             * Format: date
             * @description The date of the baseline (YYYY-MM-DD).
             * @example 2027-06-30
             */
            baselineDate?: string;
            /** @description The share to reach by the target date (0–100); below the baseline for a share to bring down. */
            targetValue?: number;
            /**
             * Format: date
             * @description When the target should be reached (YYYY-MM-DD), after the baseline date.
             * @example 2027-06-30
             */
            targetDate?: string;
            /** @description Why this target, in a few words. No personal data. 1–1000 characters (Unicode code points), NFC-normalised; line breaks and tabs are allowed; other control characters, bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused. */
            note?: string | null;
        };
        RecommendationList: {
            assessmentId: string;
            frameworkVersion: string;
            goal: components["schemas"]["Goal"] | null;
            release: components["schemas"]["BenchmarkReleaseReference"];
            peerGroupFallbackReason: string | null;
            items: components["schemas"]["Recommendation"][];
            /** @description Practices that would be recommended but have an open action in the organisation's plan (POST /organisations/{organisationId}/actions): planned, with the due date, instead of recommended again. */
            plannedPractices: components["schemas"]["PlannedPractice"][];
        };
        Recommendation: {
            rank: number;
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practiceId: string;
            name: string;
            phase: components["schemas"]["PhaseId"];
            currentMaturity: number;
            /** @description Set when the practice is required by law and not in place (below maturity 3): such practices lead the list, before any ranking by evidence. Required by law is not an evidence level. */
            legalDuty: {
                law: string;
                article: string;
                summary: string;
                /** @description An open action (planned or in progress) is in the organisation's plan for it; a legal duty stays first until it is in place all the same. */
                planned: boolean;
            } | null;
            planned: components["schemas"]["PlannedAction"];
            /** @description The answers and figures that triggered it, and the mechanism if any. */
            why: string[];
            /** @enum {string|null} */
            mechanism: "interference" | "compensation" | "reinforcement" | null;
            /** @description Practices it reinforces that you also lack: do them together. */
            suggestedWith: string[];
            effort: {
                level: components["schemas"]["EffortLevel"];
                description: string;
            };
            evidence: {
                level: components["schemas"]["EvidenceLevel"];
                summary: string;
                /** @description True when the evidence is mixed or negative: read the summary. */
                contested: boolean;
                sources: {
                    id: string;
                    citation: string;
                    url: string | null;
                }[];
            };
            /** @description Share (%) of your peers at maturity 3 or 4, when the group passes k (as of the current benchmark release): the benchmark's coarse adoption rate, in steps of at least 2 · 100 / n points taken from 1, 2, 5, 10, 20, 25, 50, never an exact share. */
            peerAdoptionRate: number | null;
            /** @description The change in its phase score and in the overall score if brought to the next maturity level. Null changes for a legal duty: it is not part of the maturity score. */
            expectedGain: {
                /** @description The next maturity level (one step up). */
                toMaturity: number;
                phase: {
                    from: number | null;
                    to: number | null;
                    change: number | null;
                };
                overall: {
                    from: number | null;
                    to: number | null;
                    change: number | null;
                };
            };
            /** @description The ranking score (docs/recommendations.md). */
            priority: number;
        };
        /** @description The open action for this practice in the organisation's plan, if any. Only a legal duty can be both planned and in this list: other practices with an open action are listed under `plannedPractices` instead. */
        PlannedAction: {
            actionId: string;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "planned" | "inProgress";
        } | null;
        PlannedPractice: {
            /**
             * @description Stable across framework versions.
             * @example structured_interviews
             */
            practiceId: string;
            name: string;
            phase: components["schemas"]["PhaseId"];
            currentMaturity: number;
            action: components["schemas"]["PlannedAction"] & unknown;
        };
        WhatIf: {
            assessmentId: string;
            release: components["schemas"]["BenchmarkReleaseReference"];
            /** @description The peers the rank bands are among: the benchmark's own peer group (the same group, the same rounded size, as of the same release); null when no group is large enough to show. */
            peerGroup: components["schemas"]["PeerGroup"] | null;
            /** @description Why the peers are a broader group than section × size class × region, as the benchmark's `fallbackReason` (as of the release); null when that group is shown. */
            peerGroupFallbackReason: string | null;
            measures: {
                measure: "overall" | components["schemas"]["PhaseId"];
                /** @description As the answers stand, computed by the same code as the organisation benchmark's `measures`: for the organisation's latest submitted assessment exactly its score, band and rank band there (same release, same peer group). */
                current: {
                    /** @description The organisation's own score (0–100, one decimal), exact: its own data is not coarsened. null when nothing in the measure counts for it. */
                    score: number | null;
                    band: components["schemas"]["BandId"] | null;
                    rankBand: components["schemas"]["RankBand"] & unknown;
                };
                /** @description With the hypothetical answers applied over the current ones. */
                whatIf: {
                    /** @description The organisation's own score (0–100, one decimal), exact: its own data is not coarsened. null when nothing in the measure counts for it. */
                    score: number | null;
                    band: components["schemas"]["BandId"] | null;
                    rankBand: components["schemas"]["RankBand"] & unknown;
                };
                /** @description whatIf.score − current.score, rounded to one decimal; null when either is null. */
                change: number | null;
            }[];
        };
        CreatedReportLink: components["schemas"]["ReportLink"] & {
            /**
             * Format: uri
             * @description Open this in a browser: it shows the report without a login. Shown once; treat it like a password until it expires. It opens this one report and nothing else.
             */
            url: string;
        };
        ReportLink: {
            /** @example rpl_k3vq7zq2m4x5c6b7 */
            reportLinkId: string;
            /**
             * @description Opaque and unguessable.
             * @example org_k3vq7zq2m4x5c6b7nhpjr2s3
             */
            organisationId: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            /** @enum {string|null} */
            lang: "nl" | "en" | null;
            createdByClient: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        CreateReportLink: {
            /** @description How long the link works, in hours (default 24, at most a week). */
            expiresInHours?: number;
            /**
             * @description The report's language; default: the browser's (Accept-Language), else Dutch.
             * @enum {string}
             */
            lang?: "nl" | "en";
        };
        ReportLinkPage: {
            items: components["schemas"]["ReportLink"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AuditEvent: {
            /** @example aud_3kjx2m7qbvhc4z6w5tn2yae4 */
            eventId: string;
            /**
             * Format: date-time
             * @example 2026-11-23T17:05:12.345Z
             */
            occurredAt: string;
            /**
             * @description The client that made the change.
             * @example cli_7h2kjx4mbqhv3z5r6dfguav5
             */
            clientId: string;
            clientRole: components["schemas"]["Role"];
            /** @enum {string} */
            action: "create" | "update" | "delete" | "replace" | "rotate-secret" | "replace-sections" | "replace-workforce-context" | "update-answers" | "submit" | "publish" | "retire" | "revoke" | "cut" | "what-if" | "limit-reached" | "confirm-kvk";
            /** @enum {string} */
            resourceType: "client" | "client-organisation-link" | "organisation" | "framework-version" | "assessment" | "report-link" | "benchmark-release" | "action" | "target" | "webhook-subscription" | "labour-market-version";
            /**
             * @description The id of what changed (a client-organisation link is `clientId/organisationId`). Ids only: never a body, a secret or a figure.
             * @example org_5thw2n6pjr3xby4k7mvq2dez
             */
            resourceId: string;
            /** @description The X-Request-Id of the request that made the change. */
            requestId: string;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret (Standard Webhooks, `whsec_` + base64), shown only in this response: store it to verify the `webhook-signature` of each delivery.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /**
         * @description benchmark.release.published and framework.version.published: for every client. assessment.submitted, report_link.revoked and action.due: about the organisations the client controls (an employer its own, an integration those linked to it); never for a sector client.
         * @enum {string}
         */
        WebhookEventType: "benchmark.release.published" | "framework.version.published" | "assessment.submitted" | "report_link.revoked" | "action.due";
        Webhook: {
            /** @example whk_k3vq7zq2m4x5c6b7nhpjr2s3 */
            webhookId: string;
            url: string;
            eventTypes: components["schemas"]["WebhookEventType"][];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description Why it is disabled: by its client, or after deliveries failed for about a day. */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateWebhook: {
            /**
             * @description Where events are POSTed: an https URL on a public host name (no IP address, no localhost or private name, no credentials). Redirects are not followed.
             * @example https://hr-tool.example.nl/hooks/inclusiebenchmark
             */
            url: string;
            /**
             * @example [
             *       "assessment.submitted",
             *       "benchmark.release.published"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        UpdateWebhook: {
            /**
             * @description Where events are POSTed: an https URL on a public host name (no IP address, no localhost or private name, no credentials). Redirects are not followed.
             * @example https://hr-tool.example.nl/hooks/inclusiebenchmark
             */
            url?: string;
            /**
             * @example [
             *       "assessment.submitted",
             *       "benchmark.release.published"
             *     ]
             */
            eventTypes?: components["schemas"]["WebhookEventType"][];
            /**
             * @description `active` re-enables a disabled subscription (new events only).
             * @enum {string}
             */
            status?: "active" | "disabled";
        };
        WebhookSecretRotation: {
            /** @example whk_k3vq7zq2m4x5c6b7nhpjr2s3 */
            webhookId: string;
            /** @description The new signing secret, shown only in this response. Deliveries from now on are signed with it; the old one no longer verifies them. */
            secret: string;
            /** Format: date-time */
            rotatedAt: string;
        };
        WebhookDeliveryAttemptPage: {
            items: components["schemas"]["WebhookDeliveryAttempt"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        WebhookDeliveryAttempt: {
            /** @example wha_q2m4x5c6b7nhpjr2s3t4v5w6 */
            attemptId: string;
            /** @description The event's `webhook-id` (the same on every attempt). */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            /** @description 1 for the first attempt at this event, 2 for its first retry, … */
            attempt: number;
            /**
             * @description delivered: your receiver answered 2xx. failed: anything else (retried while `nextAttemptAt` is set). dropped: not sent, because you may no longer see the event or the subscription is disabled.
             * @enum {string}
             */
            outcome: "delivered" | "failed" | "dropped";
            /** @description Your receiver's HTTP status, if it answered. */
            responseStatus: number | null;
            error: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            attemptedAt: string;
        };
        LabourMarketTable: {
            version: string;
            publishedAt: string;
            contentHash: string;
            /** @description Every published version, oldest first. */
            publishedVersions: string[];
            rows: components["schemas"]["LabourMarketRow"][];
        };
        LabourMarketRow: {
            /** @description null: all sections. */
            section: components["schemas"]["SbiSection"] | null;
            /** @description null: all of the Netherlands. */
            region: components["schemas"]["ProvinceCode"] | null;
            /** @description null: all education levels. */
            educationLevel: components["schemas"]["EducationLevel"] | null;
            /** @description Share (%) of the working population in this cell with a migration background. */
            share: number;
            source: string;
            year: number;
            licence: string;
        };
        LabourMarketVersion: {
            version: string;
            /** @enum {string} */
            status: "draft" | "published";
            rowCount: number;
            /** @description SHA-256 of the rows as stored: the same table gives the same hash. */
            contentHash: string;
            /** @description When the draft was (last) loaded. */
            createdAt: string;
            publishedAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The full semantic version of the API that answered. */
        "API-Version": string;
        /** @description Identifies this request in our logs: the caller's own X-Request-Id when it was sane, else generated. */
        "X-Request-Id": string;
        /** @description The quotas that applied, e.g. `"default";q=600;w=60` (IETF httpapi RateLimit header fields draft). */
        "RateLimit-Policy": string;
        /** @description What is left of each quota and when it resets (seconds), e.g. `"default";r=599;t=42`. */
        RateLimit: string;
        /** @description The representation's entity tag. Send it back as If-None-Match to get 304 when nothing changed (and, for an assessment, as If-Match to change it safely). */
        ETag: string;
        /** @description The URL of the resource this response is about. */
        Location: string;
        /** @description The language of the texts in the body (nl or en): from `lang`, else Accept-Language, else nl. */
        "Content-Language": "nl" | "en";
        /** @description How the body is compressed (br or gzip), when Accept-Encoding asked for it; absent for an uncompressed body. */
        "Content-Encoding": "br" | "gzip";
        /** @description `true` when this is the stored response to an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
        /** @description The authentication challenge (RFC 6750 Bearer; the token endpoint: RFC 7617 Basic). */
        "WWW-Authenticate": string;
        /** @description The scope the token lacks, as `error="insufficient_scope"` (RFC 6750), when that is the reason. */
        "WWW-Authenticate-Scope": string;
        /** @description The media types this POST accepts. */
        "Accept-Post": string;
        /** @description The media types this PATCH accepts. */
        "Accept-Patch": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up, with the database reachable. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "apiVersion": "1.0.0-alpha.1",
                     *       "checks": {
                     *         "database": "reachable"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/health",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/health",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database cannot be reached.",
                     *       "instance": "/v1/health",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document, with this server's own URL as its server. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    /** @description `*`: the contract is public, any page may read it. */
                    "Access-Control-Allow-Origin"?: "*";
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/openapi.json",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/openapi.json",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDocsPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The docs page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/docs",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/docs",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDocsAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description One of the docs page's own files. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                    "text/javascript": string;
                    "image/png": string;
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/docs/assets/swagger-ui.css",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/docs/assets/swagger-ui.css.",
                     *       "instance": "/v1/docs/assets/swagger-ui.css",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/docs/assets/swagger-ui.css",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/docs/assets/swagger-ui.css",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials",
                 *       "scope": "organisations:read"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description An access token. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "example",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "scope": "organisations:read assessments:write"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description invalid_request, unsupported_grant_type or invalid_scope (RFC 6749 §5.2). */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_request",
                     *       "error_description": "grant_type is required.",
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "The token request is not valid",
                     *       "status": 400,
                     *       "detail": "grant_type is required.",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description invalid_client: unknown client, wrong secret, or disabled client. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Unknown client, wrong secret, or a disabled client.",
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Client authentication failed",
                     *       "status": 401,
                     *       "detail": "Unknown client, wrong secret, or a disabled client.",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/oauth/token",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, in creation order. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *           "name": "example",
                     *           "role": "admin",
                     *           "status": "active",
                     *           "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "sections": [
                     *             "A"
                     *           ],
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "updatedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme HR-suite",
                 *       "role": "admin",
                 *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                 *       "sections": [
                 *         "A"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateClient"];
            };
        };
        responses: {
            /** @description Created, with its secret. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "name": "example",
                     *       "role": "admin",
                     *       "status": "active",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "sections": [
                     *         "A"
                     *       ],
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z",
                     *       "clientSecret": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["ClientWithSecret"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "name": "example",
                     *       "role": "admin",
                     *       "status": "active",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "sections": [
                     *         "A"
                     *       ],
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example",
                 *       "status": "active"
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateClient"];
                /**
                 * @example {
                 *       "name": "example",
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateClient"];
            };
        };
        responses: {
            /** @description The client as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "name": "example",
                     *       "role": "admin",
                     *       "status": "active",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "sections": [
                     *         "A"
                     *       ],
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSecretRotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "clientSecret": "example",
                     *       "rotatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SecretRotation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    replaceClientSections: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sections": [
                 *         "A"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClientSections"];
            };
        };
        responses: {
            /** @description The client as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *       "name": "example",
                     *       "role": "admin",
                     *       "status": "active",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "sections": [
                     *         "A"
                     *       ],
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only a sector client has sections. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "Only a sector client has sections.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/sections",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    linkClientOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Linked (also when it already was). */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only an integration client is linked to organisations. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "Only an integration client is linked to organisations.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unlinkClientOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The client's id. */
                clientId: string;
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs clients:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope clients:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/clients/cli_q2m4x5c6b7nhpjr2s3t4v5w6/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Only organisations in this SBI 2008 section (A–U). */
                sbiSection?: components["schemas"]["SbiSection"];
                /** @description Only this size class (employees: 1-9, 10-49, 50-249, 250+). */
                sizeClass?: components["schemas"]["SizeClass"];
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, in registration order. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "name": "example",
                     *           "kvkNumber": "example",
                     *           "sbiSection": "A",
                     *           "sbiCode": "example",
                     *           "headcount": 0,
                     *           "sizeClass": "micro",
                     *           "region": "NL-DR",
                     *           "labourMarketRegion": "example",
                     *           "hasHrDepartment": true,
                     *           "legalForm": "example",
                     *           "kvkHeld": true,
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "updatedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Bakkerij De Korenaar",
                 *       "kvkNumber": "12345678",
                 *       "sbiSection": "A",
                 *       "sbiCode": "1071",
                 *       "headcount": 35,
                 *       "region": "NL-DR",
                 *       "labourMarketRegion": "example",
                 *       "hasHrDepartment": true,
                 *       "legalForm": "bv"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganisation"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "name": "example",
                     *       "kvkNumber": "example",
                     *       "sbiSection": "A",
                     *       "sbiCode": "example",
                     *       "headcount": 0,
                     *       "sizeClass": "micro",
                     *       "region": "NL-DR",
                     *       "labourMarketRegion": "example",
                     *       "hasHrDepartment": true,
                     *       "legalForm": "example",
                     *       "kvkHeld": true,
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description You registered this KvK number before (`existingId` names that organisation), or a request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "You registered KvK number 12345678 before, as organisation org_k3vq7zq2m4x5c6b7nhpjr2s3: use that one.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "existingId": "org_k3vq7zq2m4x5c6b7nhpjr2s3"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createKvkConfirmation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kvkNumber": "12345678"
                 *     }
                 */
                "application/json": components["schemas"]["KvkConfirmation"];
            };
        };
        responses: {
            /** @description Confirmed: the registration as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "name": "example",
                     *       "kvkNumber": "example",
                     *       "sbiSection": "A",
                     *       "sbiCode": "example",
                     *       "headcount": 0,
                     *       "sizeClass": "micro",
                     *       "region": "NL-DR",
                     *       "labourMarketRegion": "example",
                     *       "hasHrDepartment": true,
                     *       "legalForm": "example",
                     *       "kvkHeld": true,
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The registration's KvK number is not the one you checked (it changed): check again. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The registration's KvK number is not the one you checked (it changed): check again.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/kvk-confirmation",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "name": "example",
                     *       "kvkNumber": "example",
                     *       "sbiSection": "A",
                     *       "sbiCode": "example",
                     *       "headcount": 0,
                     *       "sizeClass": "micro",
                     *       "region": "NL-DR",
                     *       "labourMarketRegion": "example",
                     *       "hasHrDepartment": true,
                     *       "legalForm": "example",
                     *       "kvkHeld": true,
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An assessment was submitted meanwhile: retry. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "An assessment was submitted meanwhile: retry.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Bakkerij De Korenaar",
                 *       "kvkNumber": "12345678",
                 *       "sbiSection": "A",
                 *       "sbiCode": "1071",
                 *       "headcount": 35,
                 *       "region": "NL-DR",
                 *       "labourMarketRegion": "example",
                 *       "hasHrDepartment": true,
                 *       "legalForm": "bv"
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateOrganisation"];
                /**
                 * @example {
                 *       "name": "Bakkerij De Korenaar",
                 *       "kvkNumber": "12345678",
                 *       "sbiSection": "A",
                 *       "sbiCode": "1071",
                 *       "headcount": 35,
                 *       "region": "NL-DR",
                 *       "labourMarketRegion": "example",
                 *       "hasHrDepartment": true,
                 *       "legalForm": "bv"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrganisation"];
            };
        };
        responses: {
            /** @description The profile as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "name": "example",
                     *       "kvkNumber": "example",
                     *       "sbiSection": "A",
                     *       "sbiCode": "example",
                     *       "headcount": 0,
                     *       "sizeClass": "micro",
                     *       "region": "NL-DR",
                     *       "labourMarketRegion": "example",
                     *       "hasHrDepartment": true,
                     *       "legalForm": "example",
                     *       "kvkHeld": true,
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description You registered this KvK number for another organisation (`existingId` names it): one registration per KvK number, as at registration. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "You registered KvK number 12345678 before, as organisation org_k3vq7zq2m4x5c6b7nhpjr2s3: use that one.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "existingId": "org_k3vq7zq2m4x5c6b7nhpjr2s3"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWorkforceContext: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures; all null when none were given. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "referenceYear": 2000,
                     *       "migrationBackgroundShare": 0,
                     *       "migrationBackgroundManagementShare": 0,
                     *       "migrationBackgroundHiresShare": 0,
                     *       "learningParticipationWithMigrationBackground": 0,
                     *       "learningParticipationWithoutMigrationBackground": 0,
                     *       "agedOver55Share": 0,
                     *       "atMostMbo2Share": 0,
                     *       "routineWorkShare": 0,
                     *       "labourMigrantShare": 0,
                     *       "agencyWorkerShare": 0,
                     *       "statushouderShare": 0,
                     *       "managerCount": 0,
                     *       "hiresCount": 0,
                     *       "source": "survey",
                     *       "updatedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkforceContext"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putWorkforceContext: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "referenceYear": 2000,
                 *       "migrationBackgroundShare": 0,
                 *       "migrationBackgroundManagementShare": 0,
                 *       "migrationBackgroundHiresShare": 0,
                 *       "learningParticipationWithMigrationBackground": 0,
                 *       "learningParticipationWithoutMigrationBackground": 0,
                 *       "agedOver55Share": 0,
                 *       "atMostMbo2Share": 0,
                 *       "routineWorkShare": 0,
                 *       "labourMigrantShare": 0,
                 *       "agencyWorkerShare": 0,
                 *       "statushouderShare": 0,
                 *       "managerCount": 0,
                 *       "hiresCount": 0,
                 *       "source": "survey"
                 *     }
                 */
                "application/json": components["schemas"]["WorkforceContextInput"];
            };
        };
        responses: {
            /** @description The figures as stored. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "referenceYear": 2000,
                     *       "migrationBackgroundShare": 0,
                     *       "migrationBackgroundManagementShare": 0,
                     *       "migrationBackgroundHiresShare": 0,
                     *       "learningParticipationWithMigrationBackground": 0,
                     *       "learningParticipationWithoutMigrationBackground": 0,
                     *       "agedOver55Share": 0,
                     *       "atMostMbo2Share": 0,
                     *       "routineWorkShare": 0,
                     *       "labourMigrantShare": 0,
                     *       "agencyWorkerShare": 0,
                     *       "statushouderShare": 0,
                     *       "managerCount": 0,
                     *       "hiresCount": 0,
                     *       "source": "survey",
                     *       "updatedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkforceContext"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/workforce-context",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listFrameworks: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language. Default: nl. */
                lang?: "nl" | "en";
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "version": "2026.1",
                     *           "status": "draft",
                     *           "title": "example",
                     *           "predecessor": "example",
                     *           "practiceCount": 0,
                     *           "changes": {
                     *             "added": [
                     *               "structured_interviews"
                     *             ],
                     *             "changed": [
                     *               "structured_interviews"
                     *             ],
                     *             "removed": [
                     *               "structured_interviews"
                     *             ]
                     *           },
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "publishedAt": "2026-11-30T09:15:00.000Z",
                     *           "retiredAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FrameworkVersionList"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": "2026.1",
                 *       "title": {
                 *         "nl": "example",
                 *         "en": "example"
                 *       },
                 *       "predecessor": "2026.1",
                 *       "phases": [
                 *         {
                 *           "id": "werving_selectie",
                 *           "name": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "description": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ],
                 *       "maturityScale": [
                 *         {
                 *           "level": 0,
                 *           "label": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "description": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ],
                 *       "scoring": {
                 *         "evidenceWeights": {
                 *           "strong": 0.5,
                 *           "moderate": 0.5,
                 *           "promising": 0.5,
                 *           "contested": 0.5,
                 *           "unverified": 0.5
                 *         },
                 *         "bands": [
                 *           {
                 *             "id": "beginnend",
                 *             "minScore": 0,
                 *             "label": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "sources": [
                 *         {
                 *           "id": "levashina-2014",
                 *           "authors": "example",
                 *           "year": 1900,
                 *           "title": "example",
                 *           "outlet": "example",
                 *           "url": "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9",
                 *           "seed": null,
                 *           "note": "example",
                 *           "kind": "meta-analysis",
                 *           "publisher": "example",
                 *           "doi": "10.1037/0033-2909.124.2.262"
                 *         }
                 *       ],
                 *       "practices": [
                 *         {
                 *           "id": "structured_interviews",
                 *           "phase": "werving_selectie",
                 *           "name": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "inPlace": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "question": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "evidence": {
                 *             "level": "strong",
                 *             "summary": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             },
                 *             "sources": [
                 *               "levashina-2014"
                 *             ],
                 *             "evaluatedBy": [
                 *               "levashina-2014"
                 *             ],
                 *             "justification": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "effort": {
                 *             "level": "low",
                 *             "description": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "goals": [
                 *             "instroom"
                 *           ],
                 *           "focusGroups": [
                 *             "learning_gap"
                 *           ],
                 *           "fit": {
                 *             "sizeClasses": [
                 *               "micro"
                 *             ],
                 *             "needsHrDepartment": true,
                 *             "sectors": [
                 *               "A"
                 *             ]
                 *           },
                 *           "applicability": {
                 *             "requiredFor": [
                 *               "micro"
                 *             ],
                 *             "notApplicableWhen": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "relations": {
                 *             "reinforces": [
                 *               "structured_interviews"
                 *             ],
                 *             "compensates": [
                 *               "structured_interviews"
                 *             ],
                 *             "interferesWith": [
                 *               "structured_interviews"
                 *             ]
                 *           },
                 *           "relationNotes": [
                 *             {
                 *               "kind": "reinforces",
                 *               "practice": "structured_interviews",
                 *               "sources": [
                 *                 "levashina-2014"
                 *               ],
                 *               "byAnalogy": true,
                 *               "explanation": {
                 *                 "nl": "example",
                 *                 "en": "example"
                 *               }
                 *             }
                 *           ],
                 *           "legalBasis": {
                 *             "law": "Algemene wet gelijke behandeling (AWGB)",
                 *             "article": "art. 1a en art. 5 lid 1",
                 *             "summary": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "measurement": {
                 *             "specialCategoryData": true,
                 *             "lawfulRoutes": [
                 *               "anonymousSurvey"
                 *             ],
                 *             "guide": "docs/measurement.md#anonymous-survey"
                 *           }
                 *         }
                 *       ],
                 *       "changeLog": [
                 *         {
                 *           "practice": "structured_interviews",
                 *           "field": "question",
                 *           "note": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FrameworkContent"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.1",
                     *       "status": "draft",
                     *       "title": "example",
                     *       "predecessor": "example",
                     *       "practiceCount": 0,
                     *       "changes": {
                     *         "added": [
                     *           "structured_interviews"
                     *         ],
                     *         "changed": [
                     *           "structured_interviews"
                     *         ],
                     *         "removed": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "publishedAt": "2026-11-30T09:15:00.000Z",
                     *       "retiredAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["FrameworkVersionSummary"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs frameworks:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope frameworks:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description That version exists already. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "That version exists already.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 1024 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getFramework: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language. Default: nl. */
                lang?: "nl" | "en";
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
                /** @description br and/or gzip to receive the body compressed (brotli preferred); without it, uncompressed. */
                "Accept-Encoding"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A version, or `latest` for the newest published one. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The framework version in the negotiated language (see Content-Language). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.1",
                     *       "status": "draft",
                     *       "title": "example",
                     *       "predecessor": "example",
                     *       "practiceCount": 0,
                     *       "changes": {
                     *         "added": [
                     *           "structured_interviews"
                     *         ],
                     *         "changed": [
                     *           "structured_interviews"
                     *         ],
                     *         "removed": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "publishedAt": "2026-11-30T09:15:00.000Z",
                     *       "retiredAt": "2026-11-30T09:15:00.000Z",
                     *       "phases": [
                     *         {
                     *           "phaseId": "werving_selectie",
                     *           "name": "example",
                     *           "description": "example"
                     *         }
                     *       ],
                     *       "maturityScale": [
                     *         {
                     *           "level": 0,
                     *           "label": "example",
                     *           "description": "example"
                     *         }
                     *       ],
                     *       "scoring": {
                     *         "evidenceWeights": {
                     *           "strong": 0.5,
                     *           "moderate": 0.5,
                     *           "promising": 0.5,
                     *           "contested": 0.5,
                     *           "unverified": 0.5
                     *         },
                     *         "bands": [
                     *           {
                     *             "bandId": "beginnend",
                     *             "minScore": 0,
                     *             "label": "example"
                     *           }
                     *         ]
                     *       },
                     *       "sources": [
                     *         {
                     *           "id": "levashina-2014",
                     *           "authors": "example",
                     *           "year": 1900,
                     *           "title": "example",
                     *           "outlet": "example",
                     *           "url": "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9",
                     *           "seed": null,
                     *           "note": "example",
                     *           "kind": "meta-analysis",
                     *           "publisher": "example",
                     *           "doi": "10.1037/0033-2909.124.2.262"
                     *         }
                     *       ],
                     *       "practices": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "name": "example",
                     *           "inPlace": "example",
                     *           "question": "example",
                     *           "evidence": {
                     *             "level": "strong",
                     *             "summary": "example",
                     *             "sources": [
                     *               "example"
                     *             ],
                     *             "evaluatedBy": [
                     *               "example"
                     *             ],
                     *             "justification": "example"
                     *           },
                     *           "effort": {
                     *             "level": "low",
                     *             "description": "example"
                     *           },
                     *           "goals": [
                     *             "instroom"
                     *           ],
                     *           "focusGroups": [
                     *             "learning_gap"
                     *           ],
                     *           "fit": {
                     *             "sizeClasses": [
                     *               "micro"
                     *             ],
                     *             "needsHrDepartment": true,
                     *             "sectors": [
                     *               "A"
                     *             ]
                     *           },
                     *           "applicability": {
                     *             "requiredFor": [
                     *               "micro"
                     *             ],
                     *             "notApplicableWhen": "example"
                     *           },
                     *           "relations": {
                     *             "reinforces": [
                     *               "structured_interviews"
                     *             ],
                     *             "compensates": [
                     *               "structured_interviews"
                     *             ],
                     *             "interferesWith": [
                     *               "structured_interviews"
                     *             ]
                     *           },
                     *           "relationNotes": [
                     *             {
                     *               "kind": "reinforces",
                     *               "practice": "structured_interviews",
                     *               "sources": [
                     *                 "example"
                     *               ],
                     *               "byAnalogy": true,
                     *               "explanation": "example"
                     *             }
                     *           ],
                     *           "legalBasis": {
                     *             "law": "example",
                     *             "article": "example",
                     *             "summary": "example"
                     *           },
                     *           "measurement": {
                     *             "specialCategoryData": true,
                     *             "lawfulRoutes": [
                     *               "anonymousSurvey"
                     *             ],
                     *             "guide": "example"
                     *           }
                     *         }
                     *       ],
                     *       "changeLog": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "field": "example",
                     *           "note": "example"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Framework"];
                    "text/csv": string;
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    "Content-Encoding": components["headers"]["Content-Encoding"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only JSON and CSV are offered. */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "Only JSON and CSV are offered.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    replaceFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": "2026.1",
                 *       "title": {
                 *         "nl": "example",
                 *         "en": "example"
                 *       },
                 *       "predecessor": "2026.1",
                 *       "phases": [
                 *         {
                 *           "id": "werving_selectie",
                 *           "name": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "description": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ],
                 *       "maturityScale": [
                 *         {
                 *           "level": 0,
                 *           "label": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "description": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ],
                 *       "scoring": {
                 *         "evidenceWeights": {
                 *           "strong": 0.5,
                 *           "moderate": 0.5,
                 *           "promising": 0.5,
                 *           "contested": 0.5,
                 *           "unverified": 0.5
                 *         },
                 *         "bands": [
                 *           {
                 *             "id": "beginnend",
                 *             "minScore": 0,
                 *             "label": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "sources": [
                 *         {
                 *           "id": "levashina-2014",
                 *           "authors": "example",
                 *           "year": 1900,
                 *           "title": "example",
                 *           "outlet": "example",
                 *           "url": "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9",
                 *           "seed": null,
                 *           "note": "example",
                 *           "kind": "meta-analysis",
                 *           "publisher": "example",
                 *           "doi": "10.1037/0033-2909.124.2.262"
                 *         }
                 *       ],
                 *       "practices": [
                 *         {
                 *           "id": "structured_interviews",
                 *           "phase": "werving_selectie",
                 *           "name": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "inPlace": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "question": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           },
                 *           "evidence": {
                 *             "level": "strong",
                 *             "summary": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             },
                 *             "sources": [
                 *               "levashina-2014"
                 *             ],
                 *             "evaluatedBy": [
                 *               "levashina-2014"
                 *             ],
                 *             "justification": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "effort": {
                 *             "level": "low",
                 *             "description": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "goals": [
                 *             "instroom"
                 *           ],
                 *           "focusGroups": [
                 *             "learning_gap"
                 *           ],
                 *           "fit": {
                 *             "sizeClasses": [
                 *               "micro"
                 *             ],
                 *             "needsHrDepartment": true,
                 *             "sectors": [
                 *               "A"
                 *             ]
                 *           },
                 *           "applicability": {
                 *             "requiredFor": [
                 *               "micro"
                 *             ],
                 *             "notApplicableWhen": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "relations": {
                 *             "reinforces": [
                 *               "structured_interviews"
                 *             ],
                 *             "compensates": [
                 *               "structured_interviews"
                 *             ],
                 *             "interferesWith": [
                 *               "structured_interviews"
                 *             ]
                 *           },
                 *           "relationNotes": [
                 *             {
                 *               "kind": "reinforces",
                 *               "practice": "structured_interviews",
                 *               "sources": [
                 *                 "levashina-2014"
                 *               ],
                 *               "byAnalogy": true,
                 *               "explanation": {
                 *                 "nl": "example",
                 *                 "en": "example"
                 *               }
                 *             }
                 *           ],
                 *           "legalBasis": {
                 *             "law": "Algemene wet gelijke behandeling (AWGB)",
                 *             "article": "art. 1a en art. 5 lid 1",
                 *             "summary": {
                 *               "nl": "example",
                 *               "en": "example"
                 *             }
                 *           },
                 *           "measurement": {
                 *             "specialCategoryData": true,
                 *             "lawfulRoutes": [
                 *               "anonymousSurvey"
                 *             ],
                 *             "guide": "docs/measurement.md#anonymous-survey"
                 *           }
                 *         }
                 *       ],
                 *       "changeLog": [
                 *         {
                 *           "practice": "structured_interviews",
                 *           "field": "question",
                 *           "note": {
                 *             "nl": "example",
                 *             "en": "example"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FrameworkContent"];
            };
        };
        responses: {
            /** @description The draft as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.1",
                     *       "status": "draft",
                     *       "title": "example",
                     *       "predecessor": "example",
                     *       "practiceCount": 0,
                     *       "changes": {
                     *         "added": [
                     *           "structured_interviews"
                     *         ],
                     *         "changed": [
                     *           "structured_interviews"
                     *         ],
                     *         "removed": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "publishedAt": "2026-11-30T09:15:00.000Z",
                     *       "retiredAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["FrameworkVersionSummary"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs frameworks:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope frameworks:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is published or retired. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is published or retired.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 1024 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs frameworks:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope frameworks:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is published or retired. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is published or retired.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPractices: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language. Default: nl. */
                lang?: "nl" | "en";
                /** @description Only practices of this phase. */
                phase?: components["schemas"]["PhaseId"];
                /** @description Only practices with this evidence level. */
                evidenceLevel?: components["schemas"]["EvidenceLevel"];
                /** @description Practices that apply to organisations of this size. */
                sizeClass?: components["schemas"]["SizeClass"] & unknown;
                /** @description Only practices that serve this goal. */
                goal?: components["schemas"]["Goal"];
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A version, or `latest` for the newest published one. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching practices, in framework order. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "example",
                     *       "items": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "name": "example",
                     *           "inPlace": "example",
                     *           "question": "example",
                     *           "evidence": {
                     *             "level": "strong",
                     *             "summary": "example",
                     *             "sources": [
                     *               "example"
                     *             ],
                     *             "evaluatedBy": [
                     *               "example"
                     *             ],
                     *             "justification": "example"
                     *           },
                     *           "effort": {
                     *             "level": "low",
                     *             "description": "example"
                     *           },
                     *           "goals": [
                     *             "instroom"
                     *           ],
                     *           "focusGroups": [
                     *             "learning_gap"
                     *           ],
                     *           "fit": {
                     *             "sizeClasses": [
                     *               "micro"
                     *             ],
                     *             "needsHrDepartment": true,
                     *             "sectors": [
                     *               "A"
                     *             ]
                     *           },
                     *           "applicability": {
                     *             "requiredFor": [
                     *               "micro"
                     *             ],
                     *             "notApplicableWhen": "example"
                     *           },
                     *           "relations": {
                     *             "reinforces": [
                     *               "structured_interviews"
                     *             ],
                     *             "compensates": [
                     *               "structured_interviews"
                     *             ],
                     *             "interferesWith": [
                     *               "structured_interviews"
                     *             ]
                     *           },
                     *           "relationNotes": [
                     *             {
                     *               "kind": "reinforces",
                     *               "practice": "structured_interviews",
                     *               "sources": [
                     *                 "example"
                     *               ],
                     *               "byAnalogy": true,
                     *               "explanation": "example"
                     *             }
                     *           ],
                     *           "legalBasis": {
                     *             "law": "example",
                     *             "article": "example",
                     *             "summary": "example"
                     *           },
                     *           "measurement": {
                     *             "specialCategoryData": true,
                     *             "lawfulRoutes": [
                     *               "anonymousSurvey"
                     *             ],
                     *             "guide": "example"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PracticeList"];
                    "text/csv": string;
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1/practices",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1/practices.",
                     *       "instance": "/v1/frameworks/2026.1/practices",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only JSON and CSV are offered. */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "Only JSON and CSV are offered.",
                     *       "instance": "/v1/frameworks/2026.1/practices",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1/practices",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1/practices",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPracticesCsv: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language. Default: nl. */
                lang?: "nl" | "en";
                /** @description Only practices of this phase. */
                phase?: components["schemas"]["PhaseId"];
                /** @description Only practices with this evidence level. */
                evidenceLevel?: components["schemas"]["EvidenceLevel"];
                /** @description Practices that apply to organisations of this size. */
                sizeClass?: components["schemas"]["SizeClass"] & unknown;
                /** @description Only practices that serve this goal. */
                goal?: components["schemas"]["Goal"];
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A version, or `latest` for the newest published one. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per practice. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1/practices.csv",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1/practices.csv.",
                     *       "instance": "/v1/frameworks/2026.1/practices.csv",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1/practices.csv",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1/practices.csv",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPractice: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language. Default: nl. */
                lang?: "nl" | "en";
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A version, or `latest` for the newest published one. */
                version: string;
                /** @description Stable across framework versions. */
                practiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The practice. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "practiceId": "structured_interviews",
                     *       "phase": "werving_selectie",
                     *       "name": "example",
                     *       "inPlace": "example",
                     *       "question": "example",
                     *       "evidence": {
                     *         "level": "strong",
                     *         "summary": "example",
                     *         "sources": [
                     *           "example"
                     *         ],
                     *         "evaluatedBy": [
                     *           "example"
                     *         ],
                     *         "justification": "example"
                     *       },
                     *       "effort": {
                     *         "level": "low",
                     *         "description": "example"
                     *       },
                     *       "goals": [
                     *         "instroom"
                     *       ],
                     *       "focusGroups": [
                     *         "learning_gap"
                     *       ],
                     *       "fit": {
                     *         "sizeClasses": [
                     *           "micro"
                     *         ],
                     *         "needsHrDepartment": true,
                     *         "sectors": [
                     *           "A"
                     *         ]
                     *       },
                     *       "applicability": {
                     *         "requiredFor": [
                     *           "micro"
                     *         ],
                     *         "notApplicableWhen": "example"
                     *       },
                     *       "relations": {
                     *         "reinforces": [
                     *           "structured_interviews"
                     *         ],
                     *         "compensates": [
                     *           "structured_interviews"
                     *         ],
                     *         "interferesWith": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "relationNotes": [
                     *         {
                     *           "kind": "reinforces",
                     *           "practice": "structured_interviews",
                     *           "sources": [
                     *             "example"
                     *           ],
                     *           "byAnalogy": true,
                     *           "explanation": "example"
                     *         }
                     *       ],
                     *       "legalBasis": {
                     *         "law": "example",
                     *         "article": "example",
                     *         "summary": "example"
                     *       },
                     *       "measurement": {
                     *         "specialCategoryData": true,
                     *         "lawfulRoutes": [
                     *           "anonymousSurvey"
                     *         ],
                     *         "guide": "example"
                     *       },
                     *       "framework": {
                     *         "version": "example",
                     *         "status": "draft"
                     *       },
                     *       "sourceDetails": [
                     *         {
                     *           "id": "levashina-2014",
                     *           "authors": "example",
                     *           "year": 1900,
                     *           "title": "example",
                     *           "outlet": "example",
                     *           "url": "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9",
                     *           "seed": null,
                     *           "note": "example",
                     *           "kind": "meta-analysis",
                     *           "publisher": "example",
                     *           "doi": "10.1037/0033-2909.124.2.262"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PracticeWithSources"];
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1/practices/structured_interviews",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1/practices/structured_interviews.",
                     *       "instance": "/v1/frameworks/2026.1/practices/structured_interviews",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1/practices/structured_interviews",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1/practices/structured_interviews",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.1",
                     *       "status": "draft",
                     *       "title": "example",
                     *       "predecessor": "example",
                     *       "practiceCount": 0,
                     *       "changes": {
                     *         "added": [
                     *           "structured_interviews"
                     *         ],
                     *         "changed": [
                     *           "structured_interviews"
                     *         ],
                     *         "removed": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "publishedAt": "2026-11-30T09:15:00.000Z",
                     *       "retiredAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["FrameworkVersionSummary"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs frameworks:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope frameworks:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1/publication.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is not draft. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is not draft.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    retireFramework: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.1",
                     *       "status": "draft",
                     *       "title": "example",
                     *       "predecessor": "example",
                     *       "practiceCount": 0,
                     *       "changes": {
                     *         "added": [
                     *           "structured_interviews"
                     *         ],
                     *         "changed": [
                     *           "structured_interviews"
                     *         ],
                     *         "removed": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "publishedAt": "2026-11-30T09:15:00.000Z",
                     *       "retiredAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["FrameworkVersionSummary"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs frameworks:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope frameworks:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/frameworks/2026.1/retirement.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is not published. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is not published.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/frameworks/2026.1/retirement",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAssessments: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "assessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *           "frameworkVersion": "example",
                     *           "status": "draft",
                     *           "overallScore": 0,
                     *           "overallBand": "beginnend",
                     *           "createdAt": "example",
                     *           "submittedAt": "example"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["AssessmentPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "frameworkVersion": "2026.1"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAssessment"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "frameworkVersion": "example",
                     *       "status": "draft",
                     *       "revision": 3,
                     *       "context": {
                     *         "sizeClass": "micro",
                     *         "sbiSection": "A",
                     *         "region": "NL-DR",
                     *         "hasHrDepartment": true
                     *       },
                     *       "progress": {
                     *         "answered": 0,
                     *         "applicable": 0,
                     *         "missing": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "answers": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "maturity": 0,
                     *           "comment": "example",
                     *           "updatedAt": "example"
                     *         }
                     *       ],
                     *       "scores": {
                     *         "overall": {
                     *           "score": 0,
                     *           "band": "beginnend",
                     *           "uncappedBand": "beginnend",
                     *           "cappedBy": "werving_selectie",
                     *           "coverage": {
                     *             "answered": 0,
                     *             "applicable": 0
                     *           }
                     *         },
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "status": "scored",
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "coverage": {
                     *               "answered": 0,
                     *               "applicable": 0
                     *             },
                     *             "practicesScored": 0,
                     *             "fewPractices": true
                     *           }
                     *         ]
                     *       },
                     *       "changeSincePrevious": {
                     *         "previousAssessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *         "previousFrameworkVersion": "example",
                     *         "previousSubmittedAt": "example",
                     *         "comparedOn": "allPractices",
                     *         "commonPractices": 0,
                     *         "overall": 0,
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "previous": 0,
                     *             "current": 0,
                     *             "change": 0
                     *           }
                     *         ]
                     *       },
                     *       "createdAt": "example",
                     *       "updatedAt": "example",
                     *       "submittedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The organisation already has an open draft (`existingId` is its id), or a request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Organisation org_k3vq7zq2m4x5c6b7nhpjr2s3 already has an open draft, asm_b7nhpjr2s3t4v5w6q2m4x5c6: answer and submit that one before starting another.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "existingId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/assessments",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The assessment's id. */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment. Its ETag is its revision. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "frameworkVersion": "example",
                     *       "status": "draft",
                     *       "revision": 3,
                     *       "context": {
                     *         "sizeClass": "micro",
                     *         "sbiSection": "A",
                     *         "region": "NL-DR",
                     *         "hasHrDepartment": true
                     *       },
                     *       "progress": {
                     *         "answered": 0,
                     *         "applicable": 0,
                     *         "missing": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "answers": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "maturity": 0,
                     *           "comment": "example",
                     *           "updatedAt": "example"
                     *         }
                     *       ],
                     *       "scores": {
                     *         "overall": {
                     *           "score": 0,
                     *           "band": "beginnend",
                     *           "uncappedBand": "beginnend",
                     *           "cappedBy": "werving_selectie",
                     *           "coverage": {
                     *             "answered": 0,
                     *             "applicable": 0
                     *           }
                     *         },
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "status": "scored",
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "coverage": {
                     *               "answered": 0,
                     *               "applicable": 0
                     *             },
                     *             "practicesScored": 0,
                     *             "fewPractices": true
                     *           }
                     *         ]
                     *       },
                     *       "changeSincePrevious": {
                     *         "previousAssessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *         "previousFrameworkVersion": "example",
                     *         "previousSubmittedAt": "example",
                     *         "comparedOn": "allPractices",
                     *         "commonPractices": 0,
                     *         "overall": 0,
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "previous": 0,
                     *             "current": 0,
                     *             "change": 0
                     *           }
                     *         ]
                     *       },
                     *       "createdAt": "example",
                     *       "updatedAt": "example",
                     *       "submittedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateAssessmentAnswers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description The assessment's id. */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "example": {
                 *           "maturity": 0,
                 *           "comment": "example"
                 *         }
                 *       }
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateAnswers"];
                /**
                 * @example {
                 *       "answers": {
                 *         "example": {
                 *           "maturity": 0,
                 *           "comment": "example"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAnswers"];
            };
        };
        responses: {
            /** @description The assessment as it is now, with its new ETag. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "frameworkVersion": "example",
                     *       "status": "draft",
                     *       "revision": 3,
                     *       "context": {
                     *         "sizeClass": "micro",
                     *         "sbiSection": "A",
                     *         "region": "NL-DR",
                     *         "hasHrDepartment": true
                     *       },
                     *       "progress": {
                     *         "answered": 0,
                     *         "applicable": 0,
                     *         "missing": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "answers": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "maturity": 0,
                     *           "comment": "example",
                     *           "updatedAt": "example"
                     *         }
                     *       ],
                     *       "scores": {
                     *         "overall": {
                     *           "score": 0,
                     *           "band": "beginnend",
                     *           "uncappedBand": "beginnend",
                     *           "cappedBy": "werving_selectie",
                     *           "coverage": {
                     *             "answered": 0,
                     *             "applicable": 0
                     *           }
                     *         },
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "status": "scored",
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "coverage": {
                     *               "answered": 0,
                     *               "applicable": 0
                     *             },
                     *             "practicesScored": 0,
                     *             "fewPractices": true
                     *           }
                     *         ]
                     *       },
                     *       "changeSincePrevious": {
                     *         "previousAssessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *         "previousFrameworkVersion": "example",
                     *         "previousSubmittedAt": "example",
                     *         "comparedOn": "allPractices",
                     *         "commonPractices": 0,
                     *         "overall": 0,
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "previous": 0,
                     *             "current": 0,
                     *             "change": 0
                     *           }
                     *         ]
                     *       },
                     *       "createdAt": "example",
                     *       "updatedAt": "example",
                     *       "submittedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The assessment is submitted, or changed concurrently (retry after reading it again). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The assessment is submitted, or changed concurrently (retry after reading it again).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the assessment since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the assessment since you read it.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submitAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The assessment's id. */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted, with its scores. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "frameworkVersion": "example",
                     *       "status": "draft",
                     *       "revision": 3,
                     *       "context": {
                     *         "sizeClass": "micro",
                     *         "sbiSection": "A",
                     *         "region": "NL-DR",
                     *         "hasHrDepartment": true
                     *       },
                     *       "progress": {
                     *         "answered": 0,
                     *         "applicable": 0,
                     *         "missing": [
                     *           "structured_interviews"
                     *         ]
                     *       },
                     *       "answers": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "maturity": 0,
                     *           "comment": "example",
                     *           "updatedAt": "example"
                     *         }
                     *       ],
                     *       "scores": {
                     *         "overall": {
                     *           "score": 0,
                     *           "band": "beginnend",
                     *           "uncappedBand": "beginnend",
                     *           "cappedBy": "werving_selectie",
                     *           "coverage": {
                     *             "answered": 0,
                     *             "applicable": 0
                     *           }
                     *         },
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "status": "scored",
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "coverage": {
                     *               "answered": 0,
                     *               "applicable": 0
                     *             },
                     *             "practicesScored": 0,
                     *             "fewPractices": true
                     *           }
                     *         ]
                     *       },
                     *       "changeSincePrevious": {
                     *         "previousAssessmentId": "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
                     *         "previousFrameworkVersion": "example",
                     *         "previousSubmittedAt": "example",
                     *         "comparedOn": "allPractices",
                     *         "commonPractices": 0,
                     *         "overall": 0,
                     *         "phases": [
                     *           {
                     *             "phase": "werving_selectie",
                     *             "previous": 0,
                     *             "current": 0,
                     *             "change": 0
                     *           }
                     *         ]
                     *       },
                     *       "createdAt": "example",
                     *       "updatedAt": "example",
                     *       "submittedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already submitted, or changed while submitting. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Already submitted, or changed while submitting.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not complete enough: `errors` lists the practices still to answer. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "Not complete enough: `errors` lists the practices still to answer.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/submission",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOrganisationBenchmark: {
        parameters: {
            query?: {
                /** @description Another framework version the organisation submitted for; default: its latest submission's. */
                framework?: string;
                /** @description Start from a broader group than the narrowest. */
                peerGroup?: components["schemas"]["PeerGroupLevel"] & unknown;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The benchmark. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "example",
                     *       "assessmentId": "example",
                     *       "frameworkVersion": "example",
                     *       "release": {
                     *         "id": 0,
                     *         "cutAt": "example"
                     *       },
                     *       "peerGroup": {
                     *         "level": "sectionSizeRegion",
                     *         "section": "A",
                     *         "sizeClass": "micro",
                     *         "region": "NL-DR",
                     *         "organisations": 0
                     *       },
                     *       "requestedLevel": "sectionSizeRegion",
                     *       "fallbackReason": "example",
                     *       "minimumGroupSize": 0,
                     *       "measures": [
                     *         {
                     *           "measure": "overall",
                     *           "score": 0,
                     *           "band": "beginnend",
                     *           "rankBand": {
                     *             "from": 0,
                     *             "to": 0
                     *           },
                     *           "p25": 0,
                     *           "median": 0,
                     *           "p75": 0,
                     *           "deciles": [
                     *             0
                     *           ]
                     *         }
                     *       ],
                     *       "practices": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "phase": "werving_selectie",
                     *           "ownAnswer": 0,
                     *           "peerAdoptionRate": 0
                     *         }
                     *       ],
                     *       "labourMarket": {
                     *         "version": "example",
                     *         "cell": {
                     *           "level": "sectionRegion",
                     *           "section": "A",
                     *           "region": "NL-DR"
                     *         },
                     *         "fallbackReason": "example",
                     *         "availability": 0,
                     *         "source": "example",
                     *         "year": 0,
                     *         "licence": "example",
                     *         "byEducationLevel": [
                     *           {
                     *             "educationLevel": "low",
                     *             "share": 0,
                     *             "source": "example",
                     *             "year": 0
                     *           }
                     *         ],
                     *         "figures": [
                     *           {
                     *             "figure": "migrationBackgroundShare",
                     *             "own": 0,
                     *             "difference": 0,
                     *             "farBelow": true
                     *           }
                     *         ]
                     *       },
                     *       "dataNotice": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationBenchmark"];
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The organisation has no submitted assessment (for that framework version) yet. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The organisation has no submitted assessment (for that framework version) yet.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/benchmark",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listBenchmarks: {
        parameters: {
            query?: {
                /** @description The framework version (default: the latest published one). */
                framework?: string;
                /** @description all (each organisation's latest submission), or a quarter of submission. */
                period?: string;
                /** @description Only groups of this SBI 2008 section (A–U; a sector client: one of its own). */
                section?: components["schemas"]["SbiSection"];
                /** @description Only this size class (employees: 1-9, 10-49, 50-249, 250+). */
                sizeClass?: components["schemas"]["SizeClass"];
                /** @description Province, by ISO 3166-2:NL code. */
                region?: components["schemas"]["ProvinceCode"];
                /** @description sectionSizeRegion ⊂ sectionSize ⊂ section; size; all. */
                level?: components["schemas"]["PeerGroupLevel"];
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description An ETag you hold: the answer is 304 without a body when the representation still has it. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published groups that match, `limit` per page (at most 100), ordered by group; `nextCursor` (JSON) or the `Link: rel="next"` header (CSV) gives the next page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "frameworkVersion": "example",
                     *       "period": "example",
                     *       "release": {
                     *         "id": 0,
                     *         "cutAt": "example"
                     *       },
                     *       "minimumGroupSize": 0,
                     *       "items": [
                     *         {
                     *           "frameworkVersion": "example",
                     *           "period": "example",
                     *           "group": {
                     *             "level": "sectionSizeRegion",
                     *             "section": "A",
                     *             "sizeClass": "micro",
                     *             "region": "NL-DR",
                     *             "organisations": 0
                     *           },
                     *           "measures": [
                     *             {
                     *               "measure": "example",
                     *               "organisations": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "deciles": [
                     *                 0
                     *               ]
                     *             }
                     *           ],
                     *           "practices": [
                     *             {
                     *               "practiceId": "structured_interviews",
                     *               "phase": "werving_selectie",
                     *               "adoptionRate": 0,
                     *               "levelShares": {
                     *                 "example": 0
                     *               },
                     *               "suppressed": true
                     *             }
                     *           ],
                     *           "trend": [
                     *             {
                     *               "period": "example",
                     *               "organisations": 0,
                     *               "overallMedian": 0
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "example",
                     *       "dataNotice": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["BenchmarkList"];
                    "text/csv": string;
                };
            };
            /** @description Your copy (If-None-Match) is current. */
            304: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description There is no such framework version (or none is published yet). */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/benchmarks.",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only JSON and CSV are offered. */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "Only JSON and CSV are offered.",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/benchmarks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listBenchmarkReleases: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "releaseId": 0,
                     *           "cutAt": "2026-11-30T09:15:00.000Z",
                     *           "trigger": "example",
                     *           "minimumGroupSize": 0,
                     *           "lattices": [
                     *             {
                     *               "frameworkVersion": "example",
                     *               "period": "example",
                     *               "refreshed": true,
                     *               "figuresFromRelease": 0
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BenchmarkReleaseList"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createBenchmarkRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release, published. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "releaseId": 0,
                     *       "cutAt": "2026-11-30T09:15:00.000Z",
                     *       "trigger": "example",
                     *       "minimumGroupSize": 0,
                     *       "lattices": [
                     *         {
                     *           "frameworkVersion": "example",
                     *           "period": "example",
                     *           "refreshed": true,
                     *           "figuresFromRelease": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BenchmarkRelease"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:release) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:release; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another release was published while this one was cut: retry. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Another release was published while this one was cut: retry.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/benchmark-releases",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getBenchmarkRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The release's number (releases are numbered in order). */
                releaseId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "releaseId": 0,
                     *       "cutAt": "2026-11-30T09:15:00.000Z",
                     *       "trigger": "example",
                     *       "minimumGroupSize": 0,
                     *       "lattices": [
                     *         {
                     *           "frameworkVersion": "example",
                     *           "period": "example",
                     *           "refreshed": true,
                     *           "figuresFromRelease": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BenchmarkRelease"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/benchmark-releases/releaseId.",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/benchmark-releases/releaseId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listActions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "actionId": "act_m4x5c6b7nhpjr2s3k3vq7zq2",
                     *           "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "practiceId": "structured_interviews",
                     *           "targetLevel": 0,
                     *           "owner": "example",
                     *           "dueDate": "2026-11-30",
                     *           "status": "planned",
                     *           "note": "example",
                     *           "revision": 0,
                     *           "lastEvaluation": {
                     *             "assessmentId": "example",
                     *             "submittedAt": "2026-11-30T09:15:00.000Z",
                     *             "value": 0,
                     *             "reached": true
                     *           },
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "updatedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "practiceId": "structured_interviews",
                 *       "targetLevel": 1,
                 *       "owner": "Team leaders production",
                 *       "dueDate": "2027-06-30",
                 *       "status": "planned",
                 *       "note": "example"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAction"];
            };
        };
        responses: {
            /** @description The action. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "actionId": "act_m4x5c6b7nhpjr2s3k3vq7zq2",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "practiceId": "structured_interviews",
                     *       "targetLevel": 0,
                     *       "owner": "example",
                     *       "dueDate": "2026-11-30",
                     *       "status": "planned",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "reached": true
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "A request with this Idempotency-Key is still being processed.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "actionId": "act_m4x5c6b7nhpjr2s3k3vq7zq2",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "practiceId": "structured_interviews",
                     *       "targetLevel": 0,
                     *       "owner": "example",
                     *       "dueDate": "2026-11-30",
                     *       "status": "planned",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "reached": true
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the action since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the action since you read it.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "practiceId": "structured_interviews",
                 *       "targetLevel": 1,
                 *       "owner": "Team leaders production",
                 *       "dueDate": "2027-06-30",
                 *       "status": "planned",
                 *       "note": "example"
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateAction"];
                /**
                 * @example {
                 *       "practiceId": "structured_interviews",
                 *       "targetLevel": 1,
                 *       "owner": "Team leaders production",
                 *       "dueDate": "2027-06-30",
                 *       "status": "planned",
                 *       "note": "example"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAction"];
            };
        };
        responses: {
            /** @description The action as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "actionId": "act_m4x5c6b7nhpjr2s3k3vq7zq2",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "practiceId": "structured_interviews",
                     *       "targetLevel": 0,
                     *       "owner": "example",
                     *       "dueDate": "2026-11-30",
                     *       "status": "planned",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "reached": true
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The action changed while you wrote (without If-Match): read it again, then retry. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The action changed while you wrote (without If-Match): read it again, then retry.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the action since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the action since you read it.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/actions/actionId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "targetId": "tgt_x5c6b7nhpjr2s3k3vq7zq2m4",
                     *           "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "measure": "migrationBackgroundShare",
                     *           "baselineValue": 0,
                     *           "baselineDate": "2026-11-30",
                     *           "targetValue": 0,
                     *           "targetDate": "2026-11-30",
                     *           "note": "example",
                     *           "revision": 0,
                     *           "lastEvaluation": {
                     *             "assessmentId": "example",
                     *             "submittedAt": "2026-11-30T09:15:00.000Z",
                     *             "value": 0,
                     *             "expectedValue": 0,
                     *             "progress": "onTrack"
                     *           },
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "updatedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["TargetPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "measure": "migrationBackgroundShare",
                 *       "baselineValue": 0,
                 *       "baselineDate": "2027-06-30",
                 *       "targetValue": 0,
                 *       "targetDate": "2027-06-30",
                 *       "note": "example"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTarget"];
            };
        };
        responses: {
            /** @description The target. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "targetId": "tgt_x5c6b7nhpjr2s3k3vq7zq2m4",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "measure": "migrationBackgroundShare",
                     *       "baselineValue": 0,
                     *       "baselineDate": "2026-11-30",
                     *       "targetValue": 0,
                     *       "targetDate": "2026-11-30",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "expectedValue": 0,
                     *         "progress": "onTrack"
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "A request with this Idempotency-Key is still being processed.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "targetId": "tgt_x5c6b7nhpjr2s3k3vq7zq2m4",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "measure": "migrationBackgroundShare",
                     *       "baselineValue": 0,
                     *       "baselineDate": "2026-11-30",
                     *       "targetValue": 0,
                     *       "targetDate": "2026-11-30",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "expectedValue": 0,
                     *         "progress": "onTrack"
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the target since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the target since you read it.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description Opaque and unguessable. */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "measure": "migrationBackgroundShare",
                 *       "baselineValue": 0,
                 *       "baselineDate": "2027-06-30",
                 *       "targetValue": 0,
                 *       "targetDate": "2027-06-30",
                 *       "note": "example"
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateTarget"];
                /**
                 * @example {
                 *       "measure": "migrationBackgroundShare",
                 *       "baselineValue": 0,
                 *       "baselineDate": "2027-06-30",
                 *       "targetValue": 0,
                 *       "targetDate": "2027-06-30",
                 *       "note": "example"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTarget"];
            };
        };
        responses: {
            /** @description The target as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "targetId": "tgt_x5c6b7nhpjr2s3k3vq7zq2m4",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "measure": "migrationBackgroundShare",
                     *       "baselineValue": 0,
                     *       "baselineDate": "2026-11-30",
                     *       "targetValue": 0,
                     *       "targetDate": "2026-11-30",
                     *       "note": "example",
                     *       "revision": 0,
                     *       "lastEvaluation": {
                     *         "assessmentId": "example",
                     *         "submittedAt": "2026-11-30T09:15:00.000Z",
                     *         "value": 0,
                     *         "expectedValue": 0,
                     *         "progress": "onTrack"
                     *       },
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs organisations:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope organisations:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The target changed while you wrote (without If-Match): read it again, then retry. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The target changed while you wrote (without If-Match): read it again, then retry.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the target since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the target since you read it.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/targets/targetId",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRecommendations: {
        parameters: {
            query?: {
                /** @description Weigh practices serving this goal higher. */
                goal?: components["schemas"]["Goal"] & unknown;
                /** @description At most this many items. */
                limit?: number;
                /** @description The language of the texts: nl or en (overrides Accept-Language; default nl). */
                lang?: "nl" | "en";
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
            };
            path: {
                /** @description The assessment's id. */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked, best first. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "example",
                     *       "frameworkVersion": "example",
                     *       "goal": "instroom",
                     *       "release": {
                     *         "id": 0,
                     *         "cutAt": "example"
                     *       },
                     *       "peerGroupFallbackReason": "example",
                     *       "items": [
                     *         {
                     *           "rank": 0,
                     *           "practiceId": "structured_interviews",
                     *           "name": "example",
                     *           "phase": "werving_selectie",
                     *           "currentMaturity": 0,
                     *           "legalDuty": {
                     *             "law": "example",
                     *             "article": "example",
                     *             "summary": "example",
                     *             "planned": true
                     *           },
                     *           "planned": {
                     *             "actionId": "example",
                     *             "dueDate": "2026-11-30",
                     *             "status": "planned"
                     *           },
                     *           "why": [
                     *             "example"
                     *           ],
                     *           "mechanism": "interference",
                     *           "suggestedWith": [
                     *             "structured_interviews"
                     *           ],
                     *           "effort": {
                     *             "level": "low",
                     *             "description": "example"
                     *           },
                     *           "evidence": {
                     *             "level": "strong",
                     *             "summary": "example",
                     *             "contested": true,
                     *             "sources": [
                     *               {
                     *                 "id": "example",
                     *                 "citation": "example",
                     *                 "url": "example"
                     *               }
                     *             ]
                     *           },
                     *           "peerAdoptionRate": 0,
                     *           "expectedGain": {
                     *             "toMaturity": 0,
                     *             "phase": {
                     *               "from": 0,
                     *               "to": 0,
                     *               "change": 0
                     *             },
                     *             "overall": {
                     *               "from": 0,
                     *               "to": 0,
                     *               "change": 0
                     *             }
                     *           },
                     *           "priority": 0
                     *         }
                     *       ],
                     *       "plannedPractices": [
                     *         {
                     *           "practiceId": "structured_interviews",
                     *           "name": "example",
                     *           "phase": "werving_selectie",
                     *           "currentMaturity": 0,
                     *           "action": {
                     *             "actionId": "example",
                     *             "dueDate": "2026-11-30",
                     *             "status": "planned"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RecommendationList"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/recommendations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createWhatIf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The assessment's id. */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "example": {
                 *           "maturity": 0,
                 *           "comment": "example"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAnswers"];
            };
        };
        responses: {
            /** @description Current and hypothetical positions per measure. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assessmentId": "example",
                     *       "release": {
                     *         "id": 0,
                     *         "cutAt": "example"
                     *       },
                     *       "peerGroup": {
                     *         "level": "sectionSizeRegion",
                     *         "section": "A",
                     *         "sizeClass": "micro",
                     *         "region": "NL-DR",
                     *         "organisations": 0
                     *       },
                     *       "peerGroupFallbackReason": "example",
                     *       "measures": [
                     *         {
                     *           "measure": "overall",
                     *           "current": {
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "rankBand": {
                     *               "from": 0,
                     *               "to": 0
                     *             }
                     *           },
                     *           "whatIf": {
                     *             "score": 0,
                     *             "band": "beginnend",
                     *             "rankBand": {
                     *               "from": 0,
                     *               "to": 0
                     *             }
                     *           },
                     *           "change": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WhatIf"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs assessments:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope assessments:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/assessments/asm_b7nhpjr2s3t4v5w6q2m4x5c6/what-if",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description The report link's token (instead of a Bearer token). */
                token?: string;
                /** @description Report language (default: Accept-Language, else nl). */
                lang?: "nl" | "en";
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description nl or en (by quality); `lang` overrides it; default nl. */
                "Accept-Language"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/pdf": string;
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description No Bearer token and no report link, or one that is invalid, expired or revoked. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read). */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "The token's role or scope does not allow this (needs benchmarks:read).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description Neither HTML nor PDF is acceptable, or PDF is asked for where this server cannot print. */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "detail": "Neither HTML nor PDF is acceptable, or PDF is asked for where this server cannot print.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description The organisation has no submitted assessment yet. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The organisation has no submitted assessment yet.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                    "text/html": string;
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReportLinks: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "reportLinkId": "rpl_k3vq7zq2m4x5c6b7",
                     *           "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "status": "active",
                     *           "lang": "nl",
                     *           "createdByClient": "example",
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "expiresAt": "2026-11-30T09:15:00.000Z",
                     *           "revokedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["ReportLinkPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createReportLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "expiresInHours": 1,
                 *       "lang": "nl"
                 *     }
                 */
                "application/json": components["schemas"]["CreateReportLink"];
            };
        };
        responses: {
            /** @description The link. `Location` is the link's own resource (for revoking it). */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reportLinkId": "rpl_k3vq7zq2m4x5c6b7",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "status": "active",
                     *       "lang": "nl",
                     *       "createdByClient": "example",
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "expiresAt": "2026-11-30T09:15:00.000Z",
                     *       "revokedAt": "2026-11-30T09:15:00.000Z",
                     *       "url": "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedReportLink"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The organisation has no submitted assessment yet: there is no report to open. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The organisation has no submitted assessment yet: there is no report to open.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReportLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description The report link's id. */
                reportLinkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reportLinkId": "rpl_k3vq7zq2m4x5c6b7",
                     *       "organisationId": "org_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "status": "active",
                     *       "lang": "nl",
                     *       "createdByClient": "example",
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "expiresAt": "2026-11-30T09:15:00.000Z",
                     *       "revokedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ReportLink"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revokeReportLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description Opaque and unguessable. */
                organisationId: string;
                /** @description The report link's id. */
                reportLinkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs benchmarks:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope benchmarks:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report-links/rpl_k3vq7zq2m4x5c6b7",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Only changes made by this client. */
                clientId?: string;
                /** @description Only changes to resources of this type. */
                resourceType?: "client" | "client-organisation-link" | "organisation" | "framework-version" | "assessment" | "report-link" | "benchmark-release" | "action" | "target" | "webhook-subscription" | "labour-market-version";
                /** @description Only changes to this resource. */
                resourceId?: string;
                /** @description Only changes of this kind. */
                action?: "create" | "update" | "delete" | "replace" | "rotate-secret" | "replace-sections" | "replace-workforce-context" | "update-answers" | "submit" | "publish" | "retire" | "revoke" | "cut" | "what-if" | "limit-reached" | "confirm-kvk";
                /** @description Only changes at or after this moment. */
                since?: string;
                /** @description Only changes before this moment. */
                until?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "eventId": "aud_3kjx2m7qbvhc4z6w5tn2yae4",
                     *           "occurredAt": "2026-11-23T17:05:12.345Z",
                     *           "clientId": "cli_7h2kjx4mbqhv3z5r6dfguav5",
                     *           "clientRole": "admin",
                     *           "action": "create",
                     *           "resourceType": "client",
                     *           "resourceId": "org_5thw2n6pjr3xby4k7mvq2dez",
                     *           "requestId": "example"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs audit:read) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope audit:read; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "webhookId": "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *           "url": "example",
                     *           "eventTypes": [
                     *             "benchmark.release.published"
                     *           ],
                     *           "status": "active",
                     *           "disabledReason": "example",
                     *           "disabledAt": "2026-11-30T09:15:00.000Z",
                     *           "createdAt": "2026-11-30T09:15:00.000Z",
                     *           "updatedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hr-tool.example.nl/hooks/inclusiebenchmark",
                 *       "eventTypes": [
                 *         "assessment.submitted",
                 *         "benchmark.release.published"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Subscribed, with its signing secret. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookId": "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "url": "example",
                     *       "eventTypes": [
                     *         "benchmark.release.published"
                     *       ],
                     *       "status": "active",
                     *       "disabledReason": "example",
                     *       "disabledAt": "2026-11-30T09:15:00.000Z",
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The webhook subscription's id. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookId": "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "url": "example",
                     *       "eventTypes": [
                     *         "benchmark.release.published"
                     *       ],
                     *       "status": "active",
                     *       "disabledReason": "example",
                     *       "disabledAt": "2026-11-30T09:15:00.000Z",
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The webhook subscription's id. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description The webhook subscription's id. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hr-tool.example.nl/hooks/inclusiebenchmark",
                 *       "eventTypes": [
                 *         "assessment.submitted",
                 *         "benchmark.release.published"
                 *       ],
                 *       "status": "active"
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["UpdateWebhook"];
                /**
                 * @example {
                 *       "url": "https://hr-tool.example.nl/hooks/inclusiebenchmark",
                 *       "eventTypes": [
                 *         "assessment.submitted",
                 *         "benchmark.release.published"
                 *       ],
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description The subscription as it is now, with its new ETag. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookId": "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "url": "example",
                     *       "eventTypes": [
                     *         "benchmark.release.published"
                     *       ],
                     *       "status": "active",
                     *       "disabledReason": "example",
                     *       "disabledAt": "2026-11-30T09:15:00.000Z",
                     *       "createdAt": "2026-11-30T09:15:00.000Z",
                     *       "updatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match does not match: someone changed the subscription since you read it. */
            412: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "If-Match does not match: someone changed the subscription since you read it.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 256 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createWebhookSecretRotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The webhook subscription's id. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhookId": "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
                     *       "secret": "example",
                     *       "rotatedAt": "2026-11-30T09:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/secret-rotations",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The webhook subscription's id. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "attemptId": "wha_q2m4x5c6b7nhpjr2s3t4v5w6",
                     *           "eventId": "example",
                     *           "eventType": "benchmark.release.published",
                     *           "attempt": 0,
                     *           "outcome": "delivered",
                     *           "responseStatus": 0,
                     *           "error": "example",
                     *           "nextAttemptAt": "2026-11-30T09:15:00.000Z",
                     *           "attemptedAt": "2026-11-30T09:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryAttemptPage"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs webhooks:manage) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope webhooks:manage; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/webhooks/whk_k3vq7zq2m4x5c6b7nhpjr2s3/deliveries",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLabourMarket: {
        parameters: {
            query?: {
                /** @description A published version; default: the newest. */
                version?: string;
                /** @description Only groups of this SBI 2008 section (A–U; a sector client: one of its own). */
                section?: components["schemas"]["SbiSection"];
                /** @description Province, by ISO 3166-2:NL code. */
                region?: components["schemas"]["ProvinceCode"];
            };
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "example",
                     *       "publishedAt": "example",
                     *       "contentHash": "example",
                     *       "publishedVersions": [
                     *         "example"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "section": "A",
                     *           "region": "NL-DR",
                     *           "educationLevel": "low",
                     *           "share": 0,
                     *           "source": "example",
                     *           "year": 0,
                     *           "licence": "example"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LabourMarketTable"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/reference/labour-market",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No labour-market table is published (or not that version). */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/reference/labour-market.",
                     *       "instance": "/v1/reference/labour-market",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/reference/labour-market",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/reference/labour-market",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putLabourMarketVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "section": "A",
                 *           "region": "NL-DR",
                 *           "educationLevel": "low",
                 *           "share": 0,
                 *           "source": "example",
                 *           "year": 1990,
                 *           "licence": "example"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LabourMarketTableInput"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description The draft, replaced. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "example",
                     *       "status": "draft",
                     *       "rowCount": 0,
                     *       "contentHash": "example",
                     *       "createdAt": "example",
                     *       "publishedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["LabourMarketVersion"];
                };
            };
            /** @description The draft, created. */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "example",
                     *       "status": "draft",
                     *       "rowCount": 0,
                     *       "contentHash": "example",
                     *       "createdAt": "example",
                     *       "publishedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["LabourMarketVersion"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs reference:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope reference:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/reference/labour-market/2026.1.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is published: its content never changes. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is published: its content never changes.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is larger than 512 KiB. */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "The request body of this operation may be at most 256 KiB (262144 bytes).",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Accept-Post": components["headers"]["Accept-Post"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not accepted here; send application/json.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/reference/labour-market/2026.1",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishLabourMarketVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id. */
                "X-Request-Id"?: string;
                /** @description Makes a retry safe: the same key with the same request replays the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A framework version label such as 2026.1 (`latest`: the newest published one, where reading). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as it is now. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "example",
                     *       "status": "draft",
                     *       "rowCount": 0,
                     *       "contentHash": "example",
                     *       "createdAt": "example",
                     *       "publishedAt": "example"
                     *     }
                     */
                    "application/json": components["schemas"]["LabourMarketVersion"];
                };
            };
            /** @description Your request is not valid: the invalid fields are listed. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/validation-failed",
                     *       "title": "Your request is not valid",
                     *       "status": 400,
                     *       "detail": "body /headcount: Expected a whole number of at least 1",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "pointer": "/headcount",
                     *           "message": "Expected a whole number of at least 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No access token, or one that is invalid or expired (see WWW-Authenticate). */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unauthorized",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's role or scope does not allow this (needs reference:write) */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate-Scope"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "detail": "Your access token lacks the scope reference:write; ask for it at POST /v1/oauth/token.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no resource at /v1/reference/labour-market/2026.1/publication.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The version is published already. */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The version is published already.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/unprocessable-request",
                     *       "title": "The request cannot be processed",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for a different request.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After). */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit \"default\" (600 per 60 s) reached; retry after the number of seconds in Retry-After.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://inclusiebenchmark.nl/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
                     *       "instance": "/v1/reference/labour-market/2026.1/publication",
                     *       "requestId": "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
