import type { DataSource } from 'typeorm';
import type { RequestContext, ServiceClass, ServiceScope, SubgraphDefinition } from './module.js';

const DATA_SOURCE = Symbol('dataSource');
const INSTANCES = Symbol('services');
const CREATING = Symbol('creating');

interface ContextInternals {
  [DATA_SOURCE]: DataSource;
  [INSTANCES]: Map<string, unknown>;
  [CREATING]: string[];
}

/**
 * Builds the per-request context of a subgraph: the request's facts plus one lazy property per module service.
 * The properties live on a prototype made once per subgraph, so a request costs one small object; a service
 * (and its DataLoaders) is constructed the first time a resolver or another service reads its property.
 */
export function createContextFactory<TContext extends RequestContext>(
  definition: SubgraphDefinition,
): (dataSource: DataSource, base: RequestContext) => TContext {
  const prototype: object = {};
  for (const module of definition.modules) {
    for (const [name, Service] of Object.entries(module.services ?? {})) {
      Object.defineProperty(prototype, name, {
        enumerable: false,
        get(this: RequestContext & ContextInternals) {
          const existing = this[INSTANCES].get(name);
          if (existing !== undefined) return existing;
          return construct(this, name, Service, definition);
        },
      });
    }
  }
  return (dataSource, base) => {
    const context = Object.create(prototype) as RequestContext & ContextInternals;
    Object.assign(context, base);
    // Symbol keys, not strings: resolvers reach services, never the connection pool. Enumerable, so that the shallow
    // copy Apollo Server makes of a context (prototype and own enumerable keys) keeps them.
    Object.assign(context, { [DATA_SOURCE]: dataSource, [INSTANCES]: new Map(), [CREATING]: [] });
    return context as unknown as TContext;
  };
}

function construct(context: RequestContext & ContextInternals, name: string, Service: ServiceClass, subgraph: SubgraphDefinition): unknown {
  const creating = context[CREATING];
  if (creating.includes(name)) {
    throw new Error(`Services depend on each other in a circle: ${[...creating, name].join(' -> ')}`);
  }
  creating.push(name);
  try {
    const scope: ServiceScope = {
      dataSource: context[DATA_SOURCE],
      caller: context.caller,
      audit: context.audit,
      logger: context.logger,
      requestId: context.requestId,
      context,
      subgraph,
    };
    const instance = new Service(scope);
    context[INSTANCES].set(name, instance);
    return instance;
  } finally {
    creating.pop();
  }
}

/** How many of a context's services were created so far (tests prove laziness with it). */
export function servicesCreated(context: RequestContext): string[] {
  return [...((context as unknown as ContextInternals)[INSTANCES]?.keys() ?? [])];
}
