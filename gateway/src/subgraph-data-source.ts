import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ErrorCode, GATEWAY_SECRET_HEADER, type Logger } from '@shubh/platform';
import { GraphQLError, Kind, parse, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './gateway.js';
import type { Fetcher } from './subgraph-fetcher.js';

/**
 * Why a subgraph gave no answer, in words for the client; undefined when it did answer (even with an error).
 * fetch's errors come from Node's own realm (a DOMException, undici's TypeError): recognised by name, not class.
 */
function unavailability(error: unknown, timeoutMs: number): string | undefined {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError') return `it did not answer within ${timeoutMs} ms`;
  if (name === 'TypeError' && message === 'fetch failed') return 'it could not be reached';
  const status = error instanceof GraphQLError ? (error.extensions.response as { status?: number } | undefined)?.status : undefined;
  if (status === 502 || status === 503 || status === 504) return `it answered HTTP ${status}`;
  return undefined;
}

/** A subgraph's own GraphQL errors inside a non-2xx answer (a 401 from its context, a 400 from its parser). */
function graphqlErrorsIn(error: unknown): GraphQLFormattedError[] | undefined {
  const body = error instanceof GraphQLError ? (error.extensions.response as { body?: unknown } | undefined)?.body : undefined;
  const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) && errors.length > 0 ? (errors as GraphQLFormattedError[]) : undefined;
}

/**
 * Calls one subgraph with the caller's token, this subgraph's own secret (so the subgraph knows the call came
 * through the gateway) and the request id (so one request can be followed through every log), through the given
 * fetcher (subgraph-fetcher.ts: keep-alive connections, the timeout). A call that takes longer than the timeout
 * is abandoned; a subgraph that is down, stalled or unreachable gives
 * SERVICE_UNAVAILABLE errors carrying the path of what is missing, and the rest of the answer is served.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http!.headers;
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
    // Health checks carry no caller; every operation a caller sent (the only kind with an incoming request)
    // forwards their token and request id.
    if ('incomingRequestContext' in options) {
      headers.set('authorization', options.context.authorization);
      // The id the caller knows its request by (its own, or the one this gateway answered with): each subgraph
      // keeps it as the audit entries' client request id, beside the id the subgraph makes itself.
      headers.set('x-request-id', options.context.clientRequestId ?? options.context.requestId);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const ownErrors = graphqlErrorsIn(error);
      if (ownErrors) return { errors: ownErrors };
      const reason = unavailability(error, this.timeoutMs);
      if (!reason) throw error;
      this.logger.warn({ err: error, subgraph: this.name }, 'subgraph unavailable');
      return { errors: this.unavailableErrors(options, `The ${this.name} service is unavailable: ${reason}; retry shortly`) };
    }
  }

  /**
   * One error per missing piece, with the path the gateway resolves it to: each entity whose fields this
   * subgraph adds (`beneficiaries.edges.3.node`), or each root field it serves (`jobVacancies`).
   */
  private unavailableErrors(options: GraphQLDataSourceProcessOptions<GatewayContext>, message: string): GraphQLFormattedError[] {
    const extensions = { code: ErrorCode.ServiceUnavailable, service: this.name, retryable: true };
    if (!('incomingRequestContext' in options)) return [{ message, extensions }];
    const representations: unknown = options.request.variables?.representations;
    if (Array.isArray(representations)) {
      return representations.map((_, index) => ({ message, path: ['_entities', index], extensions }));
    }
    // The query plan keeps the fetch's document only when asked to; its text is always there.
    const document = options.document ?? (options.request.query ? parse(options.request.query) : undefined);
    const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const rootFields = operation && 'selectionSet' in operation ? operation.selectionSet.selections : [];
    const paths = rootFields.flatMap((selection) => (selection.kind === Kind.FIELD ? [[(selection.alias ?? selection.name).value]] : []));
    return paths.length > 0 ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }];
  }
}
