import { resolveTitle } from "../services/titles.ts";
import { builder } from "./builder.ts";
import { MatchedByEnum, TitleRelationEnum } from "./enums.ts";
import { EvidenceRef, RoleRef, SourceRef, TitleMatchRef } from "./refs.ts";

TitleMatchRef.implement({
  description: "A role a typed title resolves to, and which sources say so.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, resolve: (m) => m.role }),
    relation: t.field({ type: TitleRelationEnum, resolve: (m) => m.relation }),
    matchedBy: t.field({ type: MatchedByEnum, resolve: (m) => m.matchedBy }),
    matchedTitle: t.string({
      nullable: true,
      description: "For a FUZZY match: the title, canonical name or slug the input was taken for; null for exact matches.",
      resolve: (m) => m.matchedTitle ?? null,
    }),
    via: t.field({
      type: RoleRef,
      nullable: true,
      description: "For SAME_AS / MAY_COEXIST: the role the title named.",
      resolve: (m) => m.via,
    }),
    sources: t.field({ type: [SourceRef], resolve: (m) => m.sources }),
    evidence: t.field({ type: [EvidenceRef], resolve: (m) => m.evidence }),
  }),
});

builder.queryFields((t) => ({
  resolveTitle: t.field({
    type: [TitleMatchRef],
    description:
      'Maps a job title as people type it ("Junior PM", "Sr. Product Manager", "CPO") to canonical roles; a misspelt title is matched by spelling (matchedBy FUZZY, best first); [] when nothing is close.',
    args: { title: t.arg.string({ required: true }) },
    resolve: (_root, { title }, ctx) => resolveTitle(ctx, title),
  }),
}));
