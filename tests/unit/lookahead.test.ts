import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { rolesPageClaims } from "../../src/services/roles.ts";

/** The resolve info of the query's root `roles` field, as far as the look-ahead reads it. */
function rolesInfo(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const roles = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "roles");
  if (!roles) throw new Error("no roles field");
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [roles], fragments } as unknown as GraphQLResolveInfo;
}

describe("what a roles page reads with the page", () => {
  it("only definition headings when its definitions select title, rank, track and source alone", () => {
    expect(rolesPageClaims(rolesInfo("{ roles { edges { node { definitions { title rank track source { id title } } } } } }"))).toEqual({
      definitions: "headings",
      promotions: false,
    });
  });

  it("whole definitions when any other field of a definition is selected, also through a fragment", () => {
    expect(rolesPageClaims(rolesInfo("{ roles { edges { node { definitions { title summary } promotesTo { support } } } } }"))).toEqual({
      definitions: true,
      promotions: true,
    });
    const viaFragment =
      "{ roles { edges { node { definitions { title ...More } } } } } fragment More on RoleDefinition { evidence { quote } }";
    expect(rolesPageClaims(rolesInfo(viaFragment)).definitions).toBe(true);
  });

  it("whole definitions when aliases (which read them whole) are selected beside headings", () => {
    expect(rolesPageClaims(rolesInfo("{ roles { edges { node { definitions { title } aliases { title } } } } }")).definitions).toBe(true);
  });

  it("no definitions when none are selected", () => {
    expect(rolesPageClaims(rolesInfo("{ roles { edges { node { slug } } } }"))).toEqual({ definitions: false, promotions: false });
  });
});
