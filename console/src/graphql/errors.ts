import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One error the graph answered, as a form shows it: next to `field` when it names one (`extensions.field`). */
export interface Failure {
  message: string;
  code?: string;
  field?: string;
  extensions: Record<string, unknown>;
}

export function failuresOf(error: unknown): Failure[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((item) => ({
      message: item.message,
      code: typeof item.extensions?.code === 'string' ? item.extensions.code : undefined,
      field: typeof item.extensions?.field === 'string' ? item.extensions.field : undefined,
      extensions: item.extensions ?? {},
    }));
  }
  return [{ message: error instanceof Error ? error.message : JSON.stringify(error), code: 'NETWORK', extensions: {} }];
}

/** The message for one field, matched on the argument path the server names (`input.goals.0.description`). */
export function fieldError(failures: Failure[], field: string): string | undefined {
  return failures.find((failure) => failure.field === field)?.message;
}

/** The failures no field on the form shows: they go into the summary at the top. */
export function unplacedFailures(failures: Failure[], shownFields: readonly string[]): Failure[] {
  return failures.filter((failure) => !failure.field || !shownFields.includes(failure.field));
}

export const isConflict = (failures: Failure[]) => failures.some((failure) => failure.code === 'CONFLICT');

/** The message for a field or any item of it (`input.desiredIscoCodes.1` shows at `input.desiredIscoCodes`). */
export function fieldErrorUnder(failures: Failure[], field: string): string | undefined {
  return failures.find((failure) => failure.field === field || failure.field?.startsWith(`${field}.`))?.message;
}

/** The failures no field on the form shows, when fields show their items' errors too. */
export function unplacedFailuresUnder(failures: Failure[], shownFields: readonly string[]): Failure[] {
  return failures.filter(
    (failure) => !failure.field || !shownFields.some((field) => failure.field === field || failure.field!.startsWith(`${field}.`)),
  );
}
