import { readFileSync } from 'node:fs';
import { breakingChanges } from './schema-breaking.js';

const released = `
  type Query { organisation(id: ID!): Organisation }
  type Organisation {
    id: ID!
    name: String!
    networkAgreement: String @deprecated(reason: "Use agreements")
    agreements: [String!]!
  }
`;
const without = (field: string) => released.replace(new RegExp(`\\n\\s*${field}:[^\\n]*`), '');
const paths = (report: { unannounced: { path?: string }[]; announced: { path?: string }[] }) => ({
  unannounced: report.unannounced.map((change) => change.path),
  announced: report.announced.map((change) => change.path),
});

describe('the breaking-change check of the supergraph', () => {
  it('catches a field removed without a deprecation first', async () => {
    expect(paths(await breakingChanges(released, without('name'), '- Removed `Organisation.name`'))).toEqual({
      unannounced: ['Organisation.name'],
      announced: [],
    });
  });

  it('lets a deprecated field go only once CHANGELOG.md names it', async () => {
    expect(paths(await breakingChanges(released, without('networkAgreement'), ''))).toEqual({
      unannounced: ['Organisation.networkAgreement'],
      announced: [],
    });
    expect(paths(await breakingChanges(released, without('networkAgreement'), '- Removed `Organisation.networkAgreement`'))).toEqual({
      unannounced: [],
      announced: ['Organisation.networkAgreement'],
    });
  });

  it('lets additions through, and catches a type change and a new required argument', async () => {
    expect(
      paths(await breakingChanges(released, released.replace('agreements: [String!]!', 'agreements: [String!]!\n active: Boolean!'), '')),
    ).toEqual({
      unannounced: [],
      announced: [],
    });
    const changed = released
      .replace('name: String!', 'name: Int!')
      .replace('organisation(id: ID!)', 'organisation(id: ID!, province: String!)');
    expect(paths(await breakingChanges(released, changed, '')).unannounced.sort()).toEqual([
      'Organisation.name',
      'Query.organisation.province',
    ]);
  });

  it('passes the committed supergraph against the released one, and fails it with a field removed', async () => {
    const releasedSupergraph = readFileSync(new URL('./released/supergraph.graphql', import.meta.url), 'utf8');
    const current = readFileSync(new URL('./supergraph.graphql', import.meta.url), 'utf8');
    expect((await breakingChanges(releasedSupergraph, current, '')).unannounced).toEqual([]);
    // The field and its description, as a developer deleting it from the SDL would.
    const broken = current.replace(/\n\s*"{3}(?:(?!"{3})[\s\S])*"{3}\n\s*hostOrganisation: Organisation![^\n]*/, '');
    expect(broken).not.toEqual(current);
    expect(paths(await breakingChanges(releasedSupergraph, broken, '')).unannounced).toEqual(['IntegraCorner.hostOrganisation']);
  });
});
