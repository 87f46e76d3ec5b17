// The schema's naming rules, checked over every type so that a new list or field cannot drift
// back: connections are named after what they list, entity types are the one enum, and money is
// never a binary float.
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema.ts';

const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

function fieldsOf(type: GraphQLNamedType): (GraphQLField<unknown, unknown> | GraphQLInputField)[] {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return Object.values(type.getFields());
  }
  return [];
}

/** Every field, argument and input field, as `Type.field` or `Type.field(arg)`, with its type. */
const places = types.flatMap((type) =>
  fieldsOf(type).flatMap((field) => [
    { where: `${type.name}.${field.name}`, name: field.name, type: getNamedType(field.type) },
    ...('args' in field ? field.args : []).map((arg) => ({
      where: `${type.name}.${field.name}(${arg.name})`,
      name: arg.name,
      type: getNamedType(arg.type),
    })),
  ]),
);

describe('the schema', () => {
  it('names every connection after what it lists, and its edges the same way', () => {
    const connections = types.filter(isObjectType).filter((t) => 'edges' in t.getFields());
    expect(connections.length).toBeGreaterThan(5);
    for (const connection of connections) {
      const edge = getNamedType(connection.getFields().edges!.type);
      const node = isObjectType(edge) ? getNamedType(edge.getFields().node!.type) : undefined;
      expect({ connection: connection.name, edge: edge.name }).toEqual({
        connection: `${node?.name}Connection`,
        edge: `${node?.name}Edge`,
      });
    }
  });

  it('counts the items of every record list', () => {
    for (const name of ['Organization', 'Person', 'Deal', 'Lead', 'Activity']) {
      const connection = schema.getType(`${name}Connection`);
      expect(isObjectType(connection) && 'totalCount' in connection.getFields(), name).toBe(true);
    }
  });

  it('takes and gives entity types as the EntityType enum, never as free text', () => {
    const typed = places.filter((p) => p.name === 'entityType');
    expect(typed.length).toBeGreaterThan(5);
    expect(typed.filter((p) => p.type.name !== 'EntityType').map((p) => p.where)).toEqual([]);
  });

  it('never carries an amount of money as a Float', () => {
    const money = places.filter((p) => /amount|total/i.test(p.name) && p.type.name === 'Float');
    expect(money.map((p) => p.where)).toEqual([]);
  });
});
