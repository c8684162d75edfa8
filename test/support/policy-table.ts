import type { Caller, ErrorCode } from '@shubh/platform';
import { GraphQLError } from 'graphql';

/** What a caller got from an action: done, refused by the policy, or told the record does not exist for them. */
export type Cell = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND';
export const A: Cell = 'allowed';
export const F: Cell = 'FORBIDDEN';
export const N: Cell = 'NOT_FOUND';

/** The cell an action's outcome falls in; any other error is a failure of the test, not a cell. */
export async function outcome(call: () => Promise<unknown>): Promise<Cell> {
  try {
    await call();
    return A;
  } catch (error) {
    const code = error instanceof GraphQLError ? (error.extensions.code as ErrorCode) : undefined;
    if (code === 'FORBIDDEN') return F;
    if (code === 'NOT_FOUND') return N;
    throw error;
  }
}

/**
 * A module's policies as a table: each action (a row) tried by each caller (a column, in the order of `callers`)
 * on a fresh world, through the services built for that caller without HTTP, against the expected cell.
 */
export function describePolicyTable<World, Context>(
  title: string,
  spec: {
    world: () => Promise<World>;
    callers: Record<string, (world: World) => Caller>;
    contextFor: (caller: Caller) => Context;
    actions: Record<string, (context: Context, world: World) => Promise<unknown>>;
    table: Record<string, readonly Cell[]>;
  },
): void {
  describe(title, () => {
    it.each(Object.keys(spec.table))('%s', async (action) => {
      const observed: Record<string, Cell> = {};
      for (const name of Object.keys(spec.callers)) {
        const world = await spec.world();
        observed[name] = await outcome(() => spec.actions[action]!(spec.contextFor(spec.callers[name]!(world)), world));
      }
      expect(observed).toEqual(Object.fromEntries(Object.keys(spec.callers).map((name, index) => [name, spec.table[action]![index]])));
    });
  });
}
