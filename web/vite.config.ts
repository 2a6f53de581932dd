import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The explorer page: built into web/dist, served by the GraphQL server at / (index) and /explorer/ (assets).
// No inline script or style is emitted, so the page runs under a strict Content-Security-Policy.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explorer/",
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: "es2022",
  },
});
