import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ErrorCode, MAX_PAGE_SIZE, operationTooComplex, tokenLimitRefusal } from '@shubh/platform';
import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one operation may ask of the hub. Everything but the cost is counted on the document alone, before
 * any subgraph is called; the cost also needs the variables (`first: $first`).
 */
export interface OperationLimits {
  /** Lexical tokens in the document: bounds the parser's and the validator's work (a 1 MiB directive flood). */
  maxTokens: number;
  /** Nesting of fields, fragments flattened (`organisation { jobVacancies { employer { ... } } }`). */
  maxDepth: number;
  /** Aliased fields, `__typename` included. */
  maxAliases: number;
  /** Directives in the operation, fragments included. */
  maxDirectives: number;
  /** How often one field may be selected in one selection set (`{ __typename __typename ... }`). */
  maxRepeatedFields: number;
  /** Estimated fields resolved: each field 1, a paged list's children times `first`, an unpaged list's times below. */
  maxCost: number;
  /** What an unpaged list (`Organisation.jobVacancies`) is assumed to hold when estimating the cost. */
  unpagedListSize: number;
}

/**
 * Defaults that let every query of the README, the demo, the benchmark and the tests through with room to spare
 * (the largest measured over the end-to-end suite: 62 tokens, depth 6, no alias or directive, no repeated field,
 * cost 1,701 for the 100-person caseload page), while the attacks of issue 9 are refused: an 11-level
 * vacancy/employer nest, 1000 aliases of a caseload page, 1 MiB of directives, 500 `__typename`. Directives stay
 * below graphql-cop's 10, so that its overloading probe gets one refusal and not ten answers.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 2000,
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 5,
  maxRepeatedFields: 5,
  maxCost: 10_000,
  unpagedListSize: 20,
};

export function operationParseOptions(limits: OperationLimits): ParseOptions {
  // graphql-js stops lexing at the limit, so a huge document costs the parser no more than a large one.
  return { maxTokens: limits.maxTokens };
}

/** graphql-armor reports `... limit of 10 exceeded, found 11.`: its rules count, our error says it in extensions. */
function reportAs(limit: string, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const measured = Number(/found (\d+)/.exec(error.message)?.[1] ?? maximum + 1);
    context?.reportError(operationTooComplex(limit, maximum, measured));
  };
}

/** How often each response name is selected in one selection set, inline fragments and spreads merged in. */
function countResponseNames(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  counts: Map<string, number>,
  spreading: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countResponseNames(selection.selectionSet, context, counts, spreading);
    } else if (!spreading.has(selection.name.value)) {
      const fragment = context.getFragment(selection.name.value);
      if (!fragment) continue;
      spreading.add(selection.name.value);
      countResponseNames(fragment.selectionSet, context, counts, spreading);
      spreading.delete(selection.name.value);
    }
  }
}

/** Field duplication (graphql-cop's 500 `__typename`): graphql-armor has no rule for it. */
function maxRepeatedFieldsRule(maximum: number): ValidationRule {
  return (context) => {
    let reported = false;
    return {
      SelectionSet(node) {
        if (reported) return;
        const counts = new Map<string, number>();
        countResponseNames(node, context, counts, new Set());
        const measured = Math.max(0, ...counts.values());
        if (measured > maximum) {
          reported = true;
          context.reportError(operationTooComplex('repeatedFields', maximum, measured));
        }
      },
    };
  };
}

export function operationValidationRules(limits: OperationLimits): ValidationRule[] {
  const rejecting = (limit: string, maximum: number) => ({ n: maximum, propagateOnRejection: false, onReject: [reportAs(limit, maximum)] });
  const { validationRules } = new ApolloArmor({
    // Suggestions are removed by the error formatter in production, tokens by graphql's parser, cost below.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // armor lets any number of `__typename` aliases through by default (allowList): not here.
    maxAliases: { ...rejecting('aliases', limits.maxAliases), allowList: [] },
    maxDepth: { ...rejecting('depth', limits.maxDepth), flattenFragments: true },
    maxDirectives: rejecting('directives', limits.maxDirectives),
  }).protect();
  return [...(validationRules ?? []), maxRepeatedFieldsRule(limits.maxRepeatedFields)];
}

/**
 * The counting limits (tokens, depth, aliases, directives, repeated fields) on the bare query text, in a pass of
 * their own before graphql-js's validation: its overlap check is quadratic in repeated fields (280 selections of
 * one list field, within the token limit, hold the event loop some 350 ms), so the refusal must come first.
 * Undefined when the query is within the limits, or does not parse (Apollo Server then says why).
 */
export function screenOperation(limits: OperationLimits, schema: () => GraphQLSchema | undefined) {
  const rules = operationValidationRules(limits);
  return (query: string): GraphQLFormattedError | undefined => {
    const current = schema();
    if (!current) return undefined;
    let document: DocumentNode;
    try {
      document = parse(query, operationParseOptions(limits));
    } catch (error) {
      return error instanceof GraphQLError ? tokenLimitRefusal(error.message) : undefined;
    }
    const refusal = validate(current, document, rules).find((error) => error.extensions.code === ErrorCode.OperationTooComplex);
    if (!refusal) return undefined;
    const { http: _http, ...extensions } = refusal.extensions;
    return { message: refusal.message, extensions };
  };
}

/**
 * Each field costs 1; the fields below a list cost once per item: `first` items for a paged list (capped at the
 * page size a subgraph accepts, so `first: 1000` is answered by the subgraph's BAD_USER_INPUT, not here), the
 * assumed size for an unpaged one. A connection's `edges` is the page itself, counted once through `first`.
 */
function listAwareEstimator(unpagedListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection (GraphiQL's, a client generator's) is bounded by the schema's own size, not by data: its
    // lists are not multiplied (and with NODE_ENV=production it is off altogether).
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
    let items = 1;
    if (field.args.some((argument) => argument.name === 'first')) {
      items = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) : unpagedListSize;
    } else if (isListType(getNullableType(field.type)) && !(field.name === 'edges' && type.name.endsWith('Connection'))) {
      items = unpagedListSize;
    }
    return 1 + items * childComplexity;
  };
}

/**
 * The gateway's operation limits: the counting rules run with graphql's own validation, and when one refuses,
 * its error is the only one answered (a thousand "unknown directive" errors would be a flood of their own);
 * the cost is estimated once the operation and its variables are known, still before any subgraph is called.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const estimator = listAwareEstimator(limits.unpagedListSize);
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          // Apollo answers the very array it hands over (as its own DisableSuggestions plugin relies on).
          return async (reported) => {
            const errors = (reported ?? []) as GraphQLError[];
            const refusal = errors.find((error) => error.extensions?.code === ErrorCode.OperationTooComplex);
            if (refusal) errors.splice(0, errors.length, refusal);
          };
        },
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operationName ? { operationName } : {}),
              estimators: [estimator],
            });
          } catch (error) {
            // Fragments spread into each other until the estimate gives up counting nodes: too complex as well.
            throw operationTooComplex(
              'cost',
              limits.maxCost,
              limits.maxCost + 1,
              `The operation exceeds the cost limit: ${(error as Error).message}`,
            );
          }
          if (cost > limits.maxCost) throw operationTooComplex('cost', limits.maxCost, cost);
        },
      };
    },
  };
}
