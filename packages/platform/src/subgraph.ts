import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { readSubgraphConfig, type MigrationsMode, type SubgraphConfig } from './config.js';
import { createDataSource, isDatabaseReachable, migrate, type DatabaseTimeouts } from './database.js';
import { grantAfterMigrations, prepareSchema, roleOf } from './database-roles.js';
import { isDatabaseBusy, isDatabaseUnavailable } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { commonResolvers, commonTypeDefs } from './scalars.js';
import { startService, stopOnSignals, type RunningService } from './server.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { migrateAuditSchema } from './audit/audit-schema.js';
import { startAuditSealer } from './audit/audit-sealer.js';
import { AuditTrail } from './audit/audit-trail.js';
import { RequestAudit } from './audit/request-audit.js';
import { GATEWAY_SECRET_HEADER, gatewaySecretMatches } from './auth/gateway-secret.js';
import { TokenVerifier, unauthenticated } from './auth/token-verifier.js';
import { entitiesOf, migrationsOf, type RequestContext, type SubgraphDefinition } from './module/module.js';
import { createContextFactory } from './module/request-context.js';
import { ServiceMetrics, type PoolLike } from './telemetry/metrics.js';
import { DEFAULT_JOBS_CONFIG, migrateJobQueue, startJobScheduler, type RunningJobs } from './jobs/job-scheduler.js';
import { migrateNotificationSchema } from './notification/notification-schema.js';

/** Resolver maps of several modules merged type by type (`Query` fields from every module, ...). */
export function mergeResolvers(maps: object[]): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      // Scalars are class instances, not field maps: they are taken whole.
      merged[typeName] = fields instanceof Object && fields.constructor === Object ? { ...merged[typeName], ...fields } : fields;
    }
  }
  return merged;
}

/** The subgraph's SDL as it is served and composed: the shared scalars, the subgraph's link, every module's schema. */
export function readSubgraphSdl(definition: SubgraphDefinition): string {
  const files = [definition.schema, ...definition.modules.flatMap((module) => (module.schema ? [module.schema] : []))];
  return [commonTypeDefs, ...files.map((file) => readFileSync(file, 'utf8'))].join('\n');
}

/** The executable schema of a subgraph: its SDL with every module's resolvers. */
export function buildSchemaOf(definition: SubgraphDefinition): GraphQLSchema {
  return buildSubgraphSchema([
    {
      typeDefs: parse(readSubgraphSdl(definition)),
      resolvers: mergeResolvers([
        commonResolvers,
        ...definition.modules.flatMap((module) => (module.resolvers ? [module.resolvers] : [])),
      ]) as never,
    },
  ]);
}

export interface RunningSubgraph {
  name: string;
  service: RunningService;
  dataSource: DataSource;
  /** The subgraph's job scheduler (its modules' jobs). */
  jobs: RunningJobs;
  stop(): Promise<void>;
}

/** Connects to the subgraph's PostgreSQL schema and applies its pending migrations. */
export async function openSubgraphDatabase(
  definition: SubgraphDefinition,
  options: { databaseUrl: string; databasePoolSize: number; migrations?: MigrationsMode; databaseTimeouts?: DatabaseTimeouts },
  logger: Logger,
): Promise<DataSource> {
  const skip = options.migrations === 'skip';
  // The audit trail is shared by every subgraph and must exist before any of them writes to it.
  if (!skip) await migrateAuditSchema(options.databaseUrl, logger);
  if (!skip) await migrateNotificationSchema(options.databaseUrl, logger);
  // Migrated by a deployment's Job: no DDL here, every connection takes the subgraph's role.
  const { sessionRole } = skip
    ? { sessionRole: roleOf(definition.name) }
    : await prepareSchema(options.databaseUrl, definition.name, logger);
  const dataSource = createDataSource({
    schema: definition.name,
    url: options.databaseUrl,
    poolSize: options.databasePoolSize,
    entities: entitiesOf(definition),
    migrations: migrationsOf(definition),
    logger,
    sessionRole,
    ...(options.databaseTimeouts ? { timeouts: options.databaseTimeouts } : {}),
  });
  await dataSource.initialize();
  if (skip) return dataSource;
  try {
    const applied = await migrate(dataSource, definition.name);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    await grantAfterMigrations(options.databaseUrl, definition.name);
    await migrateJobQueue(options.databaseUrl, definition.name);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Applies the subgraph's pending migrations and disconnects (test set-up, deployment jobs). */
export async function migrateSubgraph(
  definition: SubgraphDefinition,
  databaseUrl: string,
  logger: Logger = createLogger(definition.name, 'warn'),
): Promise<void> {
  const dataSource = await openSubgraphDatabase(definition, { databaseUrl, databasePoolSize: 2 }, logger);
  await dataSource.destroy();
}

/** The role a data source's connections take (`-c role=...`), for the other sessions a subgraph opens. */
function sessionRoleOf(dataSource: DataSource): string | null {
  const options = (dataSource.options as { extra?: { options?: string } }).extra?.options;
  return options?.match(/^-c role=(.+)$/)?.[1] ?? null;
}

/** Connects to PostgreSQL, applies the subgraph's migrations and serves it. */
export async function startSubgraph(definition: SubgraphDefinition, config: SubgraphConfig): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name, config.logLevel);
  const dataSource = await openSubgraphDatabase(definition, config, logger);
  let sealer: { stop(): Promise<void> } | undefined;
  let jobs: RunningJobs | undefined;
  try {
    const schema = buildSchemaOf(definition);
    const createContext = createContextFactory<RequestContext>(definition);
    const verifier = new TokenVerifier(config.identity);
    const metrics = new ServiceMetrics(definition.name, { processMetrics: config.metrics?.processMetrics ?? false });
    metrics.observePool('main', () =>
      dataSource.isInitialized ? (dataSource.driver as unknown as { master?: PoolLike }).master : undefined,
    );
    const trail = new AuditTrail(dataSource, definition.name, { onAppended: (entries) => metrics.auditAppends.inc(entries) });
    // The hub's audit sealer (one per process; one leading per hub): entries are sealed into the chain off the request path.
    const auditSealer = (sealer = startAuditSealer(config.databaseUrl, logger, {
      ...config.audit,
      sessionRole: sessionRoleOf(dataSource),
      onPass: (sealed) => metrics.sealPassFinished(sealed),
    }));
    jobs = await startJobScheduler(definition, {
      databaseUrl: config.databaseUrl,
      sessionRole: sessionRoleOf(dataSource),
      dataSource,
      trail,
      logger,
      config: config.jobs ?? { ...DEFAULT_JOBS_CONFIG, enabled: false },
      mail: config.mail ?? null,
      identity: config.identity,
    });
    const scheduler = jobs;
    const service = await startService<RequestContext>({
      name: definition.name,
      host: config.host,
      port: config.port,
      logger,
      schema,
      production: config.production,
      context: async ({ requestId, clientRequestId, headers }) => {
        // First the gateway's secret: nobody reaches a subgraph around the gateway's checks and limits.
        const presented = headers[GATEWAY_SECRET_HEADER];
        if (!gatewaySecretMatches(typeof presented === 'string' ? presented : undefined, config.gatewaySecret)) {
          throw unauthenticated('This service answers the SHUBH gateway only: send your request to the gateway');
        }
        // Then the caller's own token, verified here too: the subgraph owns the data and its rules.
        const caller = await verifier.verifyAuthorization(headers.authorization);
        return createContext(dataSource, {
          requestId,
          ...(clientRequestId ? { clientRequestId } : {}),
          caller,
          audit: new RequestAudit(trail, caller, requestId, clientRequestId),
          logger: logger.child({ requestId, callerId: caller.userId }),
        });
      },
      plugins: [auditReadsBeforeAnswering(logger)],
      readiness: { database: () => isDatabaseReachable(dataSource) },
      metrics,
      ...(config.metrics ? { metricsServer: config.metrics } : {}),
    });
    return {
      name: definition.name,
      service,
      dataSource,
      jobs: scheduler,
      async stop() {
        await service.stop();
        await scheduler.stop();
        await auditSealer.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await jobs?.stop();
    await sealer?.stop();
    await dataSource.destroy();
    throw error;
  }
}

/**
 * Writes the request's audit of reads before the response leaves. If it cannot be written, the data is not
 * sent either: a read of personal data that leaves no trace is the one outcome the hub must not have.
 */
function auditReadsBeforeAnswering(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!(contextValue?.audit instanceof RequestAudit)) return;
          try {
            await contextValue.audit.flushReads();
          } catch (error) {
            // The audit trail is a dependency like the database: unavailable (down, or a lock wait past its
            // bound), the read is withheld and the client told so, retryable when the failure is an outage.
            const errorId = crypto.randomUUID();
            logger.error({ err: error, errorId }, 'audit trail unavailable: response withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: `The audit trail could not record this read, so its data is withheld (error id ${errorId}); retry shortly`,
                    extensions: {
                      code: 'SERVICE_UNAVAILABLE',
                      service: 'audit',
                      retryable: isDatabaseUnavailable(error) || isDatabaseBusy(error),
                      errorId,
                    },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}

/** The `main` of a subgraph started alone: configuration from the environment, stop on SIGINT/SIGTERM. */
export async function runSubgraphFromEnvironment(definition: SubgraphDefinition): Promise<RunningSubgraph> {
  const config = readSubgraphConfig(process.env, definition.defaultPort);
  if (config.migrations === 'only') {
    // A release's migrations, once, before its replicas start (the Kubernetes Job): then exit.
    const logger = createLogger(definition.name, config.logLevel);
    await migrateSubgraph(definition, config.databaseUrl, logger);
    logger.info('migrations done (MIGRATIONS=only): exiting');
    process.exit(0);
  }
  const subgraph = await startSubgraph(definition, config);
  stopOnSignals(createLogger(definition.name, config.logLevel), () => subgraph.stop());
  return subgraph;
}
