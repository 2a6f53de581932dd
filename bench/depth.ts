import { type FieldNode, Kind, parse, type SelectionSetNode } from "graphql";

/** Relay wrappers: they add GraphQL levels but no data level. */
const WRAPPERS = new Set(["edges", "node"]);

function depthOf(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = selection as FieldNode;
    if (!field.selectionSet) continue;
    const below = depthOf(field.selectionSet);
    deepest = Math.max(deepest, WRAPPERS.has(field.name.value) ? below : below + 1);
  }
  return deepest;
}

/**
 * Nesting levels of an operation: the longest chain of fields that select fields of their own,
 * Relay's edges/node not counted. `roles { edges { node { definitions { source { id } } } } }` is 3.
 */
export function nestingLevels(query: string): number {
  const document = parse(query);
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(definition.selectionSet));
  }
  return deepest;
}
