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
 * Whether the query selects the field at `path` (field names, outermost first) under the field
 * being resolved — so a root resolver can read what its subtree will ask for in one statement.
 * `@skip`/`@include` are not evaluated: a field they drop is counted as selected (reading it costs
 * a little; missing it would cost a round trip).
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const [i, name] of path.entries()) {
    const matching = level.flatMap((set) => fieldsOf(set, info)).filter((field) => field.name.value === name);
    if (matching.length === 0) return false;
    if (i === path.length - 1) return true;
    level = matching.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return false;
}
