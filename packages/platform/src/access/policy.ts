import type { Caller } from '../auth/caller.js';
import { forbidden } from '../errors.js';

/**
 * One action a module lets someone perform: who may (`allow`, from the caller and the facts of the record at
 * hand), and what a refused caller is told (what is missing, never what exists).
 */
export interface Action<F = unknown> {
  allow: (caller: Caller, facts: F) => boolean;
  refusal: string | ((facts: F) => string);
  /** Extensions a client can act on besides the code (`{ reason: 'CONSENT_REQUIRED' }`). */
  details?: Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action names its own facts type
export type ActionMap = Record<string, Action<any>>;

type FactsOf<A> = A extends Action<infer F> ? F : never;
/** An action over no record (its rule takes the caller only) takes no facts argument. */
type FactsArgument<A> = unknown extends FactsOf<A> ? [] : [facts: FactsOf<A>];

/**
 * A module's policy: all of its actions in one list, each decided in one place. Services ask it
 * (`policy.assert(caller, 'edit', plan)`) and never re-type a predicate; `viewerCan` fields answer from it, so a
 * front end offers exactly the actions the server would accept.
 */
export class Policy<A extends ActionMap = ActionMap> {
  constructor(
    readonly module: string,
    readonly actions: A,
  ) {}

  may<K extends keyof A & string>(caller: Caller, action: K, ...facts: FactsArgument<A[K]>): boolean {
    return this.actions[action]!.allow(caller, facts[0]);
  }

  /** FORBIDDEN with the action's refusal (and its `details` as extensions) unless allowed. */
  assert<K extends keyof A & string>(caller: Caller, action: K, ...facts: FactsArgument<A[K]>): void {
    const rule = this.actions[action]!;
    if (rule.allow(caller, facts[0])) return;
    const message = typeof rule.refusal === 'function' ? rule.refusal(facts[0]) : rule.refusal;
    throw forbidden(message, rule.details);
  }

  /** The `viewerCan` answer for one record: each named action, decided as `assert` would. */
  viewerCan<K extends keyof A & string>(caller: Caller, actions: readonly K[], facts: FactsOf<A[K]>): Record<K, boolean> {
    return Object.fromEntries(actions.map((action) => [action, this.actions[action]!.allow(caller, facts as never)])) as Record<K, boolean>;
  }
}

export function definePolicy<const A extends ActionMap>(module: string, actions: A): Policy<A> {
  return new Policy(module, actions);
}
