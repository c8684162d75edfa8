import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import type { RequestAudit } from '../audit/request-audit.js';
import type { Caller } from '../auth/caller.js';
import type { Policy } from '../access/policy.js';
import type { Logger } from '../logger.js';
import type { ModuleJob } from '../jobs/job-scheduler.js';

/** What every resolver of every subgraph receives, before the modules' services are added to it. */
export interface RequestContext {
  /** An id the hub made for this request: logs and the audit trail carry it. */
  requestId: string;
  /** The `x-request-id` this service was called with (through the gateway: the caller's, or the gateway's own id). */
  clientRequestId?: string;
  /** The verified caller: every authorization rule asks this. */
  caller: Caller;
  /** Reads of personal data and changes, for the hub's audit trail. */
  audit: RequestAudit;
  logger: Logger;
}

/**
 * What a module's service is built from, for one request. `context` reaches the other modules' services, each
 * created on first use: a service asks for what it needs, and a request pays only for the services it uses.
 */
export interface ServiceScope<TContext extends RequestContext = RequestContext> {
  dataSource: DataSource;
  caller: Caller;
  audit: RequestAudit;
  logger: Logger;
  requestId: string;
  context: TContext;
  /** The subgraph the service runs in: its name (its PostgreSQL schema) and its modules' declarations. */
  subgraph: SubgraphDefinition;
}

/** A service class: constructed once per request, from the request's scope, the first time it is asked for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the scope's context type is the subgraph's own
export type ServiceClass<T = unknown> = new (scope: ServiceScope<any>) => T;

export type ServiceMap = Record<string, ServiceClass>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes as Function
type EntityClass = Function | EntitySchema;
type MigrationClass = new () => MigrationInterface;

/** A domain module, as it declares itself in `<module>/<module>.module.ts`. */
export interface ModuleDefinition<S extends ServiceMap = ServiceMap> {
  /** kebab-case, unique in its subgraph: `action-plan`. */
  name: string;
  /** The module's SDL, `new URL('./schema.graphql', import.meta.url)`: the contract it adds to the subgraph. */
  schema?: URL;
  /** Resolver map (thin: each field one service call). */
  resolvers?: object;
  entities?: readonly EntityClass[];
  /** The module's share of its subgraph's migration history (one history per subgraph, in timestamp order). */
  migrations?: readonly MigrationClass[];
  /** Services by the context property resolvers reach them with; each is created lazily, once per request. */
  services?: S;
  /** The named actions of the module and who may perform them. */
  policy?: Policy;
  /** Work on a schedule (expiry, reminders), run by the subgraph's job scheduler, never in a request's path. */
  jobs?: readonly ModuleJob[];
  /**
   * The module's tables that hold records about a beneficiary: what the person's access export shows, and what
   * retention overwrites once the person's data is anonymised (`packages/platform/src/personal-data/`).
   */
  personalData?: readonly PersonalDataTable[];
}

/** A table of a module that holds records about beneficiaries (GDPR: the person's data). */
export interface PersonalDataTable {
  /** Schema-qualified: `catalogue.referral`. */
  table: string;
  /** What its records are, in a sentence the person reads in their export. */
  description: string;
  /**
   * SQL true for the rows of the people whose ids are `$1` (a `uuid[]`), the table aliased `t`; default
   * `t.beneficiary_id = ANY($1)`. A table without the person's id reaches them through its parent:
   * `t.referral_id IN (SELECT id FROM catalogue.referral WHERE beneficiary_id = ANY($1))`.
   */
  rowsOf?: string;
  /** Orders the person's rows in the export (SQL on `t`); default none. */
  orderBy?: string;
  /**
   * Retention: what each column that identifies the person or holds free text becomes when their data is
   * anonymised (SQL, may use the row's columns: `NULL`, `'[anonymised]'`). Columns not named stay: the codes, days
   * and amounts the results count. No entry: the table holds nothing to overwrite.
   */
  anonymise?: Readonly<Record<string, string>>;
}

export type SubgraphModule<S extends ServiceMap = ServiceMap> = Readonly<ModuleDefinition<S>>;

const MODULE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Declares a module; the subgraph lists it (one line), everything else lives in the module's folder. */
export function defineModule<const S extends ServiceMap = Record<never, never>>(definition: ModuleDefinition<S>): SubgraphModule<S> {
  if (!MODULE_NAME.test(definition.name)) throw new Error(`Module names are kebab-case, got "${definition.name}"`);
  return Object.freeze({ ...definition });
}

/**
 * The context a module's resolvers and services see: the request, plus the services of the maps given (the
 * module's own, and those of the modules it uses, named: `ContextWith<typeof planServices & typeof beneficiaryServices>`).
 */
export type ContextWith<S extends ServiceMap> = RequestContext & { readonly [N in keyof S]: InstanceType<S[N]> };

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** The services the modules add to the request context, typed by the property each is reached with. */
export type ServicesOf<M extends readonly SubgraphModule[]> = UnionToIntersection<
  {
    [K in keyof M]: M[K] extends SubgraphModule<infer S> ? { readonly [N in keyof S]: InstanceType<S[N]> } : never;
  }[number]
>;

/** The context a subgraph's resolvers receive: the request's own facts plus every module's services. */
export type SubgraphContext<M extends readonly SubgraphModule[]> = RequestContext & ServicesOf<M>;

/** One subgraph: its name (also its PostgreSQL schema), its port, its federation link and its modules. */
export interface SubgraphDefinition<M extends readonly SubgraphModule[] = readonly SubgraphModule[]> {
  name: string;
  defaultPort: number;
  /** The subgraph-wide SDL: the federation `@link` and anything no single module owns. */
  schema: URL;
  modules: M;
}

/** Checks that the modules fit together (unique names, one owner per service name) and describes the subgraph. */
export function defineSubgraph<const M extends readonly SubgraphModule[]>(definition: SubgraphDefinition<M>): SubgraphDefinition<M> {
  const modules = new Set<string>();
  const services = new Map<string, string>();
  for (const module of definition.modules) {
    if (modules.has(module.name)) throw new Error(`${definition.name}: two modules are named "${module.name}"`);
    modules.add(module.name);
    for (const name of Object.keys(module.services ?? {})) {
      const owner = services.get(name);
      if (owner) throw new Error(`${definition.name}: modules "${owner}" and "${module.name}" both provide the service "${name}"`);
      services.set(name, module.name);
    }
  }
  return Object.freeze({ ...definition });
}

/** Every entity of the subgraph's modules. */
export function entitiesOf(definition: SubgraphDefinition): EntityClass[] {
  return definition.modules.flatMap((module) => module.entities ?? []);
}

/** Every table of the subgraph's modules that holds records about beneficiaries, in module order. */
export function personalDataOf(definition: SubgraphDefinition): PersonalDataTable[] {
  return definition.modules.flatMap((module) => module.personalData ?? []);
}

/** The subgraph's migration history: every module's migrations (TypeORM runs them in timestamp order). */
export function migrationsOf(definition: SubgraphDefinition): MigrationClass[] {
  return definition.modules.flatMap((module) => module.migrations ?? []);
}
