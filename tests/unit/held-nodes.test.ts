import { describe, expect, it } from "vitest";
import { NodeLoader } from "../../src/loaders/index.ts";

/**
 * The request's node loaders hold the nodes they were primed with or loaded (`known`), which
 * src/schema/heldNodes.ts answers fields from synchronously; what a write clears is forgotten.
 */
describe("NodeLoader", () => {
  const role = (id: string) => ({ id, name: id.toUpperCase() });

  it("holds what it is primed with and what it loads, and only that", async () => {
    const asked: string[][] = [];
    const loader = new NodeLoader(async (ids) => {
      asked.push([...ids]);
      return ids.map((id) => (id === "missing" ? null : role(id)));
    });
    loader.prime("apm", role("apm"));
    expect([...loader.known.keys()]).toEqual(["apm"]);
    expect(await loader.load("apm")).toEqual(role("apm"));
    expect(asked).toEqual([]);
    expect(await loader.loadMany(["pm", "missing"])).toEqual([role("pm"), null]);
    expect(asked).toEqual([["pm", "missing"]]);
    expect([...loader.known.keys()]).toEqual(["apm", "pm"]);
  });

  it("does not hold an error, a null or a promise it is primed with", () => {
    const loader = new NodeLoader<{ id: string }>(async (ids) => ids.map(() => null));
    loader.prime("a", new Error("no"));
    loader.prime("b", null);
    loader.prime("c", Promise.resolve({ id: "c" }));
    expect(loader.known.size).toBe(0);
  });

  it("forgets what is cleared, one node or all", () => {
    const loader = new NodeLoader<{ id: string; name: string }>(async (ids) => ids.map(role));
    loader.prime("apm", role("apm")).prime("pm", role("pm"));
    loader.clear("apm");
    expect([...loader.known.keys()]).toEqual(["pm"]);
    loader.clearAll();
    expect(loader.known.size).toBe(0);
  });
});
