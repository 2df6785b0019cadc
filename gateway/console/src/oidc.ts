// Sign-in through the deployment's OpenID provider (decision 0433): authorization code + PKCE as a public client.
// Only the PKCE verifier, the state and where to go next survive the round trip (sessionStorage, removed on return);
// the access token and the rotating refresh token stay in memory (session.ts, decision 0545).

export interface SignInOptions {
  authority: string | null
  clientId: string
  scope: string
}

interface Pending {
  verifier: string
  state: string
  next: string | null
  tokenEndpoint: string
  endSessionEndpoint: string | null
  revocationEndpoint: string | null
  clientId: string
}

interface Metadata {
  authorization_endpoint: string
  token_endpoint: string
  end_session_endpoint?: string
  revocation_endpoint?: string
}

interface Tokens {
  access_token: string
  id_token?: string
  refresh_token?: string
}

const PENDING = 'linkage.oidc.pending'
const redirectUri = (): string => `${location.origin}/console/signed-in`

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)))
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

async function discover(authority: string): Promise<Metadata> {
  const response = await fetch(`${authority}/.well-known/openid-configuration`)
  if (!response.ok) throw new Error(`discovery ${response.status}`)
  return response.json()
}

/** Sends the browser to the provider's sign-in page. */
export async function beginSignIn(options: SignInOptions & { authority: string }, next: string | null): Promise<void> {
  const metadata = await discover(options.authority)
  const verifier = randomText(32)
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))))
  const pending: Pending = { verifier, state: randomText(16), next, tokenEndpoint: metadata.token_endpoint,
    endSessionEndpoint: metadata.end_session_endpoint ?? null, revocationEndpoint: metadata.revocation_endpoint ?? null,
    clientId: options.clientId }
  sessionStorage.setItem(PENDING, JSON.stringify(pending))
  const query = new URLSearchParams({
    client_id: options.clientId, response_type: 'code', scope: options.scope, redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256', state: pending.state,
  })
  location.assign(`${metadata.authorization_endpoint}?${query}`)
}

/** Back from the provider: the code exchanged for the access token, once (the pending sign-in is removed first); with
 *  it, where signing out ends the provider's session too (RP-initiated logout, back to the public guide). */
export async function completeSignIn(query: URLSearchParams): Promise<{ token: string; next: string | null; signOutUrl: string | null; renewal: Renewal | null }> {
  const saved = sessionStorage.getItem(PENDING)
  sessionStorage.removeItem(PENDING)
  const pending = saved ? (JSON.parse(saved) as Pending) : null
  const code = query.get('code')
  if (!pending || !code || query.get('state') !== pending.state) throw new Error(query.get('error_description') ?? 'state')
  const body = await tokenRequest(pending.tokenEndpoint, {
    grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: pending.clientId, code_verifier: pending.verifier,
  })
  const renewal = body.refresh_token ? new Renewal(pending, body.refresh_token) : null
  return { token: body.access_token, next: pending.next, signOutUrl: signOutUrl(pending, body.id_token), renewal }
}

async function tokenRequest(endpoint: string, form: Record<string, string>): Promise<Tokens> {
  const response = await fetch(endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form),
  })
  if (!response.ok) throw new Error(`token ${response.status}`)
  return (await response.json()) as Tokens
}

/** The refresh token (in memory only): each renewal spends it and keeps the new one the provider rotates in;
 *  signing out revokes it. */
export class Renewal {
  constructor(private readonly pending: Pending, private refreshToken: string) {}

  async renew(): Promise<string> {
    const body = await tokenRequest(this.pending.tokenEndpoint, {
      grant_type: 'refresh_token', refresh_token: this.refreshToken, client_id: this.pending.clientId,
    })
    if (body.refresh_token) this.refreshToken = body.refresh_token
    return body.access_token
  }

  revoke(): void {
    if (!this.pending.revocationEndpoint) return
    const form = { token: this.refreshToken, token_type_hint: 'refresh_token', client_id: this.pending.clientId }
    // keepalive: signing out navigates away at once (to the provider's end-session page)
    void fetch(this.pending.revocationEndpoint, { method: 'POST', body: new URLSearchParams(form), keepalive: true }).catch(() => undefined)
  }
}

function signOutUrl(pending: Pending, idToken: string | undefined): string | null {
  if (!pending.endSessionEndpoint) return null
  const query = new URLSearchParams({ client_id: pending.clientId, post_logout_redirect_uri: `${location.origin}/console/guide` })
  if (idToken) query.set('id_token_hint', idToken)
  return `${pending.endSessionEndpoint}?${query}`
}
