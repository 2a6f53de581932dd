import { resolveTitle } from "../services/titles.ts";
import { builder } from "./builder.ts";
import { MatchedByEnum, TitleRelationEnum } from "./enums.ts";
import { EvidenceRef, RoleRef, SourceRef, TitleMatchRef } from "./refs.ts";

TitleMatchRef.implement({
  description: "A role a typed title resolves to, and which sources say so.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role the title resolves to.", resolve: (m) => m.role }),
    relation: t.field({
      type: TitleRelationEnum,
      description: "Whether the title names the role or a source relates it to one the title names.",
      resolve: (m) => m.relation,
    }),
    matchedBy: t.field({ type: MatchedByEnum, description: "What in the typed title matched.", resolve: (m) => m.matchedBy }),
    matchedTitle: t.string({
      nullable: true,
      description: "For a FUZZY match: the title, canonical name or slug the input was taken for; null for exact matches.",
      resolve: (m) => m.matchedTitle ?? null,
    }),
    via: t.field({
      type: RoleRef,
      nullable: true,
      description: "For SAME_AS / MAY_COEXIST: the role the title named; null for TITLE.",
      resolve: (m) => m.via,
    }),
    sources: t.field({
      type: [SourceRef],
      description: "The sources that write the title (TITLE) or make the identity claim, by id.",
      resolve: (m) => m.sources,
    }),
    evidence: t.field({ type: [EvidenceRef], description: "Where they write it or say so.", resolve: (m) => m.evidence }),
  }),
});

builder.queryFields((t) => ({
  resolveTitle: t.field({
    type: [TitleMatchRef],
    description:
      'Maps a job title as people type it ("Junior PM", "Sr. Product Manager", "CPO") to canonical roles; a misspelt title is matched by spelling (matchedBy FUZZY, best first); [] when nothing is close.',
    args: { title: t.arg.string({ required: true, description: "A job title as typed, at most 200 characters." }) },
    resolve: (_root, { title }, ctx) => resolveTitle(ctx, title),
  }),
}));
