import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { withinMs } from "../timeLimit.ts";

/**
 * Every operation answers within `ms`: if its execution has not finished by then (a frozen or
 * overloaded database), the client gets DEADLINE_EXCEEDED at once; the abandoned work ends on its
 * own (transaction timeout, or the database answering later) and its result is dropped.
 */
export function requestDeadline(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(
        (args) =>
          withinMs(Promise.resolve(executeFn(args)), ms, () => ({
            data: null,
            errors: [
              new GraphQLError(
                `no answer within the ${ms / 1000} s deadline of a request; the database may be slow or not answering: retry in a few seconds (GET /ready tells when it answers), or ask for less`,
                { extensions: { code: "DEADLINE_EXCEEDED", limit: ms } },
              ),
            ],
          })) as ReturnType<typeof executeFn>,
      );
    },
  };
}
