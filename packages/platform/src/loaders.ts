import DataLoader from 'dataloader';
import { In, type FindOptionsWhere, type Repository } from 'typeorm';
import { notFound } from './errors.js';
import { isId, parseId } from './validation.js';

/**
 * A per-request loader of single records by key: one query per batch, results in key order, null for a key
 * with no record. Create one per request so that no cached row outlives its request.
 */
export function createRecordLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (record: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((record) => [keyOf(record), record]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader of a list relation (all records whose `keyOf` is the key): one query per batch.
 */
export function createListLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (record: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const record of await fetch(keys)) byKey.get(keyOf(record))?.push(record);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * The per-request loader of an entity by id, with the two ways of asking for one: `get` for an argument
 * (`beneficiary(id:)`: a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND, both naming the field)
 * and `find` for a federation reference (null, so one bad reference does not fail a whole list).
 */
export class EntityLoader<T extends { id: string }> {
  readonly #loader: DataLoader<string, T | null>;

  /** `fetch` narrows what can be loaded (an authorization scope); by default, every row of the repository. */
  constructor(
    repository: Repository<T>,
    private readonly entityName: string,
    fetch: (ids: string[]) => Promise<T[]> = (ids) => repository.findBy({ id: In(ids) } as FindOptionsWhere<T>),
  ) {
    this.#loader = createRecordLoader<string, T>(
      (ids) => fetch([...ids]),
      (entity) => entity.id,
    );
  }

  async get(id: string, field = 'id'): Promise<T> {
    const entity = await this.#loader.load(parseId(id, field));
    if (!entity) throw notFound(this.entityName, id, field);
    return entity;
  }

  find(id: string): Promise<T | null> {
    return isId(id) ? this.#loader.load(id.toLowerCase()) : Promise.resolve(null);
  }

  /** The entity a row of this subgraph points at through a foreign key: a miss is a server fault, not the client's. */
  async referenced(id: string): Promise<T> {
    const entity = await this.#loader.load(id);
    if (!entity) throw new Error(`${this.entityName} ${id} is referenced but missing`);
    return entity;
  }

  /** Rows a list query already read: a later reference to them costs no statement. */
  prime(entities: readonly T[]): void {
    for (const entity of entities) this.#loader.prime(entity.id, entity);
  }
}
