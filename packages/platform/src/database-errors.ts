/**
 * PostgreSQL's constraint violations, turned into the API's errors in one place. A unique index or a foreign key
 * is the guard that settles a race; the service names what the client did wrong.
 */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

interface DriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): DriverError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // TypeORM wraps the driver's error (QueryFailedError.driverError); pg's own error carries the code itself.
  const wrapped = (error as { driverError?: DriverError }).driverError;
  return wrapped ?? error;
}

/** A unique violation, of `constraint` when given (the index or constraint name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = driverError(error);
  return driver?.code === UNIQUE_VIOLATION && (constraint === undefined || driver.constraint === constraint);
}

/** A foreign-key violation, of `constraint` when given. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const driver = driverError(error);
  return driver?.code === FOREIGN_KEY_VIOLATION && (constraint === undefined || driver.constraint === constraint);
}

/**
 * Runs a write; a unique violation (of `constraint`, when given) becomes the error `onViolation` makes (a CONFLICT
 * naming the field), anything else is rethrown as it is.
 */
export async function unlessUnique<T>(write: Promise<T>, onViolation: () => Error, constraint?: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw onViolation();
    throw error;
  }
}

/** As `unlessUnique`, for a foreign key: a reference to a row that does not exist (a NOT_FOUND naming the field). */
export async function unlessReferenced<T>(write: Promise<T>, onViolation: () => Error, constraint?: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isForeignKeyViolation(error, constraint)) throw onViolation();
    throw error;
  }
}
