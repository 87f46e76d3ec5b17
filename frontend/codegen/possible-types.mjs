// A codegen plugin: which concrete types each union and interface of the schema may be, for
// Apollo's InMemoryCache (`possibleTypes`), so it matches `... on XError` fragments of mutation
// results exactly instead of guessing.

/** @param {import('graphql').GraphQLSchema} schema */
export function plugin(schema) {
  /** @type {Record<string, string[]>} */
  const possibleTypes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    // Unions and interfaces are the abstract types: the ones with a resolveType.
    if (type.name.startsWith('__') || !('resolveType' in type)) continue;
    possibleTypes[type.name] = schema
      .getPossibleTypes(/** @type {any} */ (type))
      .map((t) => t.name)
      .sort();
  }
  const sorted = Object.fromEntries(
    Object.entries(possibleTypes).sort(([a], [b]) => a.localeCompare(b)),
  );
  return [
    '/* eslint-disable */',
    '// Written by `npm run codegen` from schema.graphql: the members of each union and interface.',
    `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted, null, 2)};`,
    '',
  ].join('\n');
}
