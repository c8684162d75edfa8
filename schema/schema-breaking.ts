/**
 * The contract partner systems rely on: the supergraph against the last released one (`schema/released/
 * supergraph.graphql`), compared with GraphQL Inspector. A breaking change (a field, type, argument or enum value
 * removed or changed incompatibly) passes only when what it breaks was already `@deprecated` in the released schema
 * and CHANGELOG.md names it (its path, `Organisation.networkAgreement`); anything else fails `npm run schema:breaking`.
 * Releasing: copy `schema/supergraph.graphql` over the released one.
 */
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Federation's own machinery in a supergraph (join__, link__): not part of the contract clients see. */
const FEDERATION_INTERNAL = /^(join__|link__|link$|core__|inaccessible)/;

/** Whether the schema element at `path` (`Type.field`, `Type.field.argument`, `Enum.VALUE`) carries `@deprecated`. */
function isDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member, argument] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason != null;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (argument && 'args' in field) return field.args.find((arg) => arg.name === argument)?.deprecationReason != null;
    return field.deprecationReason != null;
  }
  return false;
}

export interface BreakingReport {
  /** Breaking changes that were deprecated first and are in the changelog. */
  announced: Change[];
  /** Breaking changes that are not: each one fails the check. */
  unannounced: Change[];
}

/** The breaking changes from `releasedSdl` to `currentSdl`, split by whether they were announced. */
export async function breakingChanges(releasedSdl: string, currentSdl: string, changelog: string): Promise<BreakingReport> {
  const released = buildSchema(releasedSdl, { assumeValidSDL: true });
  const current = buildSchema(currentSdl, { assumeValidSDL: true });
  const changes = (await diff(released, current)).filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking && !FEDERATION_INTERNAL.test(change.path ?? ''),
  );
  const announced = changes.filter((change) => change.path && isDeprecated(released, change.path) && changelog.includes(change.path));
  return { announced, unannounced: changes.filter((change) => !announced.includes(change)) };
}

async function main(): Promise<void> {
  const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  const changelog = existsSync(root('CHANGELOG.md')) ? readFileSync(root('CHANGELOG.md'), 'utf8') : '';
  const { announced, unannounced } = await breakingChanges(
    readFileSync(root('schema/released/supergraph.graphql'), 'utf8'),
    readFileSync(root('schema/supergraph.graphql'), 'utf8'),
    changelog,
  );
  for (const change of announced) console.log(`announced breaking change (deprecated, in CHANGELOG.md): ${change.message}`);
  if (unannounced.length > 0) {
    for (const change of unannounced) console.error(`breaking change: ${change.message} (${change.path ?? 'schema'})`);
    console.error(
      `\n${unannounced.length} breaking change(s) against schema/released/supergraph.graphql: deprecate first (@deprecated in a ` +
        'release), name the path in CHANGELOG.md, and only then remove or change it.',
    );
    process.exitCode = 1;
    return;
  }
  console.log('no unannounced breaking change against schema/released/supergraph.graphql');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
