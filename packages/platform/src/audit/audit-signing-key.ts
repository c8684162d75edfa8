import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger.js';

/** The Ed25519 key the sealer signs checkpoints with, and what a verifier needs of it. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SubjectPublicKeyInfo PEM: what `openssl pkeyutl -verify -pubin` reads. */
  publicKeyPem: string;
  /** The first 16 hex digits of the SHA-256 of the public key (DER): names the key in every checkpoint. */
  keyId: string;
}

/** A signed statement of the chain head: the seal at `position` carries `hash`. */
export interface AuditCheckpoint {
  position: number;
  hash: string;
  createdAt: Date;
  keyId: string;
  publicKey: string;
  /** Ed25519 signature (base64) of `checkpointMessage(...)`. */
  signature: string;
}

function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function fromPrivateKey(privateKey: KeyObject): AuditSigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`must be an Ed25519 private key, got a ${privateKey.asymmetricKeyType ?? 'symmetric'} key`);
  }
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/** An Ed25519 private key as PKCS#8 PEM, or as the base64 of its PKCS#8 DER (one line, for an environment variable). */
export function parseAuditSigningKey(text: string): AuditSigningKey {
  const trimmed = text.trim();
  let privateKey: KeyObject;
  try {
    privateKey = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Error('must be an Ed25519 private key as PKCS#8 PEM or base64 DER (openssl genpkey -algorithm ed25519)');
  }
  return fromPrivateKey(privateKey);
}

/** A fresh key, with its PKCS#8 PEM. */
export function generateAuditSigningKey(): { key: AuditSigningKey; pem: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { key: fromPrivateKey(privateKey), pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/**
 * The development key kept beside the embedded data (`npm start`): read it, or write a fresh one readable by
 * this user only. Checkpoints then stay verifiable across restarts.
 */
export function loadOrCreateAuditSigningKeyFile(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  mkdirSync(dirname(path), { recursive: true });
  const { pem } = generateAuditSigningKey();
  writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
  return pem;
}

let developmentKey: AuditSigningKey | undefined;
let activeKey: AuditSigningKey | undefined;

/**
 * The key of this process: the configured one, or (not in production) one made for the life of the process,
 * shared by every subgraph it runs. Refuses to make one when NODE_ENV=production.
 */
export function resolveAuditSigningKey(configured: string | undefined, logger: Logger): AuditSigningKey {
  if (configured) {
    activeKey = parseAuditSigningKey(configured);
    return activeKey;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('AUDIT_SIGNING_KEY is required when NODE_ENV=production: audit checkpoints must be signed with a kept key');
  }
  if (!developmentKey) {
    developmentKey = generateAuditSigningKey().key;
    logger.warn(
      { keyId: developmentKey.keyId },
      'AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with a key that lives only as long as this process',
    );
  }
  activeKey = developmentKey;
  return activeKey;
}

/** The key this process signs with, once a sealer has started: the one `auditTrailIntegrity` trusts. */
export function activeAuditSigningKey(): AuditSigningKey | undefined {
  return activeKey;
}

/** Exactly the bytes a checkpoint's signature covers (UTF-8), one line so that `printf '%s'` reproduces it. */
export function checkpointMessage(checkpoint: Pick<AuditCheckpoint, 'position' | 'hash' | 'createdAt'>): string {
  return `shubh-audit-checkpoint/1 position=${checkpoint.position} hash=${checkpoint.hash} created=${checkpoint.createdAt.toISOString()}`;
}

export function signCheckpoint(key: AuditSigningKey, head: { position: number; hash: string; createdAt: Date }): AuditCheckpoint {
  return {
    ...head,
    keyId: key.keyId,
    publicKey: key.publicKeyPem,
    signature: sign(null, Buffer.from(checkpointMessage(head)), key.privateKey).toString('base64'),
  };
}

/**
 * `trusted` when the hub's key signed it; `other-key` when it names another key (a rotated one, or someone
 * else's: it proves nothing either way); `forged` when it claims the hub's key but the signature does not hold.
 */
export function checkCheckpointSignature(
  checkpoint: AuditCheckpoint,
  trustedKey: Pick<AuditSigningKey, 'publicKey' | 'keyId'> | undefined,
): 'trusted' | 'other-key' | 'forged' {
  if (!trustedKey || checkpoint.keyId !== trustedKey.keyId) return 'other-key';
  try {
    const holds = verify(
      null,
      Buffer.from(checkpointMessage(checkpoint)),
      trustedKey.publicKey,
      Buffer.from(checkpoint.signature, 'base64'),
    );
    return holds ? 'trusted' : 'forged';
  } catch {
    // A signature that is not even Ed25519-shaped does not hold either.
    return 'forged';
  }
}
