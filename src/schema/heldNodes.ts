import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes, unwrapOutputFieldType } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import type { Context } from "../context.ts";
import type { NodeLoader } from "../loaders/index.ts";

/** The loadable node types, and the request loader that holds each one's nodes. */
const HOLDERS: Readonly<Record<string, (ctx: Context) => NodeLoader<{ id: string }>>> = {
  Role: (ctx) => ctx.loaders.role,
  Source: (ctx) => ctx.loaders.source,
  Skill: (ctx) => ctx.loaders.skill,
};

/** An id the request already holds the node of becomes the node; anything else (an unknown id, a node, a promise, null) is left as it is. */
function held(value: unknown, known: ReadonlyMap<string, unknown>, depth: number): unknown {
  if (depth > 0) return Array.isArray(value) ? value.map((item) => held(item, known, depth - 1)) : value;
  return typeof value === "string" ? (known.get(value) ?? value) : value;
}

/**
 * Fields that return a Role, Source or Skill by id (loadable refs: src/schema/refs.ts) answer with
 * the node itself when the request's loaders already hold it — primed by the statement that read
 * the field's parent, as every hot statement does — so graphql-js completes it synchronously: no
 * DataLoader round, no promise per object. An id not held goes on to the dataloader plugin's load
 * as before (it is listed after that plugin, so it wraps the resolver inside it). The answer is the
 * same node either way: the request's loaders are the one place nodes come from.
 */
export class HeldNodesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const holder = HOLDERS[this.buildCache.getTypeConfig(unwrapOutputFieldType(fieldConfig.type)).name];
    if (!holder) return resolver;
    let depth = 0;
    for (let type = fieldConfig.type; type.kind === "List"; type = type.type) depth += 1;
    return (parent, args, ctx, info) => {
      const value = resolver(parent, args, ctx, info);
      return held(value, holder(ctx as Context).known, depth);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      heldNodes: HeldNodesPlugin<Types>;
    }
  }
}

const pluginName = "heldNodes";
SchemaBuilder.registerPlugin(pluginName, HeldNodesPlugin);
export default pluginName;
