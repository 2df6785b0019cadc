// The demo users (services/Linkage.Host/demo-users.json) as the provider's accounts, their claims named as
// Linkage names them, or renamed by OIDC_CLAIM_NAMES to play a province's own identity provider (decision 0431).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const OURS = ['name', 'role', 'division', 'org_unit', 'department', 'idn_digest', 'org_credit_code'];

export function loadAccounts({ usersFile, personalIdKey, claimNames }) {
  const users = JSON.parse(readFileSync(usersFile, 'utf8'));
  const rename = (name) => claimNames[name] ?? name;
  const key = personalIdKey ? Buffer.from(personalIdKey, 'base64') : null;
  const byName = new Map(users.map((u) => [u.userName, u]));

  function claimsOf(user) {
    const ours = {
      name: user.name,
      role: user.roles,
      division: user.division,
      org_unit: user.orgUnitId ?? undefined,
      department: user.departmentId ?? undefined,
      org_credit_code: user.orgCreditCode?.toUpperCase(),
      // the keyed digest, never the number (the same HMAC as PersonalIdDigest in the Kernel)
      idn_digest: user.idNumber && key
        ? createHmac('sha256', key).update(user.idNumber.toUpperCase(), 'utf8').digest('hex') : undefined,
    };
    const claims = { sub: user.userName };
    for (const name of OURS) if (ours[name] !== undefined) claims[rename(name)] = ours[name];
    return claims;
  }

  return {
    exists: (userName) => byName.has(userName),
    names: () => users.map((u) => ({ userName: u.userName, name: u.name })),
    // findAccount of oidc-provider: the same claims in the ID token, userinfo and (extraTokenClaims) the access token
    async find(_ctx, sub) {
      const user = byName.get(sub);
      if (!user) return undefined;
      return { accountId: sub, async claims() { return claimsOf(user); } };
    },
    claimsOf: (sub) => (byName.has(sub) ? claimsOf(byName.get(sub)) : undefined),
    claimNames: [...new Set(['sub', ...OURS.map(rename)])],
  };
}
