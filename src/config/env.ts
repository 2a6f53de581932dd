import { resolve } from "node:path";
import proxyaddr from "proxy-addr";
import { z } from "zod";

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "NEO4J_URI must look like bolt://host:7687 or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback by default: exposing the server is a choice (HOST=0.0.0.0, or a reverse proxy). */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Comma-separated origins whose pages may call the API (CORS); empty: same origin only. */
  LADDERGRAPH_CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o.length > 0),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, "each CORS origin must look like https://host[:port]"))),
  /**
   * Comma-separated Host names the server answers to besides localhost, 127.0.0.1 and [::1] with
   * its port (`name` for any port, `name:port` for one). Checked when HOST is loopback, or whenever set.
   */
  LADDERGRAPH_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h.length > 0),
    )
    .pipe(z.array(z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/, "each allowed host must look like name or name:port"))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** auto: readable lines on a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  /** Where the local launcher keeps its data between runs (git-ignored). */
  LADDERGRAPH_NEO4J_HOME: z.string().min(1).default(".neo4j/data"),
  LADDERGRAPH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Token that guards mutations; without it, writes are refused. */
  LADDERGRAPH_ADMIN_TOKEN: z.string().min(16, "LADDERGRAPH_ADMIN_TOKEN must be at least 16 characters").optional(),
  /** OpenTelemetry: off; otlp (OTLP/HTTP, configured by the standard OTEL_EXPORTER_OTLP_* variables); console. */
  LADDERGRAPH_TRACING: z.enum(["off", "otlp", "console"]).default("off"),
  /** The corpus folder `npm start` seeds from and `npm run seed` loads. */
  LADDERGRAPH_SEED_DIR: z.string().min(1).default("seed"),
  /** Upper bound for one Neo4j transaction, in milliseconds. */
  LADDERGRAPH_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** The response cache keyed on the graph's data version: on unless "off". */
  LADDERGRAPH_RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  /** How often the data version is read, in milliseconds; answers are at most twice this stale. */
  LADDERGRAPH_CACHE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  /** How many answers the response cache keeps per process. */
  LADDERGRAPH_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(1_000),
  /** Every GraphQL operation answers within this (DEADLINE_EXCEEDED after); longer than the transaction timeout. */
  LADDERGRAPH_REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(15_000),
  /** A response larger than this (about, in bytes) is refused with LIMIT_EXCEEDED instead of built. */
  LADDERGRAPH_MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /**
   * Per-client fairness for questions the response cache cannot answer (src/server/clientFairness.ts):
   * on unless "off". Off only where something in front already limits clients (or in the bench).
   */
  LADDERGRAPH_CLIENT_LIMIT: z.enum(["on", "off"]).default("on"),
  /**
   * Comma-separated proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or proxy-addr's
   * names `loopback`, `linklocal`, `uniquelocal`): behind one, each client is limited by its own
   * address, not the proxy's. Empty (the default): the connection's address, and X-Forwarded-For ignored.
   */
  LADDERGRAPH_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .superRefine((list, ctx) => {
      try {
        proxyaddr.compile(list);
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          message: `${(error as Error).message} (addresses, CIDR ranges, loopback, linklocal or uniquelocal)`,
        });
      }
    }),
  /** Writes are refused (INSUFFICIENT_STORAGE) while the local Neo4j's disk has less than this many MB free. */
  LADDERGRAPH_MIN_FREE_MB: z.coerce.number().nonnegative().default(64),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the server reads (`.env.example` and the README's table list each one). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export class ConfigError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(blankless);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${first?.path.join(".")}: ${first?.message}`);
  }
  return parsed.data;
}

/** THE seed folder (LADDERGRAPH_SEED_DIR, against the working directory): `npm start`, `npm run seed`, addSource and the drafter all read this one. */
export function seedDirOf(env: Env): string {
  return resolve(env.LADDERGRAPH_SEED_DIR);
}
