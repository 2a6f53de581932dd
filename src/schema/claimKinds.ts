import type DataLoader from "dataloader";
import { KINDS } from "../claims/registry.ts";
import { builder } from "./builder.ts";
import { type Claim, claimFields } from "./claimFields.ts";
import { RoleRef, SourceRef } from "./refs.ts";

type Loaded = Claim & Record<string, unknown>;

/**
 * The claim objects built from the registry: a kind whose `graphql` declaration lists its
 * `fields` gets its object type (`source` and `evidence` as every claim, `role` when declared,
 * the scalar fields listed) and its list fields on Role and Source, read through the request's
 * loader of the read it names. Kinds whose objects need more (enums, nested objects, grouping)
 * write them by hand in this folder and declare only their object's name.
 */
for (const { name, kind } of KINDS) {
  const spec = kind.graphql;
  if (!spec?.fields) continue;
  const fields = spec.fields;
  const ref = builder.objectRef<Loaded>(spec.object);
  ref.implement({
    description: spec.description ?? `A ${name} claim of one source.`,
    fields: (t) => ({
      ...(spec.role ? { role: t.field({ type: RoleRef, description: spec.role.description, resolve: (c) => String(c.role) }) } : {}),
      ...Object.fromEntries(
        Object.entries(fields).map(([field, f]) => [
          field,
          t.field({ type: f.type, nullable: f.nullable ?? false, description: f.description, resolve: (c) => c[field] as never }),
        ]),
      ),
      ...claimFields(t, { source: "The source that makes the claim.", evidence: "The sentence the claim rests on." }),
    }),
  });
  const loader = (ctx: { loaders: { claims: unknown } }, read: string) =>
    (ctx.loaders.claims as Record<string, Record<string, DataLoader<string, Loaded[]>>>)[name]?.[read] as DataLoader<string, Loaded[]>;
  const { onRole, onSource } = spec;
  if (onRole) {
    builder.objectField(RoleRef, onRole.field, (t) =>
      t.field({ type: [ref], description: onRole.description, resolve: (r, _a, ctx) => loader(ctx, onRole.read).load(r.id) }),
    );
  }
  if (onSource) {
    builder.objectField(SourceRef, onSource.field, (t) =>
      t.field({ type: [ref], description: onSource.description, resolve: (s, _a, ctx) => loader(ctx, onSource.read).load(s.id) }),
    );
  }
}
