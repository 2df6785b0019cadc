// The provider's signing keys: RS256, the newest first (it signs), older ones still published so tokens they
// signed keep validating. Kept in OIDC_KEYS_FILE when given (a restart keeps tokens valid), else in memory.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const KEEP = 3;

function newKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

export function keyRing(file) {
  let keys = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).keys : [newKey()];
  const save = () => { if (file) writeFileSync(file, JSON.stringify({ keys }), { mode: 0o600 }); };
  save();
  return {
    jwks: () => ({ keys }),
    rotate() {
      keys = [newKey(), ...keys].slice(0, KEEP);
      save();
      return keys[0].kid;
    },
  };
}
