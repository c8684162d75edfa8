import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { ErrorCode } from '../errors.js';
import { isId } from '../validation.js';
import { Caller } from './caller.js';
import { CLAIMS, ORGANISATION_ID_ATTRIBUTE } from './identity-contract.js';

export interface TokenVerifierOptions {
  /** The realm's issuer, exactly as tokens carry it: `https://keycloak.example/realms/shubh`. */
  issuer: string;
  audience: string;
  /** Where to read the OpenID configuration; defaults to the issuer's well-known URL. */
  discoveryUrl?: string;
  clockToleranceSeconds?: number;
  /** The longest lifetime (`exp - iat`) a token may have; Keycloak's access tokens live 5 minutes. Default 1 hour. */
  maxTokenLifetimeSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 3600;

/** How many verified tokens a service remembers (the least recently used leave first). */
export const VERIFIED_TOKEN_CACHE_SIZE = 1000;

/**
 * Keys are refetched at most this often: short enough that a key Keycloak has just rotated in is accepted within
 * seconds, long enough that forged key ids cannot make the hub hammer Keycloak.
 */
export const JWKS_REFETCH_COOLDOWN_MS = 5_000;

/** A refusal the client can act on: 401, with the reason (never the token). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}

function stringClaim(payload: JWTPayload, name: string): string | null {
  const value = payload[name];
  return typeof value === 'string' && value ? value : null;
}

function stringsClaim(payload: JWTPayload, name: string): string[] {
  const value = payload[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

function rolesOf(payload: JWTPayload): string[] {
  const [container, key] = CLAIMS.roles.split('.') as [string, string];
  const holder = payload[container];
  return holder && typeof holder === 'object' ? stringsClaim(holder as JWTPayload, key) : [];
}

/**
 * The catalogue Organisation the caller acts for, from Keycloak's organization claim: the one organization it
 * names, through its `shubh-organisation-id` attribute. None when the claim is absent, lists only aliases (the
 * mapper without attributes), names several organizations (the hub does not choose for the caller) or carries
 * no single UUID.
 */
function organisationOf(payload: JWTPayload): string | null {
  const claim = payload[CLAIMS.organization];
  if (!claim || typeof claim !== 'object' || Array.isArray(claim)) return null;
  const organizations = Object.values(claim as Record<string, unknown>);
  if (organizations.length !== 1) return null;
  const organization = organizations[0];
  if (!organization || typeof organization !== 'object') return null;
  const values = (organization as Record<string, unknown>)[ORGANISATION_ID_ATTRIBUTE];
  const ids = Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
  return ids.length === 1 ? ids[0]! : null;
}

/** Reads the caller from a verified payload. Ids that are not UUIDs are dropped, never trusted. */
export function callerFromClaims(payload: JWTPayload): Caller {
  const organisationId = organisationOf(payload);
  const beneficiaryId = stringClaim(payload, CLAIMS.beneficiary);
  return new Caller(
    payload.sub!,
    stringClaim(payload, 'preferred_username'),
    rolesOf(payload),
    organisationId && isId(organisationId) ? organisationId.toLowerCase() : null,
    stringsClaim(payload, CLAIMS.corners)
      .filter(isId)
      .map((id) => id.toLowerCase()),
    beneficiaryId && isId(beneficiaryId) ? beneficiaryId.toLowerCase() : null,
    stringClaim(payload, 'azp'),
  );
}

/**
 * Verifies Keycloak access tokens as an OpenID Connect resource server: discovery, then the realm's JWKS (cached;
 * an unknown key id triggers one refetch, which is how key rotation is picked up), RS256 only, issuer, audience,
 * expiry with a small clock tolerance, and `typ: Bearer` (Keycloak's mark of an access token, so an ID or refresh
 * token is refused).
 */
export class TokenVerifier {
  #keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  #discovering: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  /** Callers of tokens verified already, by the token's SHA-256, each until its `exp` (never a refusal). */
  readonly #verified = new LRUCache<string, { caller: Caller; expiresAtMs: number }>({ max: VERIFIED_TOKEN_CACHE_SIZE });

  constructor(private readonly options: TokenVerifierOptions) {}

  async #jwks(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.#keys) return this.#keys;
    this.#discovering ??= (async () => {
      const url = this.options.discoveryUrl ?? `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (!response.ok) throw new Error(`OpenID discovery at ${url} answered ${response.status}`);
      const configuration = (await response.json()) as { issuer?: string; jwks_uri?: string };
      if (configuration.issuer !== this.options.issuer || !configuration.jwks_uri) {
        throw new Error(`OpenID discovery at ${url} names issuer ${configuration.issuer}, expected ${this.options.issuer}`);
      }
      // A token with an unknown key id makes the set refetch (key rotation), at most once per cooldown.
      this.#keys = createRemoteJWKSet(new URL(configuration.jwks_uri), {
        cooldownDuration: JWKS_REFETCH_COOLDOWN_MS,
        cacheMaxAge: 10 * 60_000,
      });
      return this.#keys;
    })().finally(() => {
      this.#discovering = undefined;
    });
    return this.#discovering;
  }

  /** The caller of a request, from its `Authorization` header; UNAUTHENTICATED when there is none or it fails. */
  async verifyAuthorization(header: string | undefined): Promise<Caller> {
    const match = header ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
    if (!match) throw unauthenticated('Sign in: send an access token as "Authorization: Bearer <token>"');
    return this.verify(match[1]!);
  }

  /**
   * The caller of a token. A token verified before is not verified again until its `exp` (the clock tolerance
   * is not added: past `exp`, it is verified afresh and refused as expired). Refusals are never remembered.
   */
  async verify(token: string): Promise<Caller> {
    const key = createHash('sha256').update(token).digest('base64url');
    const known = this.#verified.get(key);
    if (known && Date.now() < known.expiresAtMs) return known.caller;
    if (known) this.#verified.delete(key);
    const { caller, expiresAtMs } = await this.#verifyAfresh(token);
    const ttl = expiresAtMs - Date.now();
    if (ttl > 0) this.#verified.set(key, { caller, expiresAtMs }, { ttl });
    return caller;
  }

  async #verifyAfresh(token: string): Promise<{ caller: Caller; expiresAtMs: number }> {
    let keys: ReturnType<typeof createRemoteJWKSet>;
    try {
      keys = await this.#jwks();
    } catch (error) {
      // The identity provider is unreachable: a server fault, not the client's; logged, masked.
      throw new Error('Cannot verify tokens: the identity provider is unreachable', { cause: error });
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ['RS256'],
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.typ !== 'Bearer') throw unauthenticated('The token is not an access token');
      // jose checks `exp` and `nbf`, not when the token says it was issued: a token from the future, or one minted
      // to live for a year (a leaked signing key, a misconfigured client), is refused.
      const tolerance = this.options.clockToleranceSeconds ?? 30;
      const { iat, exp } = payload as { iat: number; exp: number };
      if (typeof iat !== 'number' || iat > Date.now() / 1000 + tolerance)
        throw unauthenticated('The access token was issued in the future');
      const maxLifetime = this.options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
      if (typeof exp !== 'number' || exp - iat > maxLifetime) {
        throw unauthenticated(`The access token lives longer than the hub accepts (${maxLifetime} s): shorten the realm's token lifespan`);
      }
      return { caller: callerFromClaims(payload), expiresAtMs: exp * 1000 };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The access token has expired: sign in again');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('The access token is not valid for this hub');
      throw error;
    }
  }
}
