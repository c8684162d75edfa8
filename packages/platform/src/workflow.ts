import { badUserInput } from './errors.js';

/** How a workflow words a refused move; each workflow keeps the sentences its users already read. */
export interface WorkflowWording<S extends string> {
  /** `from` allows no move at all. */
  final: (from: S, to: S) => string;
  /** `to` is not among `allowed`. */
  illegal: (from: S, to: S, allowed: readonly S[]) => string;
  /** Asked to move to the status it is in (defaults to `illegal`). */
  same?: (from: S, allowed: readonly S[]) => string;
}

/**
 * A state machine: the moves each status allows, and why any other move is refused, naming what is allowed. The
 * one mechanism behind every workflow of the hub (cases, referrals, plan actions, recognitions, candidacies,
 * placements...); who may make a move is the module policy's business, not the workflow's.
 */
export class Workflow<S extends string> {
  constructor(
    readonly name: string,
    private readonly moves: Readonly<Record<S, readonly S[]>>,
    private readonly wording: WorkflowWording<S> = defaultWording(name),
  ) {}

  /** Every status, in declaration order. */
  get statuses(): S[] {
    return Object.keys(this.moves) as S[];
  }

  allowedFrom(from: S): readonly S[] {
    return this.moves[from];
  }

  may(from: S, to: S): boolean {
    return this.moves[from].includes(to);
  }

  isFinal(status: S): boolean {
    return this.moves[status].length === 0;
  }

  /** Why `from -> to` is refused, naming what `from` allows; null when it is allowed. */
  refusal(from: S, to: S): string | null {
    const allowed = this.moves[from];
    if (allowed.includes(to)) return null;
    if (allowed.length === 0) return this.wording.final(from, to);
    if (from === to && this.wording.same) return this.wording.same(from, allowed);
    return this.wording.illegal(from, to, allowed);
  }

  /** BAD_USER_INPUT on `field`, with the refusal, unless the move is allowed. */
  assert(from: S, to: S, field: string): void {
    const refusal = this.refusal(from, to);
    if (refusal) throw badUserInput(refusal, field);
  }
}

function defaultWording<S extends string>(name: string): WorkflowWording<S> {
  return {
    final: (from, to) => `A ${from} ${name} cannot change status any more (${from} -> ${to} refused)`,
    illegal: (from, to, allowed) => `A ${name} cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.join(', ')}`,
    same: (from, allowed) => `The ${name} is already ${from}; from ${from} it may go to ${allowed.join(', ')}`,
  };
}

export function defineWorkflow<S extends string>(
  name: string,
  moves: Readonly<Record<S, readonly S[]>>,
  wording?: WorkflowWording<S>,
): Workflow<S> {
  return new Workflow(name, moves, wording);
}
