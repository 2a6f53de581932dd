import neo4j, { type Driver, Neo4jError } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Fail a request fast when Neo4j is gone instead of queueing it for minutes. */
  connectionTimeoutMs?: number;
}

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Integers come back as JavaScript numbers: every count and offset here fits in 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
    // Retries ride out a cluster leader switch; a database that is down fails within about two seconds.
    maxTransactionRetryTime: 1_500,
    userAgent: "laddergraph/0.1",
  });
}

/** Turns a failed connection attempt into one line that says what is wrong and what to do. */
export function describeConnectionError(error: unknown, uri: string): string {
  const code = error instanceof Neo4jError ? error.code : "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "Neo.ClientError.Security.Unauthorized" || /unauthorized|authentication failure/i.test(message)) {
    return `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (
    /ECONNREFUSED|ServiceUnavailable|Could not perform discovery|connect ENO|getaddrinfo|timed out|Failed to connect/i.test(
      `${code} ${message}`,
    )
  ) {
    return `cannot reach Neo4j at ${uri}: is it running, and is NEO4J_URI right? (${message.split("\n")[0]})`;
  }
  return `Neo4j at ${uri} failed: ${message.split("\n")[0]}`;
}

/**
 * True when a statement ran into its transaction timeout: the query asked for too much (the
 * client's to fix, LIMIT_EXCEEDED), not a database outage.
 */
export function isQueryTimeout(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
      error.code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")
  );
}

/**
 * True when Neo4j stopped a statement for its memory (the transaction's memory pool, or the heap):
 * a query too large for the database, the client's to narrow (LIMIT_EXCEEDED), and not worth retrying.
 */
export function isQueryOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && /OutOfMemoryError$/.test(error.code);
}

/** True for the errors that mean "the database is not answering" rather than "the query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError) || isQueryTimeout(error)) return false;
  return (
    error.code === "ServiceUnavailable" ||
    error.code === "SessionExpired" ||
    error.code === "Neo.TransientError.General.DatabaseUnavailable" ||
    /connection|acquisition|ECONNREFUSED|timed out/i.test(error.message)
  );
}
