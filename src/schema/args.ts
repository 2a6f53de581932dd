import { DESCRIBE } from "../services/args.ts";
import { builder } from "./builder.ts";
import { TrackEnum } from "./enums.ts";

/**
 * The shared arguments, declared once (their descriptions from src/services/args.ts, which reads
 * the numbers off the limits) and spread into each field that takes them; each resolver hands its
 * raw arguments to one parser of src/services/args.ts.
 */

/** `sources:`, described as `what` the field keeps of them. */
export const sourcesArg = (what: string) => builder.args((t) => ({ sources: t.idList({ description: DESCRIBE.sources(what) }) }));

/** `source:`, described as `what` the field keeps of it. */
export const sourceArg = (what: string) => builder.args((t) => ({ source: t.id({ description: DESCRIBE.source(what) }) }));

const WALK = "Walk the ladder as only these sources tell it";

/** A step query's filter: the sources to walk and the support a step needs. */
export const stepFilterArgs = (what: string = WALK) =>
  builder.args((t) => ({
    ...sourcesArg(what),
    minSupport: t.int({ description: "Keep only steps at least this many distinct sources assert (default 1; 2 = the consensus ladder)." }),
  }));

/** A path query's two ends. */
export const pathEndArgs = builder.args((t) => ({
  from: t.id({ required: true, description: "The starting role (slug)." }),
  to: t.id({ required: true, description: "The role to reach (slug)." }),
}));

/** `promotionPaths` and `pathSearch`: one set of arguments. */
export const pathsArgs = builder.args((t) => ({
  ...pathEndArgs,
  maxSteps: t.int({ description: DESCRIBE.maxSteps }),
  ...stepFilterArgs(),
  track: t.field({ type: TrackEnum, description: "Stay off the other track's steps and roles." }),
  first: t.int({ description: DESCRIBE.pathsFirst }),
}));
