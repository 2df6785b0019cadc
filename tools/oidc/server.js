// Linkage's local OpenID provider (decision 0430): oidc-provider on loopback, for `./platform up` and the tests.
// Environment: OIDC_PORT, OIDC_USERS (demo-users.json), OIDC_AUDIENCE (linkage), OIDC_CLIENT_ID (linkage-console),
// OIDC_REDIRECT_URIS (extra, comma-separated), OIDC_PERSONAL_ID_KEY (base64, for idn_digest), OIDC_KEYS_FILE,
// OIDC_CLAIM_NAMES (JSON, our claim name -> the name to issue), OIDC_DEMO_PASSWORD, OIDC_ACCESS_TOKEN_TTL (seconds, 3600).
// POST /rotate-keys puts a new signing key first; the old ones stay published.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { loadAccounts } from './lib/accounts.js';
import { configuration, newCookieKeys } from './lib/configuration.js';
import { interaction } from './lib/interactions.js';
import { keyRing } from './lib/keys.js';

const env = process.env;
const port = Number(env.OIDC_PORT ?? 5090);
const issuer = `http://127.0.0.1:${port}`;
const accounts = loadAccounts({
  usersFile: env.OIDC_USERS ?? new URL('../../services/Linkage.Host/demo-users.json', import.meta.url).pathname,
  personalIdKey: env.OIDC_PERSONAL_ID_KEY,
  claimNames: JSON.parse(env.OIDC_CLAIM_NAMES ?? '{}'),
});
const keys = keyRing(env.OIDC_KEYS_FILE);
const settings = {
  accounts,
  audience: env.OIDC_AUDIENCE ?? 'linkage',
  clientId: env.OIDC_CLIENT_ID ?? 'linkage-console',
  redirectUris: ['http://127.0.0.1/console/signed-in', 'http://localhost/console/signed-in',
    ...(env.OIDC_REDIRECT_URIS ?? '').split(',').filter(Boolean)],
  cookieKeys: newCookieKeys(),
  accessTokenTtl: Number(env.OIDC_ACCESS_TOKEN_TTL ?? 3600),
};
const password = env.OIDC_DEMO_PASSWORD ?? 'linkage';

// A new key set means a new Provider instance; sessions and grants live in the shared in-memory adapter.
let provider;
let handle;
function build() {
  provider = new Provider(issuer, configuration({ ...settings, jwks: keys.jwks() }));
  handle = provider.callback();
}
build();

const server = createServer(async (req, res) => {
  const path = new URL(req.url, issuer).pathname;
  try {
    if (path.startsWith('/interaction/')) return await interaction(provider, accounts, password, req, res, path);
    if (path === '/rotate-keys' && req.method === 'POST') {
      const kid = keys.rotate();
      build();
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ kid }));
    }
    return handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(String(error.message ?? error));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`oidc-provider ${issuer} ready`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
