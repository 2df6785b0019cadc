// oidc-provider's configuration for Linkage (decision 0430): one public client, the console, signing in with
// authorization code + PKCE; access tokens are JWTs for the resource urn:linkage:api with the audience our
// services check, carrying the account's claims. The console renews them with a refresh token that rotates on
// every use and is revoked on sign-out (decision 0545).
import { randomBytes } from 'node:crypto';

export const RESOURCE = 'urn:linkage:api';
export const API_SCOPE = 'linkage';
const loopback = (origin) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/u.test(origin);

export function configuration({ accounts, jwks, audience, clientId, redirectUris, cookieKeys, accessTokenTtl = 3600 }) {
  return {
    jwks,
    findAccount: accounts.find,
    clients: [{
      client_id: clientId,
      // native: a loopback redirect URI matches on any port (RFC 8252), so one registration serves every gateway port
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      // RP-initiated logout returns to the console's public guide (loopback: any port, as for redirect_uris)
      post_logout_redirect_uris: redirectUris.map((uri) => uri.replace(/\/signed-in$/u, '/guide')),
    }],
    claims: { openid: ['sub'], profile: accounts.claimNames.filter((c) => c !== 'sub') },
    scopes: ['openid', 'profile', API_SCOPE],
    cookies: { keys: cookieKeys },
    pkce: { required: () => true },
    // a refresh token with every code exchange (no offline_access: it lives no longer than the provider's session),
    // a new one on every renewal, the spent one refused from then on
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    clientBasedCORS: (_ctx, origin) => loopback(origin),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: API_SCOPE, audience, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const { sub, ...claims } = accounts.claimsOf(token.accountId) ?? {};
      return claims;
    },
    ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, AuthorizationCode: 60, IdToken: 3600,
      // a rotated refresh token keeps what was left of the first one: a session never outlives a working day
      RefreshToken: (ctx) => ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? 8 * 3600 },
  };
}

export const newCookieKeys = () => [randomBytes(32).toString('base64url')];
