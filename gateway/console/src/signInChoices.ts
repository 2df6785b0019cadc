import type { SignInOptions } from './oidc'
import type { SessionUser } from './session'

/** What the sign-in page offers: the provider (authorization code + PKCE) and, in Development, the demo users (null:
 *  no demo sign-in). */
export interface SignInChoices {
  options: SignInOptions | null
  demoUsers: SessionUser[] | null
}

/** The gateway writes the choices into the page (decision 0559), so a staff link opened cold shows its sign-in without
 *  another round trip; without them (`npm run dev`, or /console/index.html itself) they are asked for. */
export async function signInChoices(): Promise<SignInChoices> {
  const written = document.getElementById('sign-in-choices')?.textContent
  if (written) return JSON.parse(written) as SignInChoices
  const [provider, demo] = await Promise.all([fetch('/api/console/sign-in'), fetch('/api/console/demo-users')])
  return { options: provider.ok ? await provider.json() : null, demoUsers: demo.ok ? await demo.json() : null }
}
