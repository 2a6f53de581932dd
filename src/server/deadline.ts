import { GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

interface Deadline {
  at: number;
  controller: AbortController;
  error: GraphQLError;
}

const deadlines = new WeakMap<object, Deadline>();

function deadlineError(ms: number, mutation: boolean): GraphQLError {
  if (mutation) {
    // The write may still be on its way to the database, or committed with its answer lost.
    return new GraphQLError(
      `no answer within the ${ms / 1000} s deadline of a request while writing: the write is stopped before its commit, unless its commit had already been sent, so it may or may not land: do not simply retry (a retry of a write that landed fails); once GET /ready answers 200, ask source(id:) with the id you sent whether it landed`,
      { extensions: { code: "OUTCOME_UNKNOWN", limit: ms } },
    );
  }
  return new GraphQLError(
    `no answer within the ${ms / 1000} s deadline of a request; the database may be slow or not answering, or the request asks for too much: retry in a few seconds (GET /ready tells when the database answers), or ask for less`,
    { extensions: { code: "DEADLINE_EXCEEDED", limit: ms } },
  );
}

/**
 * Whether the request of this context is past its deadline; if so, its execution is aborted now.
 * Called by every field as it resolves (`withResponseBudget`), so work that never yields to the
 * event loop — a long list completed from memory — still stops at the deadline, which a timer
 * alone could not do.
 */
export function pastDeadline(context: object): boolean {
  const deadline = deadlines.get(context);
  if (!deadline) return false;
  if (deadline.controller.signal.aborted) return true;
  if (performance.now() < deadline.at) return false;
  deadline.controller.abort(deadline.error);
  return true;
}

/**
 * Every operation answers within `ms`. Execution (graphql-js) gets an abort signal, which fires at
 * the deadline (a timer, for a database that does not answer) or when a field finds the deadline
 * passed (`pastDeadline`), or when the client goes away; graphql-js then stops between fields and
 * list items and the client gets DEADLINE_EXCEEDED at once. A statement already sent to Neo4j ends
 * on its own (the transaction timeout) and its result is dropped.
 */
export function requestDeadline(ms: number): Plugin {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const controller = new AbortController();
        const error = deadlineError(ms, getOperationAST(args.document, args.operationName ?? undefined)?.operation === "mutation");
        deadlines.set(args.contextValue as object, { at: performance.now() + ms, controller, error });
        // The context's `deadline` (src/context.ts): a write checks it before its commit.
        (args.contextValue as { deadline?: AbortSignal }).deadline = controller.signal;
        const timer = setTimeout(() => controller.abort(error), ms);
        const request = (args.contextValue as { request?: Request }).request;
        const signal = request?.signal ? AbortSignal.any([controller.signal, request.signal]) : controller.signal;
        try {
          const result = await executeFn({ ...args, abortSignal: signal } as typeof args);
          return controller.signal.aborted ? { data: null, errors: [error] } : result;
        } catch (thrown) {
          if (controller.signal.aborted) return { data: null, errors: [error] };
          throw thrown;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
