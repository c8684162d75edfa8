import { generateKeyPairSync } from 'node:crypto';
import { generateAuditSigningKey, parseAuditSigningKey, resolveAuditSigningKey } from './audit/audit-signing-key.js';
import {
  readJobsConfig,
  readMailConfig,
  ConfigurationError,
  readAuditConfig,
  readDatabaseUrl,
  readMetricsConfig,
  readMigrationsMode,
  readServiceConfig,
  readSubgraphConfig,
  smtpServerOf,
} from './config.js';
import { createLogger } from './logger.js';

describe('configuration', () => {
  it('applies the documented defaults: loopback, the service port, info logs', () => {
    expect(readServiceConfig({}, 4002)).toEqual({ host: '127.0.0.1', port: 4002, logLevel: 'info' });
  });

  it('requires DATABASE_URL for a subgraph started alone, naming the variable', () => {
    expect(() => readSubgraphConfig({}, 4001)).toThrow(new ConfigurationError('DATABASE_URL is required'));
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer from 0 to 65535/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j with a message that says what is accepted', (env, message) => {
    expect(() => readServiceConfig(env, 4000)).toThrow(message);
  });

  it('accepts a socket-only DATABASE_URL as libpq does (the socket directory in `host`)', () => {
    const url = 'postgres://postgres@/db?host=/var/run/postgresql';
    expect(readDatabaseUrl({ DATABASE_URL: url })).toBe(url);
    expect(() => readDatabaseUrl({ DATABASE_URL: 'postgres://postgres@/db' })).toThrow(/DATABASE_URL must be a URL/);
  });

  it('refuses a DATABASE_URL that is not a URL', () => {
    expect(() => readSubgraphConfig({ DATABASE_URL: 'localhost:5432' }, 4001)).toThrow(
      /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
  });
});

describe('audit configuration', () => {
  const { pem } = generateAuditSigningKey();
  const der = pem.replace(/-----[A-Z ]+-----|\s/g, '');

  it('defaults to sealing every second and a checkpoint a minute, with no key outside production', () => {
    expect(readAuditConfig({})).toEqual({ sealIntervalMs: 1000, checkpointIntervalMs: 60_000 });
  });

  it('takes AUDIT_SIGNING_KEY as PKCS#8 PEM or as its base64 DER on one line', () => {
    expect(readAuditConfig({ AUDIT_SIGNING_KEY: pem }).signingKey).toBe(pem.trim());
    expect(parseAuditSigningKey(der).keyId).toBe(parseAuditSigningKey(pem).keyId);
  });

  it('refuses to run without a key when NODE_ENV=production, naming the variable', () => {
    expect(() => readAuditConfig({ NODE_ENV: 'production' })).toThrow(/AUDIT_SIGNING_KEY is required when NODE_ENV=production/);
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      // The hub started in-process (npm start, tests) resolves the key the same way.
      expect(() => resolveAuditSigningKey(undefined, createLogger('config-test', 'silent'))).toThrow(/AUDIT_SIGNING_KEY is required/);
    } finally {
      if (saved === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = saved;
    }
  });

  it.each([
    [{ AUDIT_SIGNING_KEY: 'not a key' }, /AUDIT_SIGNING_KEY must be an Ed25519 private key/],
    [
      {
        AUDIT_SIGNING_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      },
      /AUDIT_SIGNING_KEY must be an Ed25519 private key/,
    ],
    [{ AUDIT_SEAL_INTERVAL_MS: '0' }, /AUDIT_SEAL_INTERVAL_MS must be an integer from 50 to 60000/],
    [{ AUDIT_CHECKPOINT_INTERVAL_MS: 'hourly' }, /AUDIT_CHECKPOINT_INTERVAL_MS must be an integer/],
  ])('refuses %j with a message that says what is accepted', (env, message) => {
    expect(() => readAuditConfig(env)).toThrow(message);
  });
});

describe('deployment switches', () => {
  it('runs the job scheduler unless turned off, with a schedule per job from JOB_SCHEDULE_<JOB>', () => {
    expect(readJobsConfig({})).toEqual({ enabled: true, schedules: {}, pollingIntervalSeconds: 10 });
    expect(
      readJobsConfig({ JOBS_ENABLED: 'false', JOB_SCHEDULE_EXPIRE_OVERDUE_REFERRALS: '0 6 * * *', JOB_SCHEDULE_CASE_REMINDERS: 'off' }),
    ).toEqual({
      enabled: false,
      schedules: { 'expire-overdue-referrals': '0 6 * * *', 'case-reminders': 'off' },
      pollingIntervalSeconds: 10,
    });
    expect(() => readJobsConfig({ JOB_SCHEDULE_CASE_REMINDERS: 'hourly' })).toThrow(
      /JOB_SCHEDULE_CASE_REMINDERS must be a five-field cron/,
    );
  });

  it('migrates on start unless told to skip or to migrate only', () => {
    expect(readMigrationsMode({})).toBe('run');
    expect(readMigrationsMode({ MIGRATIONS: 'skip' })).toBe('skip');
    expect(readMigrationsMode({ MIGRATIONS: 'only' })).toBe('only');
    expect(() => readMigrationsMode({ MIGRATIONS: 'later' })).toThrow(
      new ConfigurationError('MIGRATIONS must be one of run, skip, only, got "later"'),
    );
  });

  it('serves metrics on loopback, on the service port + 5400, unless turned off', () => {
    expect(readMetricsConfig({}, 4003)).toEqual({ host: '127.0.0.1', port: 9403, processMetrics: true });
    expect(readMetricsConfig({ METRICS_HOST: '0.0.0.0', METRICS_PORT: '9100' }, 4000)).toMatchObject({ host: '0.0.0.0', port: 9100 });
    expect(readMetricsConfig({ METRICS_ENABLED: 'false' }, 4000)).toBeNull();
  });
});

describe('notification e-mail configuration', () => {
  it('sends no e-mail unless SMTP_URL is set: a fresh machine needs no SMTP server', () => {
    expect(readMailConfig({})).toBeNull();
    expect(readSubgraphConfig({ DATABASE_URL: 'postgres://localhost/db', GATEWAY_SECRET: 'x'.repeat(32) }, 4001).mail).toBeNull();
  });

  it('reads the server, the sender, the console link and the client that reads users', () => {
    expect(
      readMailConfig({
        SMTP_URL: 'smtps://hub:secret@smtp.example.org:465',
        MAIL_FROM: 'SHUBH <noreply@example.org>',
        CONSOLE_URL: 'https://console.example.org',
        MAIL_USER_DIRECTORY_CLIENT_SECRET: 'directory-secret',
      }),
    ).toEqual({
      smtpUrl: 'smtps://hub:secret@smtp.example.org:465',
      from: 'SHUBH <noreply@example.org>',
      consoleUrl: 'https://console.example.org',
      userDirectory: { clientId: 'shubh-notification-mail', clientSecret: 'directory-secret' },
    });
    expect(readMailConfig({ SMTP_URL: 'smtp://mailpit:1025', MAIL_FROM: 'noreply@shubh.example' })).toEqual({
      smtpUrl: 'smtp://mailpit:1025',
      from: 'noreply@shubh.example',
      consoleUrl: 'http://localhost:5173',
    });
  });

  it.each([
    [{ SMTP_URL: 'http://mailpit:1025', MAIL_FROM: 'a@b.example' }, /SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'mailpit:1025', MAIL_FROM: 'a@b.example' }, /SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'smtp://mailpit:1025' }, /MAIL_FROM is required when SMTP_URL is set/],
    [{ SMTP_URL: 'smtp://mailpit:1025', MAIL_FROM: 'not an address' }, /MAIL_FROM must be an e-mail address/],
    [{ SMTP_URL: 'smtp://mailpit:1025', MAIL_FROM: 'a@b.example', CONSOLE_URL: 'console' }, /CONSOLE_URL must be a URL/],
  ])('refuses %j at start-up, naming the variable', (env, message) => {
    expect(() => readMailConfig(env)).toThrow(ConfigurationError);
    expect(() => readMailConfig(env)).toThrow(message);
  });

  it('logs an SMTP server by host and port, never its credentials', () => {
    expect(smtpServerOf('smtps://hub:secret@smtp.example.org')).toBe('smtps://smtp.example.org:465');
    expect(smtpServerOf('smtp://mailpit:1025')).toBe('smtp://mailpit:1025');
  });
});
