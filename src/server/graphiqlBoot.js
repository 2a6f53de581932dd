// Starts GraphiQL on the page src/server/graphiql.ts builds. A browser script, served as a file like
// GraphiQL's own (the page has no inline script); it runs after graphiql.js (both `defer`).
//
// A linked query (/graphql?query=…, the explorer's "see the query" links) opens in one reused tab.
// GraphiQL keeps its tabs in localStorage; at start it looks for a tab holding the query in the URL
// (or, without one, the text it stored last) with the variables and headers it stored last, and adds
// a tab when none matches, so each link opened would add one. Before GraphiQL reads its storage,
// this script puts a linked query into a tab: one already holding it, else the tab the last link
// used (its id kept under LINK_TAB), else a new one; and it makes what GraphiQL stored last match
// the tab to open, so a visit without a link adds no tab either.
(() => {
  const config = JSON.parse(document.getElementById("graphiql-config").textContent);
  const workers = config.workers;
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };

  const TABS = "graphiql:tabState";
  const VARIABLES = "graphiql:variables";
  const HEADERS = "graphiql:headers";
  const LINK_TAB = "laddergraph:linkTab";
  const QUERY = "graphiql:query";
  const linked = new URL(location.href).searchParams.get("query");
  try {
    prepareTabs(linked);
  } catch {
    // Storage unavailable (private mode) or unreadable: GraphiQL copes on its own.
  }

  function tab(query, variables, id) {
    const operationName = /^(?!#).*(?:query|subscription|mutation)\s+([A-Za-z0-9_]+)/m.exec(query)?.[1] ?? null;
    return { id, title: operationName ?? "<untitled>", query, variables, headers: null, operationName, response: null };
  }

  function prepareTabs(query) {
    let state = null;
    try {
      state = JSON.parse(localStorage.getItem(TABS) ?? "null");
    } catch {}
    if (!state || !Array.isArray(state.tabs) || state.tabs.length === 0) {
      if (!query) return; // a first visit without a link: GraphiQL opens the examples
      // A first visit through a link: the examples, as GraphiQL would make them, and the linked query after them.
      state = { activeTabIndex: 0, tabs: config.options.defaultTabs.map((t) => tab(t.query, t.variables ?? null, crypto.randomUUID())) };
    }
    let index = Math.min(Math.max(0, Number(state.activeTabIndex) || 0), state.tabs.length - 1);
    if (query) {
      index = state.tabs.findIndex((t) => t.query === query);
      if (index < 0) {
        index = state.tabs.findIndex((t) => t.id === localStorage.getItem(LINK_TAB));
        const reused = tab(query, null, index >= 0 ? state.tabs[index].id : crypto.randomUUID());
        if (index >= 0) state.tabs[index] = reused;
        else index = state.tabs.push(reused) - 1;
        localStorage.setItem(LINK_TAB, reused.id);
      }
    }
    state.activeTabIndex = index;
    const chosen = state.tabs[index];
    for (const [key, value] of [
      [QUERY, chosen.query],
      [VARIABLES, chosen.variables],
      [HEADERS, chosen.headers],
    ]) {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    }
    localStorage.setItem(TABS, JSON.stringify(state));
  }

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), config.options);
})();
