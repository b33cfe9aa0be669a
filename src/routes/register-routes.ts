import { type ApiRouter, createApiRouter } from "../openapi/api-router.js";
import { buildOpenApiDocument } from "../openapi/document.js";
import { registerClientOrganisationLinks } from "./clients/client-organisation-links.js";
import { registerCreateClient } from "./clients/create-client.js";
import { registerCreateSecretRotation } from "./clients/create-secret-rotation.js";
import { registerGetClient } from "./clients/get-client.js";
import { registerListClients } from "./clients/list-clients.js";
import { registerReplaceClientSections } from "./clients/replace-client-sections.js";
import { registerUpdateClient } from "./clients/update-client.js";
import { registerDocsPage } from "./docs/get-docs-page.js";
import { registerGetOpenApiDocument } from "./docs/get-openapi-document.js";
import { registerCreateFramework } from "./frameworks/create-framework.js";
import { createFrameworkReader } from "./frameworks/framework-reader.js";
import { registerFrameworkStatusChanges } from "./frameworks/framework-status-changes.js";
import { registerGetFramework } from "./frameworks/get-framework.js";
import { registerGetPractice } from "./frameworks/get-practice.js";
import { registerListFrameworks } from "./frameworks/list-frameworks.js";
import { registerListPractices } from "./frameworks/list-practices.js";
import { registerReplaceFramework } from "./frameworks/replace-framework.js";
import { registerGetHealth } from "./health/get-health.js";
import { registerCreateToken } from "./oauth/create-token.js";
import { registerCreateOrganisation } from "./organisations/create-organisation.js";
import { registerGetOrganisation } from "./organisations/get-organisation.js";
import { registerListOrganisations } from "./organisations/list-organisations.js";

/** The one place every `/v1` operation is registered. */
export function buildApiRouter(): ApiRouter {
  const router = createApiRouter();
  let document: object | undefined;
  registerGetHealth(router);
  registerGetOpenApiDocument(router, () => {
    document ??= buildOpenApiDocument(router);
    return document;
  });
  registerDocsPage(router);
  registerCreateToken(router);
  registerCreateClient(router);
  registerListClients(router);
  registerGetClient(router);
  registerUpdateClient(router);
  registerCreateSecretRotation(router);
  registerReplaceClientSections(router);
  registerClientOrganisationLinks(router);
  registerCreateOrganisation(router);
  registerListOrganisations(router);
  registerGetOrganisation(router);
  const frameworks = createFrameworkReader();
  registerListFrameworks(router);
  registerGetFramework(router, frameworks);
  registerListPractices(router, frameworks);
  registerGetPractice(router, frameworks);
  registerCreateFramework(router);
  registerReplaceFramework(router);
  registerFrameworkStatusChanges(router);
  return router;
}
