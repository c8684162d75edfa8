import { parse as parseConnectionString } from 'pg-connection-string';
import { parseAuditSigningKey } from './audit/audit-signing-key.js';
import { MIN_GATEWAY_SECRET_LENGTH } from './auth/gateway-secret.js';
import { HUB_AUDIENCE, REALM } from './auth/identity-contract.js';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts } from './database.js';
import { DEFAULT_JOBS_CONFIG, type JobsConfig } from './jobs/job-scheduler.js';

/**
 * Reads service configuration from environment variables, failing at start-up with a message that names
 * the variable, rather than at the first request.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

type Env = Record<string, string | undefined>;

export function readString(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigurationError(`${name} is required`);
}

export function readOptionalString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function readInteger(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new ConfigurationError(`${name} must be an integer from ${range.min} to ${range.max}, got "${raw}"`);
  }
  return value;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigurationError(`${name} must be true or false, got "${raw}"`);
}

/** A URL with one of the given schemes, e.g. `['http:', 'https:']`. */
export function readUrl(env: Env, name: string, protocols: readonly string[], fallback?: string): string {
  const value = readString(env, name, fallback);
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (!protocol || !protocols.includes(protocol)) {
    const schemes = protocols.map((scheme) => `${scheme}//`).join(' or ');
    throw new ConfigurationError(`${name} must be a URL starting with ${schemes}, got "${value}"`);
  }
  return value;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings every HTTP service of the hub reads. */
export interface ServiceConfig {
  host: string;
  port: number;
  logLevel: LogLevel;
  /** Production mode (no landing page, introspection or field suggestions); unset: NODE_ENV is `production`. */
  production?: boolean;
}

export function readServiceConfig(env: Env, defaultPort: number): ServiceConfig {
  const logLevel = readString(env, 'LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigurationError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    // Loopback by default: a service is exposed to a network only when someone says so (containers set 0.0.0.0).
    host: readString(env, 'HOST', '127.0.0.1'),
    port: readInteger(env, 'PORT', defaultPort, { min: 0, max: 65535 }),
    logLevel,
  };
}

/** A service's metrics port is its GraphQL port plus this (gateway 9400, subgraphs 9401 to 9404). */
export const METRICS_PORT_OFFSET = 5400;

/**
 * Where a service serves Prometheus metrics (`/metrics`): a port of its own, never the public GraphQL one, on
 * loopback unless METRICS_HOST says otherwise (a scraper inside the cluster: 0.0.0.0 plus a NetworkPolicy).
 * `METRICS_ENABLED=false`: none.
 */
export function readMetricsConfig(env: Env, defaultPort: number): { host: string; port: number; processMetrics: boolean } | null {
  if (!readBoolean(env, 'METRICS_ENABLED', true)) return null;
  return {
    // A service started from its environment is alone in its process: the process's metrics are its own.
    processMetrics: true,
    host: readString(env, 'METRICS_HOST', '127.0.0.1'),
    port: readInteger(env, 'METRICS_PORT', defaultPort + METRICS_PORT_OFFSET, { min: 0, max: 65535 }),
  };
}

/** Where access tokens come from: the Keycloak realm (or the development identity provider). */
export interface IdentityConfig {
  issuer: string;
  audience: string;
  discoveryUrl?: string;
  /** Tokens living longer than this (`exp - iat`) are refused. Default 1 hour. */
  maxTokenLifetimeSeconds?: number;
}

export const DEFAULT_ISSUER = `http://localhost:8080/realms/${REALM}`;

export function readIdentityConfig(env: Env): IdentityConfig {
  const discoveryUrl = readOptionalString(env, 'OIDC_DISCOVERY_URL');
  return {
    issuer: readUrl(env, 'OIDC_ISSUER_URL', ['http:', 'https:'], DEFAULT_ISSUER),
    audience: readString(env, 'OIDC_AUDIENCE', HUB_AUDIENCE),
    maxTokenLifetimeSeconds: readInteger(env, 'TOKEN_MAX_LIFETIME_SECONDS', 3600, { min: 60, max: 86_400 }),
    ...(discoveryUrl ? { discoveryUrl: readUrl(env, 'OIDC_DISCOVERY_URL', ['http:', 'https:']) } : {}),
  };
}

/** A shared secret between the gateway and one subgraph. */
export function readSecret(env: Env, name: string): string {
  const value = readString(env, name);
  if (value.length < MIN_GATEWAY_SECRET_LENGTH) {
    throw new ConfigurationError(`${name} must be at least ${MIN_GATEWAY_SECRET_LENGTH} characters (try: openssl rand -hex 32)`);
  }
  return value;
}

/** Settings of a subgraph: a service plus its PostgreSQL, its identity provider and the gateway's secret. */
export interface SubgraphConfig extends ServiceConfig {
  databaseUrl: string;
  databasePoolSize: number;
  /** Bounded lock and statement waits; defaults (`DEFAULT_DATABASE_TIMEOUTS`) when absent. */
  databaseTimeouts?: DatabaseTimeouts;
  identity: IdentityConfig;
  /** Requests without it did not come through the gateway and are refused. */
  gatewaySecret: string;
  /** The audit trail's sealer: its signing key and intervals (defaults when absent). */
  audit?: AuditConfig;
  /**
   * `run` (default): migrate, then serve; `skip`: serve a database migrated by someone else, as the subgraph's
   * role (no DDL, no role creation); `only`: migrate and exit (a deployment's migrations Job).
   */
  migrations?: MigrationsMode;
  /** Where `/metrics` is served (`readMetricsConfig`); absent or null: nowhere (the metrics are still kept). */
  metrics?: { host: string; port: number; processMetrics?: boolean } | null;
  /** The job scheduler (`readJobsConfig`: on unless `JOBS_ENABLED=false`); off when absent (a subgraph started by a test). */
  jobs?: JobsConfig;
  /** E-mail announcing notifications (`readMailConfig`); absent or null: none. */
  mail?: MailConfig | null;
}

/** The audit sealer's settings, shared by every subgraph (any of them may be the one sealing). */
export interface AuditConfig {
  /** Ed25519 private key, PKCS#8 PEM or base64 DER; unset outside production: a key for the life of the process. */
  signingKey?: string;
  sealIntervalMs: number;
  checkpointIntervalMs: number;
}

export function readAuditConfig(env: Env): AuditConfig {
  const signingKey = readOptionalString(env, 'AUDIT_SIGNING_KEY');
  if (signingKey) {
    try {
      parseAuditSigningKey(signingKey);
    } catch (error) {
      throw new ConfigurationError(`AUDIT_SIGNING_KEY ${(error as Error).message}`);
    }
  } else if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'AUDIT_SIGNING_KEY is required when NODE_ENV=production (an Ed25519 key: openssl genpkey -algorithm ed25519)',
    );
  }
  return {
    ...(signingKey ? { signingKey } : {}),
    sealIntervalMs: readInteger(env, 'AUDIT_SEAL_INTERVAL_MS', 1000, { min: 50, max: 60_000 }),
    checkpointIntervalMs: readInteger(env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 60_000, { min: 1000, max: 86_400_000 }),
  };
}

export const MIGRATIONS_MODES = ['run', 'skip', 'only'] as const;
export type MigrationsMode = (typeof MIGRATIONS_MODES)[number];

export function readMigrationsMode(env: Env): MigrationsMode {
  const mode = readString(env, 'MIGRATIONS', 'run') as MigrationsMode;
  if (!MIGRATIONS_MODES.includes(mode)) {
    throw new ConfigurationError(`MIGRATIONS must be one of ${MIGRATIONS_MODES.join(', ')}, got "${mode}"`);
  }
  return mode;
}

export function readSubgraphConfig(env: Env, defaultPort: number): SubgraphConfig {
  return {
    migrations: readMigrationsMode(env),
    ...readServiceConfig(env, defaultPort),
    databaseUrl: readDatabaseUrl(env),
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, { min: 2, max: 100 }),
    databaseTimeouts: readDatabaseTimeouts(env),
    identity: readIdentityConfig(env),
    gatewaySecret: readSecret(env, 'GATEWAY_SECRET'),
    audit: readAuditConfig(env),
    metrics: readMetricsConfig(env, defaultPort),
    jobs: readJobsConfig(env),
    mail: readMailConfig(env),
  };
}

/** How the hub announces notifications by e-mail (`readMailConfig`). */
export interface MailConfig {
  /** `smtp://[user:password@]host:port` (STARTTLS when the server offers it) or `smtps://...` (TLS from the start). */
  smtpUrl: string;
  /** The sender, `name@domain` or `Display Name <name@domain>`. */
  from: string;
  /** Where people open the console: the only link a message carries. */
  consoleUrl: string;
  /**
   * The realm's confidential client whose service account may read users (realm-management `view-users`): the
   * e-mail address of a user, and of a corner's team members, comes from Keycloak and is never copied into the hub.
   * Absent: notifications for users and corners are not mailed (counted and logged by the delivery job).
   */
  userDirectory?: { clientId: string; clientSecret: string };
}

/** The realm's client that reads users' e-mail addresses for notification mail (realm-management `view-users`). */
export const NOTIFICATION_MAIL_CLIENT = 'shubh-notification-mail';

const MAILBOX = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/**
 * `SMTP_URL` (unset: no e-mail, the default), `MAIL_FROM` (required with it), `CONSOLE_URL` (`http://localhost:5173`),
 * `MAIL_USER_DIRECTORY_CLIENT_ID` (`shubh-notification-mail`) and `MAIL_USER_DIRECTORY_CLIENT_SECRET`.
 */
export function readMailConfig(env: Env): MailConfig | null {
  if (!readOptionalString(env, 'SMTP_URL')) return null;
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (!new URL(smtpUrl).hostname) throw new ConfigurationError(`SMTP_URL must name the SMTP server's host, got "${smtpUrl}"`);
  const from = readOptionalString(env, 'MAIL_FROM');
  if (!from) throw new ConfigurationError('MAIL_FROM is required when SMTP_URL is set (the sender, e.g. "SHUBH <noreply@example.org>")');
  if (!MAILBOX.test(from)) throw new ConfigurationError(`MAIL_FROM must be an e-mail address or "Name <address>", got "${from}"`);
  const clientSecret = readOptionalString(env, 'MAIL_USER_DIRECTORY_CLIENT_SECRET');
  return {
    smtpUrl,
    from,
    consoleUrl: readUrl(env, 'CONSOLE_URL', ['http:', 'https:'], 'http://localhost:5173'),
    ...(clientSecret
      ? { userDirectory: { clientId: readString(env, 'MAIL_USER_DIRECTORY_CLIENT_ID', NOTIFICATION_MAIL_CLIENT), clientSecret } }
      : {}),
  };
}

/** The SMTP server a URL names, as logs may show it: host and port, never the credentials. */
export function smtpServerOf(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
}

const CRON_FIELD = /^[\d*,/-]+$/;

/**
 * `JOBS_ENABLED` (default true), `JOBS_POLL_INTERVAL_SECONDS` (10), and `JOB_SCHEDULE_<JOB_NAME>` for any job: a
 * five-field cron expression (Europe/Rome) or `off` (`JOB_SCHEDULE_EXPIRE_OVERDUE_REFERRALS="0 * * * *"`).
 */
export function readJobsConfig(env: Env): JobsConfig {
  const schedules: Record<string, string> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith('JOB_SCHEDULE_') || raw === undefined || raw.trim() === '') continue;
    const value = raw.trim();
    if (value !== 'off' && (value.split(/\s+/).length !== 5 || !value.split(/\s+/).every((field) => CRON_FIELD.test(field)))) {
      throw new ConfigurationError(`${name} must be a five-field cron expression or "off", got "${value}"`);
    }
    schedules[name.slice('JOB_SCHEDULE_'.length).toLowerCase().replace(/_/g, '-')] = value;
  }
  return {
    enabled: readBoolean(env, 'JOBS_ENABLED', DEFAULT_JOBS_CONFIG.enabled),
    schedules,
    pollingIntervalSeconds: readInteger(env, 'JOBS_POLL_INTERVAL_SECONDS', DEFAULT_JOBS_CONFIG.pollingIntervalSeconds, {
      min: 1,
      max: 3600,
    }),
  };
}

/** `DATABASE_LOCK_TIMEOUT_MS` and `DATABASE_STATEMENT_TIMEOUT_MS`: how long a statement may wait for a lock, and run. */
export function readDatabaseTimeouts(env: Env): DatabaseTimeouts {
  return {
    lockTimeoutMs: readInteger(env, 'DATABASE_LOCK_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.lockTimeoutMs, { min: 0, max: 600_000 }),
    statementTimeoutMs: readInteger(env, 'DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.statementTimeoutMs, {
      min: 0,
      max: 3_600_000,
    }),
  };
}

/**
 * DATABASE_URL as libpq and pg read it: a URL, or one without a host that names the socket's directory
 * (`postgres://postgres@/db?host=/var/run/postgresql`), which WHATWG's URL refuses.
 */
export function readDatabaseUrl(env: Env): string {
  const value = readString(env, 'DATABASE_URL');
  if (/^postgres(ql)?:\/\//.test(value) && !URL.canParse(value) && parseConnectionString(value).host?.startsWith('/')) return value;
  return readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
}
