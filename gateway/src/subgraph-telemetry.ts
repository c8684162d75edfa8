import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ErrorCode, injectTraceContext, type ServiceMetrics } from '@shubh/platform';
import type { GatewayContext } from './gateway.js';

/**
 * Measures and traces the gateway's calls to one subgraph, around whatever data source makes them: the latency
 * per subgraph and outcome (`shubh_gateway_subgraph_fetch_duration_seconds`), and the request's trace context
 * (`traceparent`, from Apollo's `gateway.fetch` span) in the headers, so the subgraph's spans join the trace.
 */
export function withSubgraphTelemetry<TSource extends RemoteGraphQLDataSource<GatewayContext>>(
  source: TSource,
  name: string,
  metrics: ServiceMetrics,
): TSource {
  // The data source makes the request's headers just before `willSendRequest`: the trace context goes in there.
  const willSendRequest = source.willSendRequest?.bind(source);
  source.willSendRequest = async (options) => {
    await willSendRequest?.(options);
    const headers = options.request.http?.headers;
    if (headers) injectTraceContext(headers);
  };
  const send = source.process.bind(source);
  source.process = async (options: GraphQLDataSourceProcessOptions<GatewayContext>) => {
    const end = metrics.subgraphFetchDuration.startTimer({ subgraph: name });
    try {
      const response = await send(options);
      const codes = (response.errors ?? []).map((error) => error.extensions?.code);
      end({ outcome: codes.includes(ErrorCode.ServiceUnavailable) ? 'unavailable' : codes.length > 0 ? 'error' : 'ok' });
      return response;
    } catch (error) {
      end({ outcome: 'error' });
      throw error;
    }
  };
  return source;
}
