import type { Plugin } from "graphql-yoga";

/**
 * GET /: until the explorer page lands there (issue 12), a page that says what this server is
 * and links to what it serves. No script, no style from anywhere.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>laddergraph</title></head>
<body>
<h1>laddergraph</h1>
<p>The product-management career ladder as five articles tell it: roles, promotions, skills and where the articles disagree, every fact tied to its sentence.</p>
<ul>
<li><a href="/graphql">GraphiQL</a>: the GraphQL API, with worked examples as tabs</li>
<li><a href="/health">/health</a>, <a href="/ready">/ready</a>, <a href="/metrics">/metrics</a></li>
</ul>
</body></html>
`;

export function homePage(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" || url.pathname !== "/") return;
      endResponse(new fetchAPI.Response(PAGE, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } }));
    },
  };
}
