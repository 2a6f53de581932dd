import type { Driver } from "neo4j-driver";
import { statement } from "../cypher.ts";

/** How many nodes and relationships the whole graph holds (a load reports them; tests compare them). */
export async function graphCounts(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(statement("read/graph-counts"), {}, { database, routing: "READ" });
  const record = records[0];
  return { nodes: Number(record?.get("nodes") ?? 0), relationships: Number(record?.get("relationships") ?? 0) };
}

export async function sourceCount(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(statement("read/count-sources"), {}, { database, routing: "READ" });
  return Number(records[0]?.get("sources") ?? 0);
}
