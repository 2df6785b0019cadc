// The sign-in page (统一身份认证, demonstration): a user name of the demo users and the demo password. The console is
// our own client, so its consent is given without asking (a native client is always prompted for it).
const page = (uid, error) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>统一身份认证（演示）</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 420px; margin: 48px auto">
<h1>统一身份认证（演示）</h1>
${error ? `<p role="alert" style="color:#c00">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<p><label for="login">用户名</label><br><input id="login" name="login" autocomplete="username" required autofocus></p>
<p><label for="password">密码</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit" data-test="idp-sign-in">登录</button></p>
</form></body></html>`;

async function form(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

function html(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

// GET /interaction/:uid shows the form; POST /interaction/:uid/login checks it and finishes the login prompt.
export async function interaction(provider, accounts, password, req, res, path) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'consent') return consent(provider, details, req, res);
  if (req.method === 'GET') return html(res, 200, page(details.uid));
  if (req.method !== 'POST' || !path.endsWith('/login')) return html(res, 404, 'not found');
  const fields = await form(req);
  const login = fields.get('login') ?? '';
  if (!accounts.exists(login) || fields.get('password') !== password)
    return html(res, 200, page(details.uid, '用户名或密码不正确'));
  return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
}

async function consent(provider, details, req, res) {
  const grant = details.grantId ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const { missingOIDCScope = [], missingOIDCClaims = [], missingResourceScopes = {} } = details.prompt.details;
  if (missingOIDCScope.length) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims.length) grant.addOIDCClaims(missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missingResourceScopes)) grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
