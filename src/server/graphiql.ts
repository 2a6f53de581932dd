import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphiQLOptions } from "graphql-yoga";
import { EXAMPLES } from "./examples.ts";

/**
 * GraphiQL as this server serves it: the worked examples as tabs, the first one open (not
 * GraphiQL's welcome text). `defaultQuery` is what GraphiQL puts in the first tab; the tabs after
 * it are the remaining examples.
 */
export function graphiqlOptions(): GraphiQLOptions {
  const tabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null }));
  return { title: "laddergraph", defaultQuery: tabs[0]?.query ?? undefined, defaultTabs: tabs };
}

let rendered: { key: string; page: string } | undefined;

/**
 * The page from @graphql-yoga/render-graphiql: GraphiQL's scripts, styles and editor workers are
 * inlined from the npm package, so the page loads nothing from another host (yoga's default
 * renderer loads them from a public CDN). The page is about 9 MB, so it is built once per option set.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) rendered = { key, page: renderGraphiQL(options) };
  return rendered.page;
}
