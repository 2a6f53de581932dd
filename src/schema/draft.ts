import type { ObjectFieldBuilder } from "@pothos/core";
import type { PreviewConflict } from "../draft/preview.ts";
import { claimKindSchemas, draftForApi, previewForApi, type ServedDraft, type SourcePreview } from "../draft/service.ts";
import type {
  DraftBand,
  DraftDefinition,
  DraftDeniedStep,
  Drafted,
  DraftIdentity,
  DraftManagement,
  DraftMention,
  DraftOutsideRole,
  DraftPromotion,
  DraftReadiness,
  DraftRelativeRank,
  DraftResponsibility,
  DraftSkill,
  ProposedRole,
  ProposedSkill,
  Span,
} from "../draft/types.ts";
import type { Problem } from "../seed/corpus.ts";
import { builder } from "./builder.ts";
import { ConflictAspectEnum, PromotionKindEnum, SkillKindEnum, TrackEnum } from "./enums.ts";
import { EmphasisLevelEnum, SkillClassEnum } from "./skillStatement.ts";
import { BandLevelEnum, ManagementScopeEnum, OutsideRelationEnum, RankRelationEnum } from "./statements.ts";

/**
 * draftClaims(text:, id:): the drafter (src/draft/) over an article sent in the request. A query:
 * it writes nothing; addSource keeps the write, behind the token.
 */

type Types = (typeof builder)["$inferSchemaTypes"];

const DraftQuoteRef = builder.objectRef<Span>("DraftQuote").implement({
  description: "A verbatim span of the article sent: `text.slice(start, end)` is exactly `text`.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The words exactly as the article writes them." }),
    start: t.exposeInt("start", { description: "Offset of the first character (JavaScript string index, from 0)." }),
    end: t.exposeInt("end", { description: "Offset just past the last character." }),
  }),
});

const DraftIdentityKindEnum = builder.enumType("DraftIdentityKind", {
  description: "What an identity claim says about two titles.",
  values: {
    SAME_AS: { description: "One role under two titles." },
    MAY_COEXIST: { description: "Two roles an organisation may have one or both of." },
  } as const,
});

/** The fields every drafted claim has: its confidence and the rule that fired. */
function drafted<T extends Drafted>(t: ObjectFieldBuilder<Types, T>) {
  return {
    confidence: t.float({
      description: "How sure the drafter is, 0 to 1; below 0.5 the claim is marked low confidence.",
      resolve: (c) => c.confidence,
    }),
    reason: t.string({ description: "The rule that fired and what it saw.", resolve: (c) => c.reason }),
  };
}

const quoteField = <T extends { quote: Span }>(
  t: ObjectFieldBuilder<Types, T>,
  description = "The sentence or words the claim rests on.",
) => t.field({ type: DraftQuoteRef, description, resolve: (c) => c.quote });

const Years = builder.objectRef<NonNullable<DraftDefinition["years"]>>("DraftYears").implement({
  description: "Years of experience as the article gives them; months are fractions (12-18 months = 1 to 1.5).",
  fields: (t) => ({
    min: t.float({ nullable: true, description: "Lower bound in years.", resolve: (y) => y.min }),
    max: t.float({ nullable: true, description: 'Upper bound in years; null = open-ended ("8+ years").', resolve: (y) => y.max }),
    text: t.exposeString("text", { description: "The figure as written, inside the quote." }),
    quote: t.field({ type: DraftQuoteRef, description: "The sentence giving the figure.", resolve: (y) => y.quote }),
    ...drafted(t),
  }),
});

const Salary = builder.objectRef<NonNullable<DraftDefinition["salaryUsd"]>>("DraftSalary").implement({
  description: "A yearly salary in US dollars as the article states it.",
  fields: (t) => ({
    amount: t.exposeInt("amount", { description: "US dollars a year." }),
    quote: t.field({ type: DraftQuoteRef, description: "The line or sentence stating it.", resolve: (s) => s.quote }),
    ...drafted(t),
  }),
});

const TrackStatement = builder.objectRef<NonNullable<DraftDefinition["track"]>>("DraftTrack").implement({
  description: "A track the article states for a role.",
  fields: (t) => ({
    value: t.field({ type: TrackEnum, description: "The track.", resolve: (x) => x.value }),
    quote: t.field({ type: DraftQuoteRef, description: "The sentence stating it.", resolve: (x) => x.quote }),
  }),
});

const Definition = builder.objectRef<DraftDefinition>("DraftDefinition").implement({
  description: "A role the article describes in a section of its own (the claims file's `roles`).",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role's catalogue slug, or a proposed new one (see proposedRoles)." }),
    title: t.field({ type: DraftQuoteRef, description: "The title as written: the section's heading.", resolve: (d) => d.title }),
    rank: t.int({
      nullable: true,
      description: "Rung on this article's ladder, 1 = lowest; null for a role kept off the ladder.",
      resolve: (d) => d.rank,
    }),
    track: t.field({
      type: TrackStatement,
      nullable: true,
      description: "The track the article states; null when it states none.",
      resolve: (d) => d.track,
    }),
    summary: t.field({ type: DraftQuoteRef, description: "The section's first plain sentence.", resolve: (d) => d.summary }),
    years: t.field({
      type: Years,
      nullable: true,
      description: "Years of experience for the role; null when none found.",
      resolve: (d) => d.years,
    }),
    salaryUsd: t.field({
      type: Salary,
      nullable: true,
      description: "The role's yearly salary; null when none found.",
      resolve: (d) => d.salaryUsd,
    }),
    ...drafted(t),
  }),
});

const Mention = builder.objectRef<DraftMention>("DraftMention").implement({
  description: "A known role the article names in passing, with no section of its own.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role's slug." }),
    title: t.exposeString("title", { description: "The title as written." }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Responsibility = builder.objectRef<DraftResponsibility>("DraftResponsibility").implement({
  description: "A responsibility of a role: a bullet, an item of a prose list, or a sentence stating a duty.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role's slug." }),
    quote: quoteField(t, "The bullet or item, without its marker."),
    ...drafted(t),
  }),
});

const SkillWording = builder.objectRef<{ text: string; kind?: string; level?: string; quote: Span }>("DraftSkillWording").implement({
  description: "What the article calls a skill (its classification) or how it stresses it (its emphasis).",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The words as written, inside the quote." }),
    classification: t.field({
      type: SkillClassEnum,
      nullable: true,
      description: "For a classification: its kind.",
      resolve: (w) => (w.kind as never) ?? null,
    }),
    emphasis: t.field({
      type: EmphasisLevelEnum,
      nullable: true,
      description: "For an emphasis: its level.",
      resolve: (w) => (w.level as never) ?? null,
    }),
    quote: t.field({ type: DraftQuoteRef, description: "The sentence saying it.", resolve: (w) => w.quote }),
  }),
});

const Skill = builder.objectRef<DraftSkill>("DraftSkill").implement({
  description: "A skill the article names: a catalogue skill, or a proposed new one (see proposedSkills).",
  fields: (t) => ({
    skill: t.exposeString("skill", { description: "The skill's slug." }),
    role: t.string({
      nullable: true,
      description: "The role the article ties it to; null: the profession in general.",
      resolve: (k) => k.role,
    }),
    classification: t.field({
      type: SkillWording,
      nullable: true,
      description: '"soft skills", "hard and soft skills"…; null when none.',
      resolve: (k) => k.classification,
    }),
    emphasis: t.field({
      type: SkillWording,
      nullable: true,
      description: '"the top skill", "is key"…; null when none.',
      resolve: (k) => k.emphasis,
    }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Promotion = builder.objectRef<DraftPromotion>("DraftPromotion").implement({
  description: "A step up the article asserts.",
  fields: (t) => ({
    from: t.exposeString("from", { description: "The role stepped up from (slug)." }),
    to: t.exposeString("to", { description: "The role stepped up to (slug)." }),
    kind: t.field({
      type: PromotionKindEnum,
      description: "EXPLICIT (a sentence states it) or LADDER_ORDER (the ladder's order implies it).",
      resolve: (p) => p.kind,
    }),
    track: t.field({
      type: TrackEnum,
      nullable: true,
      description: "The branch the step is on, where the ladder branches.",
      resolve: (p) => p.track,
    }),
    quote: quoteField(t, "The sentence stating the step, or the higher role's heading."),
    ...drafted(t),
  }),
});

const Identity = builder.objectRef<DraftIdentity>("DraftIdentity").implement({
  description: "Two titles the article says are one role, or two roles that may coexist.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "One role (slug)." }),
    other: t.exposeString("other", { description: "The other role (slug)." }),
    kind: t.field({ type: DraftIdentityKindEnum, description: "SAME_AS or MAY_COEXIST.", resolve: (x) => x.kind }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const DeniedStep = builder.objectRef<DraftDeniedStep>("DraftDeniedStep").implement({
  description: "A step the article says does not happen (nonPromotions).",
  fields: (t) => ({
    from: t.string({
      nullable: true,
      description: "The role it would start from; null: from outside the profession.",
      resolve: (n) => n.from,
    }),
    to: t.exposeString("to", { description: "The role it would reach (slug)." }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Readiness = builder.objectRef<DraftReadiness>("DraftReadiness").implement({
  description: "A sign the article lists that someone is ready for a step.",
  fields: (t) => ({
    from: t.exposeString("from", { description: "The role stepped up from (slug)." }),
    to: t.exposeString("to", { description: "The role stepped up to (slug)." }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Band = builder.objectRef<DraftBand>("DraftBand").implement({
  description: "A named tier or section the article puts a role in.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role (slug)." }),
    band: t.exposeString("band", { description: "The band's name as written." }),
    level: t.field({ type: BandLevelEnum, description: "The band normalised.", resolve: (b) => b.level }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Management = builder.objectRef<DraftManagement>("DraftManagement").implement({
  description: "What the article says about a role's people management.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role (slug)." }),
    scope: t.field({ type: ManagementScopeEnum, description: "The scope.", resolve: (m) => m.scope }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const RelativeRank = builder.objectRef<DraftRelativeRank>("DraftRelativeRank").implement({
  description: "The article ranking a role against another.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The role ranked (slug)." }),
    relation: t.field({ type: RankRelationEnum, description: "Its rank against `other`.", resolve: (r) => r.relation }),
    other: t.exposeString("other", { description: "The other role (slug)." }),
    condition: t.string({
      nullable: true,
      description: 'Where it holds, as written ("In some organizations"); null: always.',
      resolve: (r) => r.condition,
    }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const OutsideRole = builder.objectRef<DraftOutsideRole>("DraftOutsideRole").implement({
  description: "A ladder role tied to someone off the product ladder (the chief executive, the chief technology officer).",
  fields: (t) => ({
    role: t.exposeString("role", { description: "The ladder role (slug)." }),
    relation: t.field({ type: OutsideRelationEnum, description: "How they are tied.", resolve: (o) => o.relation }),
    outsider: t.exposeString("outsider", { description: "The outside role's catalogue slug." }),
    title: t.exposeString("title", { description: "The outside role's title as written." }),
    quote: quoteField(t),
    ...drafted(t),
  }),
});

const Proposed = builder.objectRef<ProposedRole>("ProposedRole").implement({
  description:
    "A title that maps to no catalogue role: proposed as a new one (append it to seed/catalog/roles.yaml if right), never forced onto a near one.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The slug proposed." }),
    name: t.exposeString("name", { description: "The name proposed." }),
    quote: t.field({ type: DraftQuoteRef, description: "Where the article writes it first.", resolve: (p) => p.quote }),
    reason: t.exposeString("reason", { description: "Why it is proposed." }),
  }),
});

const ProposedSkillType = builder.objectRef<ProposedSkill>("ProposedSkill").implement({
  description: "A skill the article lists that no catalogue skill matches: proposed for seed/catalog/skills.yaml.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The slug proposed." }),
    name: t.exposeString("name", { description: "The name proposed." }),
    kind: t.field({
      type: SkillKindEnum,
      description: "HARD or SOFT, as the article's list says (SOFT when it does not).",
      resolve: (k) => k.kind,
    }),
    quote: t.field({ type: DraftQuoteRef, description: "The list item naming it.", resolve: (k) => k.quote }),
  }),
});

const DraftProblemRef = builder.objectRef<Problem>("DraftProblem").implement({
  description: "What the validator (seed:check, addSource) would refuse if the draft were loaded as is.",
  fields: (t) => ({
    claim: t.string({
      nullable: true,
      description: "Which claim, as the validator names it (`promotions[2] (a -> b)`).",
      resolve: (p) => p.claim ?? null,
    }),
    quote: t.string({ nullable: true, description: "The quote concerned, if any.", resolve: (p) => p.quote ?? null }),
    message: t.exposeString("message", { description: "What is wrong." }),
  }),
});

const SourceMeta = builder.objectRef<ServedDraft["source"]>("DraftSourceMeta").implement({
  description: "The article's title, author and publisher, where the text says them.",
  fields: (t) => ({
    title: t.field({
      type: DraftQuoteRef,
      nullable: true,
      description: "The title; null when no heading reads as one.",
      resolve: (s) => s.title,
    }),
    author: t.field({
      type: DraftQuoteRef,
      nullable: true,
      description: "The author, from a byline; null when none.",
      resolve: (s) => s.author,
    }),
    publisher: t.field({
      type: DraftQuoteRef,
      nullable: true,
      description: "The publisher; null when the text does not name one.",
      resolve: (s) => s.publisher,
    }),
  }),
});

const ClaimDraft = builder.objectRef<ServedDraft>("ClaimDraft").implement({
  description:
    "An article's claims as the drafter drafts them: every quote a verbatim span with offsets, every claim with its confidence and reason. Nothing is written.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The source id the draft is for." }),
    sha256: t.exposeString("sha256", { description: "sha256 of the text (UTF-8), as the claims file records it." }),
    source: t.field({ type: SourceMeta, description: "Title, author and publisher.", resolve: (d) => d.source }),
    definitions: t.field({
      type: [Definition],
      description: "Role definitions in reading order (`roles`).",
      resolve: (d) => d.claims.definitions,
    }),
    mentions: t.field({ type: [Mention], description: "Roles named in passing.", resolve: (d) => d.claims.mentions }),
    responsibilities: t.field({
      type: [Responsibility],
      description: "Responsibilities, bullet by bullet.",
      resolve: (d) => d.claims.responsibilities,
    }),
    skills: t.field({ type: [Skill], description: "Skills named.", resolve: (d) => d.claims.skills }),
    promotions: t.field({ type: [Promotion], description: "Steps up.", resolve: (d) => d.claims.promotions }),
    identities: t.field({
      type: [Identity],
      description: "Titles that are one role, or roles that may coexist.",
      resolve: (d) => d.claims.identities,
    }),
    nonPromotions: t.field({ type: [DeniedStep], description: "Steps that do not happen.", resolve: (d) => d.claims.nonPromotions }),
    readiness: t.field({ type: [Readiness], description: "Signs of readiness for a step.", resolve: (d) => d.claims.readiness }),
    bands: t.field({ type: [Band], description: "Bands roles are put in.", resolve: (d) => d.claims.bands }),
    management: t.field({ type: [Management], description: "People-management scope.", resolve: (d) => d.claims.management }),
    relativeRanks: t.field({ type: [RelativeRank], description: "Roles ranked against others.", resolve: (d) => d.claims.relativeRanks }),
    outsideRoles: t.field({ type: [OutsideRole], description: "Ties to roles off the ladder.", resolve: (d) => d.claims.outsideRoles }),
    proposedRoles: t.field({
      type: [Proposed],
      description: "Titles no catalogue role matches, proposed as new roles.",
      resolve: (d) => d.proposedRoles,
    }),
    proposedSkills: t.field({
      type: [ProposedSkillType],
      description: "Listed skills no catalogue skill matches.",
      resolve: (d) => d.proposedSkills,
    }),
    problems: t.field({
      type: [DraftProblemRef],
      description: "The validator's problems if the draft were loaded as is (empty: it would load).",
      resolve: (d) => d.problems,
    }),
    claimsYaml: t.exposeString("claimsYaml", {
      description: "The draft as a claims file (seed/claims/<id>.yaml), each claim under a comment with its confidence and reason.",
    }),
    elapsedMs: t.exposeFloat("elapsedMs", { description: "Milliseconds the drafting took." }),
  }),
});

builder.queryField("draftClaims", (t) =>
  t.field({
    type: ClaimDraft,
    description:
      "Drafts an article's claims (writes nothing): deterministic rules, every quote a verbatim span of `text`. An empty, too large, binary or non-English text, or one with no role sections, is BAD_USER_INPUT with `reason` (EMPTY, TOO_LARGE, BINARY, NOT_ENGLISH, NO_ROLES). Publish with addSource.",
    args: {
      text: t.arg.string({ required: true, description: "The article, as its claims will quote it." }),
      id: t.arg.id({ required: true, description: "The source id the draft is for (a file stem such as 005_my_article)." }),
    },
    resolve: (_root, args, ctx) => draftForApi(ctx, { text: args.text, id: args.id }),
  }),
);

// ---- previewSource: an article and its claims as addSource would load them, evaluated without writing ----

type PreviewPosition = PreviewConflict["positions"][number];
type PreviewRung = SourcePreview["ladder"][number] & { names: ReadonlyMap<string, string> };
type PreviewRungRole = PreviewRung["definitions"][number] & { name: string };

const PreviewEvidenceRef = builder.objectRef<PreviewPosition["evidence"][number]>("PreviewEvidence").implement({
  description: "A quote of a conflict's position: from the article previewed or from a source in the graph.",
  fields: (t) => ({
    source: t.exposeID("source", { description: "The source's id (the previewed article's id for its own quotes)." }),
    quote: t.exposeString("quote", { description: "The words exactly as the source writes them." }),
    start: t.exposeInt("start", { description: "Offset of the first character in the source's text." }),
    end: t.exposeInt("end", { description: "Offset just past the last character." }),
  }),
});

const PreviewPositionRef = builder.objectRef<PreviewPosition>("PreviewPosition").implement({
  description: "One side of a conflict the article would take part in: its label and the sources holding it.",
  fields: (t) => ({
    value: t.exposeString("value", { description: "The position as a label, as Position.value." }),
    sources: t.exposeIDList("sources", { description: "The ids of the sources holding it (the previewed article's among them, or not)." }),
    evidence: t.field({ type: [PreviewEvidenceRef], description: "The quotes that put each source here.", resolve: (p) => p.evidence }),
  }),
});

const PreviewConflictRef = builder.objectRef<PreviewConflict>("PreviewConflict").implement({
  description:
    "A conflict the article would take a position in once published: the conflict rules of the conflicts query, on the graph's claims with the article's added.",
  fields: (t) => ({
    role: t.exposeID("role", { description: "The role's slug." }),
    aspect: t.field({ type: ConflictAspectEnum, description: "What the sources disagree about.", resolve: (c) => c.aspect }),
    summary: t.exposeString("summary", { description: "One sentence naming each position and the sources holding it." }),
    isNew: t.exposeBoolean("isNew", {
      description: "True: the sources in the graph agree on this aspect of the role today; the article would start the conflict.",
    }),
    positions: t.field({ type: [PreviewPositionRef], description: "The positions held, by value.", resolve: (c) => c.positions }),
    withinSource: t.exposeIDList("withinSource", { description: "Sources holding more than one position here." }),
  }),
});

const PreviewRungRoleRef = builder.objectRef<PreviewRungRole>("PreviewLadderRole").implement({
  description: "A role on the previewed article's ladder.",
  fields: (t) => ({
    role: t.exposeID("role", { description: "The role's catalogue slug." }),
    name: t.exposeString("name", { description: "The role's catalogue name." }),
    title: t.exposeString("title", { description: "The title as the article writes it." }),
    track: t.field({
      type: TrackEnum,
      nullable: true,
      description: "The track the article states; null when none.",
      resolve: (d) => d.track?.value ?? null,
    }),
  }),
});

const PreviewRungRef = builder.objectRef<PreviewRung>("PreviewLadderRung").implement({
  description: "One rung of the previewed article's ladder.",
  fields: (t) => ({
    rank: t.int({
      nullable: true,
      description: "The rung, 1 = lowest; null for the roles the article keeps off its ladder.",
      resolve: (r) => r.rank,
    }),
    roles: t.field({
      type: [PreviewRungRoleRef],
      description: "The roles on the rung, as the article titles them.",
      resolve: (r) => r.definitions.map((d) => ({ ...d, name: r.names.get(d.role) ?? d.role })),
    }),
  }),
});

const SourcePreviewRef = builder.objectRef<SourcePreview>("SourcePreview").implement({
  description: "An article and its claims file evaluated as addSource would load them; nothing is written.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The source id previewed." }),
    problems: t.field({
      type: [DraftProblemRef],
      description: "The validator's problems, as addSource and seed:check report them (empty: it would load).",
      resolve: (p) => p.problems,
    }),
    taken: t.exposeBoolean("taken", { description: "A source of this id is in the graph already: addSource would refuse it (CONFLICT)." }),
    publishable: t.boolean({
      description: "No problems and the id free: addSource (with the admin token) would load it.",
      resolve: (p) => p.problems.length === 0 && !p.taken,
    }),
    ladder: t.field({
      type: [PreviewRungRef],
      description: "The article's ladder rung by rung (empty while there are problems).",
      resolve: (p) => p.ladder.map((r) => ({ ...r, names: p.roleNames })),
    }),
    conflicts: t.field({
      type: [PreviewConflictRef],
      description: "The conflicts the article would take a position in, role by role (empty while there are problems).",
      resolve: (p) => p.conflicts,
    }),
  }),
});

const ClaimKindSchemaRef = builder.objectRef<{ section: string; schema: string }>("ClaimKindSchema").implement({
  description: "How one claim kind is written in a claims file: what a form for adding such a claim is made from.",
  fields: (t) => ({
    section: t.exposeString("section", { description: "The claims file's section (`promotions`)." }),
    schema: t.exposeString("schema", {
      description: "JSON Schema (draft 2020-12) of one entry, generated from the schema the validator checks it with.",
    }),
  }),
});

builder.queryFields((t) => ({
  previewSource: t.field({
    type: SourcePreviewRef,
    description:
      "Evaluates an article and its claims file as addSource would load them, writing nothing: the validator's problems, the article's ladder and the conflicts it would add with the sources in the graph.",
    args: {
      id: t.arg.id({ required: true, description: "The source id it would be published under." }),
      text: t.arg.string({ required: true, description: "The article, exactly as the claims quote it." }),
      claims: t.arg.string({ required: true, description: "The claims file's YAML (the seed/claims format)." }),
      aspects: t.arg({ type: [ConflictAspectEnum], description: "Only conflicts of these aspects; omit for every aspect." }),
    },
    resolve: (_root, args, ctx) => previewForApi(ctx, { id: args.id, text: args.text, claims: args.claims, aspects: args.aspects }),
  }),
  claimKinds: t.field({
    type: [ClaimKindSchemaRef],
    description: "Every claim kind's entry schema, in the claims file's order.",
    resolve: () => claimKindSchemas(),
  }),
}));
