import { useCallback, useState } from 'react';
import { failuresOf, type Failure } from '../graphql/errors';

/**
 * A form's errors from the graph: `run` clears them, performs the mutation, and keeps what the graph answered so
 * the form can show each message next to its field. Resolves true when the action went through.
 */
export function useFailures(): { failures: Failure[]; run(action: () => Promise<unknown>): Promise<boolean> } {
  const [failures, setFailures] = useState<Failure[]>([]);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setFailures([]);
    try {
      await action();
      return true;
    } catch (error) {
      setFailures(failuresOf(error));
      return false;
    }
  }, []);
  return { failures, run };
}
