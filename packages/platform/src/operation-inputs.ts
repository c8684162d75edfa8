import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.js';
import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  isNonNullType,
  OperationTypeNode,
  Kind,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** A client mistake found before execution: HTTP 400 (Apollo answers 500 for what a plugin throws without a status). */
function refusal(message: string, code: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field === undefined ? {} : { field }), http: { status: 400 } } });
}

/** graphql-js names an unknown or missing input field only in its message; the field path should end with it. */
const NAMED_FIELD = /^Field "([^"]+)" (?:is not defined by type|of required type)/;

/**
 * Coerces each variable as execution will, but keeps the path graphql-js hands its error callback, so the
 * client gets `extensions.field` (`filter.receptionExitFrom`, `input.goals.0.plannedEnd`) and not only a message.
 */
function checkVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue; // validation has said so already
    const value = variables[name];
    if (value === undefined) {
      if (isNonNullType(type) && !definition.defaultValue) {
        throw refusal(`Variable "$${name}" of required type "${String(type)}" was not provided`, ErrorCode.BadUserInput, name);
      }
      continue;
    }
    let failure: { field: string; message: string } | undefined;
    coerceInputValue(value, type, (path, _invalid, error) => {
      if (failure) return;
      const named = NAMED_FIELD.exec(error.message)?.[1];
      failure = { field: [name, ...path, ...(named ? [named] : [])].join('.'), message: error.message };
    });
    if (failure) {
      throw refusal(`Variable "$${name}" is invalid at "${failure.field}": ${failure.message}`, ErrorCode.BadUserInput, failure.field);
    }
  }
}

/**
 * PostgreSQL cannot store U+0000 in text; the hub refuses it in every string a client sends (variables and
 * literals alike), here, once for every subgraph. Other control characters are the text validator's business
 * in the services, which knows each field's rules.
 */
const NUL = '\u0000';

function nulIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulIn(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function nulInLiteral(node: ValueNode, path: string): string | undefined {
  if (node.kind === Kind.STRING) return node.value.includes(NUL) ? path : undefined;
  if (node.kind === Kind.LIST) {
    for (const [index, item] of node.values.entries()) {
      const found = nulInLiteral(item, `${path}.${index}`);
      if (found) return found;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) {
      const found = nulInLiteral(field.value, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  return undefined;
}

function checkNul(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const field = nulIn(variables[name], name);
    if (field) throw refusal(`${field} must not contain the NUL character (U+0000)`, ErrorCode.BadUserInput, field);
  }
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      found ??= nulInLiteral(node.value, node.name.value);
    },
  });
  if (found) throw refusal(`${found} must not contain the NUL character (U+0000)`, ErrorCode.BadUserInput, found);
}

/**
 * Client mistakes in the operation itself, answered 400 with a code before the gateway plans anything: without
 * this, an operation it cannot pick or a subscription (which the hub does not serve) reaches the query planner
 * and comes back as HTTP 500.
 */
export function operationInputsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) {
            const message = request.operationName
              ? `The document has no operation named "${request.operationName}"`
              : 'The document holds several operations: name the one to run in operationName';
            throw refusal(message, ErrorCode.OperationResolutionFailure);
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw refusal('The hub serves queries and mutations; subscriptions are not supported', ErrorCode.BadRequest);
          }
          const variables = request.variables ?? {};
          checkVariables(schema, operation, variables);
          checkNul(document, operation, variables);
        },
      };
    },
  };
}
