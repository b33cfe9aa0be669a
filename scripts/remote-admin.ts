/**
 * The admin's way into a remote deployment (a Worker on D1) for the operator scripts: a
 * client-credentials token for one scope, from ADMIN_CLIENT_ID / ADMIN_CLIENT_SECRET.
 */
export interface RemoteAdmin {
  /** The API's origin, without a trailing slash or `/v1`. */
  readonly api: string;
  readonly headers: { readonly Authorization: string };
}

export async function remoteAdmin(base: string, scope: string, purpose: string): Promise<RemoteAdmin> {
  const id = process.env.ADMIN_CLIENT_ID;
  const secret = process.env.ADMIN_CLIENT_SECRET;
  if (id === undefined || secret === undefined) {
    throw new Error(`set ADMIN_CLIENT_ID and ADMIN_CLIENT_SECRET to ${purpose} on a remote deployment`);
  }
  const api = base.replace(/\/+$/, "").replace(/\/v1$/, "");
  const token = await fetch(`${api}/v1/oauth/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }).toString(),
  });
  if (!token.ok) throw new Error(`token request failed: ${token.status} ${await token.text()}`);
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  return { api, headers: { Authorization: `Bearer ${accessToken}` } };
}
