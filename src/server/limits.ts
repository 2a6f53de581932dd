import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { type ASTVisitor, GraphQLError, type NameNode, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import { MAX_NAME_LENGTH } from "./listCost.ts";

/**
 * Limits checked before execution, so an abusive query never reaches Neo4j. Each number is a
 * little above what the deepest, widest README/GraphiQL example needs (a test runs them all).
 */
export const QUERY_LIMITS = {
  /** The deepest example (role audit → conflicts → positions → evidence → source) is 5 levels. */
  maxDepth: 10,
  /** No example uses aliases; 15 leaves room for side-by-side comparisons of a few roles. */
  maxAliases: 15,
  /** Repeated directives are a cheap amplification attack; no example uses any. */
  maxDirectives: 10,
  /** The largest example is about 120 tokens. */
  maxTokens: 2000,
  /**
   * Armor's static cost: objects 2, scalars 1, times 1.5 per level of depth, fragments expanded.
   * A full export (every role with every definition, evidence and source) costs about 17,000;
   * 50,000 stops fragment bombs and giant documents. List fan-out is bounded by page sizes (≤ 100).
   */
  maxCost: 50_000,
} as const;

/** Reports a rejected query as a validation error with the LIMIT_EXCEEDED code (HTTP 400, nothing executed). */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, "Query rejected before execution: "), {
      extensions: { code: "LIMIT_EXCEEDED" },
    }),
  );
}

const onRejection = { propagateOnRejection: false, onReject: [reject], exposeLimits: true };

/**
 * Names in a document (aliases above all: each is a key of the answer, repeated in every object of
 * a list) are at most MAX_NAME_LENGTH characters; the schema's longest is far shorter.
 */
function nameLengths(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(
        (context: ValidationContext): ASTVisitor => ({
          Name(node: NameNode) {
            if (node.value.length <= MAX_NAME_LENGTH) return;
            context.reportError(
              new GraphQLError(
                `Query rejected before execution: a name or alias of ${node.value.length} characters; at most ${MAX_NAME_LENGTH} are allowed.`,
                { nodes: [node], extensions: { code: "LIMIT_EXCEEDED", limit: MAX_NAME_LENGTH } },
              ),
            );
          },
        }),
      );
    },
  };
}

export function queryLimits(): Plugin[] {
  return [armor(), nameLengths()];
}

function armor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...onRejection },
    // __typename aliases count too: each is one more key in every object of a list.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...onRejection },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...onRejection },
    // The token limit stops the parser itself, so it can only throw: it comes back as a parse error.
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    // Every selected field costs (armor counts __typename as any scalar). Armor leaves `__schema`
    // out: its depth factor prices the standard introspection query's ofType chain at 87,000; the
    // list-aware cost (listCost.ts) counts introspection instead, with the schema's exact list sizes.
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ...onRejection },
    // Field suggestions ("did you mean …") help the users of a public, read-only API: keep them.
    blockFieldSuggestion: { enabled: false },
  }) as unknown as Plugin;
}
