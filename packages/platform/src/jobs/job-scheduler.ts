import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { AuditTrail } from '../audit/audit-trail.js';
import { RequestAudit } from '../audit/request-audit.js';
import { Caller } from '../auth/caller.js';
import { jobSchemaOf, prepareJobSchema } from '../database-roles.js';
import type { Logger } from '../logger.js';
import type { RequestContext, SubgraphDefinition } from '../module/module.js';
import { createContextFactory } from '../module/request-context.js';
import type { IdentityConfig, MailConfig } from '../config.js';
import { NotificationMailer } from '../notification/notification-mailer.js';
import { Notifications } from '../notification/notifications.js';

/**
 * Who a scheduled job acts as: the hub itself, with an administrator's reach, named in every audit entry it writes
 * (`actor_id` below, `username` shubh-scheduler), so a reader of the trail tells the scheduler's changes from people's.
 */
export const SCHEDULER_USER_ID = '00000000-0000-4000-8000-00000000a11c';
export const schedulerCaller = new Caller(SCHEDULER_USER_ID, 'shubh-scheduler', ['network-admin'], null, [], null, null);

/** The time zone of every schedule: the programme's days are Italian days. */
export const SCHEDULE_TIME_ZONE = 'Europe/Rome';

/**
 * The context a job runs with: a request's (the scheduler as caller, a fresh request id, the subgraph's services),
 * the notifications it raises, the subgraph's connection for the job's own queries, and the hub's e-mail (null
 * unless `SMTP_URL` is set).
 */
export type JobContext = RequestContext & {
  readonly notifications: Notifications;
  readonly dataSource: DataSource;
  readonly mail: NotificationMailer | null;
};

/** What a job reports when it ends (counts: `{ expired: 2, notified: 2 }`), kept by the queue with the job. */
export type JobResult = Record<string, number>;

/** A job a module declares (`jobs` in `defineModule`): what it does and when. */
export interface ModuleJob {
  /** kebab-case and unique in the hub: the queue's name and the configuration's (`JOB_SCHEDULE_<NAME>`). */
  name: string;
  /** A cron expression (minutes, Europe/Rome), the default schedule. */
  schedule: string;
  /**
   * The work, with the subgraph's services in `context` (typed by the module as its own context). Must be safe to
   * run twice: notifications are deduplicated, changes are conditional on the state they change.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module reads the context as its subgraph's
  run(context: any): Promise<JobResult>;
}

export interface JobsConfig {
  /** `false`: no queue and no schedule in this process (a replica that only serves). */
  enabled: boolean;
  /** Schedules by job name that replace the modules' defaults; `off` unschedules a job. */
  schedules: Readonly<Record<string, string>>;
  /** How often each worker asks the queue for work. */
  pollingIntervalSeconds: number;
  /**
   * The jobs this process works and schedules, when not all of its modules' (a process sharing its database with
   * another whose jobs need settings this one lacks, such as the e-mail of notifications); left out: all.
   */
  only?: readonly string[];
}

export const DEFAULT_JOBS_CONFIG: JobsConfig = { enabled: true, schedules: {}, pollingIntervalSeconds: 10 };

export interface RunningJobs {
  /** The jobs of this subgraph, by name. */
  readonly names: readonly string[];
  /** Queues a job now and waits for the worker to finish it (operators, tests): what the scheduled run would do. */
  run(name: string, timeoutMs?: number): Promise<JobResult>;
  stop(): Promise<void>;
}

/** The schema version this pg-boss release runs on (its migrations go up to it). */
const PG_BOSS_SCHEMA_VERSION = (createRequire(import.meta.url)('pg-boss/version.json') as { schema: number }).schema;

/**
 * Creates a job's queue unless it exists. Two replicas (or two hubs on one database) creating the same queue at once
 * can deadlock in pg-boss's DDL (its queue row, then the partition attached to the job table): PostgreSQL aborts one,
 * which tries again and finds the queue the other made.
 */
async function createQueueOnce(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 2, retryDelay: 30 });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Every job of a subgraph's modules. */
export function jobsOf(definition: SubgraphDefinition): ModuleJob[] {
  return definition.modules.flatMap((module) => module.jobs ?? []);
}

/**
 * Installs or upgrades the subgraph's job queue (schema `jobs_<subgraph>`) with the deploying connection, as the
 * migrations do: pg-boss's own DDL, then the schema is the subgraph role's.
 */
export async function migrateJobQueue(databaseUrl: string, subgraph: string): Promise<void> {
  const schema = jobSchemaOf(subgraph);
  await prepareJobSchema(databaseUrl, subgraph, async (client) => {
    const installed = (await client.query<{ oid: string | null }>('SELECT to_regclass($1) AS oid', [`${schema}.version`])).rows[0]?.oid;
    if (installed == null) {
      await client.query(PgBoss.getConstructionPlans(schema));
      return;
    }
    const version = Number((await client.query<{ version: number }>(`SELECT version FROM ${schema}.version`)).rows[0]?.version);
    if (version < PG_BOSS_SCHEMA_VERSION) await client.query(PgBoss.getMigrationPlans(schema, version as unknown as string));
  });
}

/**
 * The subgraph's job scheduler: pg-boss on the subgraph's PostgreSQL, in its own schema, as the subgraph's role.
 * Each job of the subgraph's modules gets a queue, a worker and its cron schedule; pg-boss sends a scheduled job
 * once per minute across every replica, and a queue's `singleton` policy runs one of each job at a time.
 */
export async function startJobScheduler(
  definition: SubgraphDefinition,
  options: {
    databaseUrl: string;
    /** The role connections take (`-c role=...`), as the subgraph's own. */
    sessionRole: string | null;
    dataSource: DataSource;
    trail: AuditTrail;
    logger: Logger;
    config: JobsConfig;
    /** E-mail for the jobs that announce notifications (`SMTP_URL`); absent or null: none. */
    mail?: MailConfig | null;
    /** Where the realm is, for the users' e-mail addresses. */
    identity?: IdentityConfig;
  },
): Promise<RunningJobs> {
  const jobs = jobsOf(definition).filter((job) => !options.config.only || options.config.only.includes(job.name));
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const logger = options.logger.child({ component: 'jobs' });
  if (!options.config.enabled || jobs.length === 0) {
    return {
      names: jobs.map((job) => job.name),
      run: () => Promise.reject(new Error(`The job scheduler of ${definition.name} is off (JOBS_ENABLED=false)`)),
      stop: async () => undefined,
    };
  }
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: jobSchemaOf(definition.name),
    application_name: `shubh-${definition.name}-jobs`,
    max: 2,
    migrate: false,
    ...(options.sessionRole ? { options: `-c role=${options.sessionRole}` } : {}),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const mail = options.mail && options.identity ? new NotificationMailer(options.mail, options.identity) : null;
  // E-mail announces what is raised from now on, never the notifications of before it was switched on.
  if (mail) await NotificationMailer.switchOn(options.dataSource);
  await boss.start();
  const createContext = createContextFactory<RequestContext>(definition);
  const notifications = new Notifications(definition.name);
  try {
    for (const job of jobs) {
      await createQueueOnce(boss, job.name);
      await boss.work<object>(
        job.name,
        { pollingIntervalSeconds: options.config.pollingIntervalSeconds, batchSize: 1 },
        async ([queued]) => {
          const requestId = randomUUID();
          const jobLogger = logger.child({ job: job.name, requestId, queuedJobId: queued?.id });
          const context = createContext(options.dataSource, {
            requestId,
            caller: schedulerCaller,
            audit: new RequestAudit(options.trail, schedulerCaller, requestId),
            logger: jobLogger,
          });
          Object.defineProperties(context, {
            notifications: { value: notifications, enumerable: false },
            dataSource: { value: options.dataSource, enumerable: false },
            mail: { value: mail, enumerable: false },
          });
          const result = await job.run(context);
          await context.audit.flushReads();
          jobLogger.info({ result }, 'job done');
          return result;
        },
      );
      const schedule = options.config.schedules[job.name] ?? job.schedule;
      if (schedule === 'off') await boss.unschedule(job.name);
      else await boss.schedule(job.name, schedule, {}, { tz: SCHEDULE_TIME_ZONE });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    mail?.close();
    throw error;
  }
  return {
    names: jobs.map((job) => job.name),
    async run(name, timeoutMs = 60_000) {
      if (!byName.has(name)) throw new Error(`${definition.name} has no job "${name}"`);
      const id = await boss.send(name, {});
      if (id == null) throw new Error(`The queue ${name} refused the job`);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const state = await boss.getJobById(name, id);
        if (state?.state === 'completed') return state.output as JobResult;
        if (state?.state === 'failed' || state?.state === 'cancelled') {
          throw new Error(`Job ${name} ${state.state}: ${JSON.stringify(state.output)}`);
        }
        if (Date.now() > deadline) throw new Error(`Job ${name} did not finish within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      // Graceful: a job that has started finishes (its transaction commits or rolls back) before the pool closes.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mail?.close();
    },
  };
}
