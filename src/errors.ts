import { GraphQLError } from "graphql";

/** Codes a client can act on; anything else is masked as an internal error. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "LIMIT_EXCEEDED"
  | "DATABASE_UNAVAILABLE"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "DEADLINE_EXCEEDED"
  | "OUTCOME_UNKNOWN"
  | "GRAPH_CHANGED";

/**
 * A node id the graph has no node for, as a loader reports it. Where a claim names the node it is a
 * fault of ours (masked); `node(id:)` and `nodes(ids:)` answer null for it, as their descriptions say.
 */
export class NodeNotInGraphError extends Error {}

export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class NotFoundError extends UserFacingError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("NOT_FOUND", message, extra);
  }
}

export class InvalidInputError extends UserFacingError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", message, extra);
  }
}

export class LimitExceededError extends UserFacingError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("LIMIT_EXCEEDED", message, extra);
  }
}

/** A statement stopped by the transaction timeout: the query asked for too much work, not an outage. */
export class QueryTimeoutError extends LimitExceededError {
  constructor(timeoutMs: number) {
    super(
      `the query needed more than the ${timeoutMs / 1000} s one database transaction may take and was stopped; ask for less: fewer maxSteps or first, a smaller page, fewer nested lists, or narrow it with sources or minSupport`,
      { limit: timeoutMs },
    );
  }
}

/** A statement Neo4j stopped because it needed more memory than a transaction may use: the query asked too much. */
export class QueryTooLargeError extends LimitExceededError {
  constructor() {
    super(
      "the query needed more memory than one database transaction may use and was stopped; ask for less: fewer maxSteps or first, a smaller page, fewer nested lists, or narrow it with sources or minSupport",
    );
  }
}

export class DatabaseUnavailableError extends UserFacingError {
  constructor() {
    super(
      "DATABASE_UNAVAILABLE",
      "the graph database is not answering right now; retry in a few seconds (GET /ready tells when it is back)",
    );
  }
}

export class UnauthenticatedError extends UserFacingError {
  constructor(message: string) {
    super("UNAUTHENTICATED", message);
  }
}

/** A write that lost to another: the id it wanted is taken (nothing was written). */
export class ConflictError extends UserFacingError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("CONFLICT", message, extra);
  }
}

/**
 * A write whose answer never came back: it was sent (its commit, or its whole transaction to a
 * database that stopped answering), so it may have landed or not. A retry could fail with
 * CONFLICT for a write that did land: the client learns the outcome by reading, not by retrying.
 */
export class OutcomeUnknownError extends UserFacingError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("OUTCOME_UNKNOWN", message, extra);
  }
}

/** The graph changed (an article was added or removed) while one request read it, twice in a row: asking again answers from one state. */
export class GraphChangedError extends UserFacingError {
  constructor() {
    super(
      "GRAPH_CHANGED",
      "the graph changed while this request read it (an article was added or removed), so its parts would not agree; ask again",
    );
  }
}
