import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/** A GraphQL call over real HTTP, as a front end makes it. */
export async function graphqlRequest<TData = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData> };
}
