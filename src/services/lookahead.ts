import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** The fields of a selection set, through inline fragments and fragment spreads. */
function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [];
  });
}

/**
 * The names of the fields the query selects at `path` (field names, outermost first) under the
 * field being resolved (`[]`: its own subfields); null when it does not select `path` at all.
 * `@skip`/`@include` are not evaluated: a field they drop is counted as selected (reading it costs
 * a little; missing it would cost a round trip).
 */
export function selectedUnder(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  let level = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const matching = level.flatMap((set) => fieldsOf(set, info)).filter((field) => field.name.value === name);
    if (matching.length === 0) return null;
    level = matching.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(level.flatMap((set) => fieldsOf(set, info)).map((field) => field.name.value));
}

/**
 * Whether the query selects the field at `path` under the field being resolved — so a root
 * resolver can read what its subtree will ask for in one statement.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return selectedUnder(info, path) !== null;
}

/** Whether every field selected at `path` is one of `fields` (false when `path` is not selected). */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], fields: ReadonlySet<string>): boolean {
  const selected = selectedUnder(info, path);
  return selected !== null && [...selected].every((name) => fields.has(name));
}
