// Imports every type file (for its side effects on the builder) and builds the schema.
import { builder } from "./builder.ts";
import "./enums.ts";
import "./evidence.ts";
import "./source.ts";
import "./definition.ts";
import "./role.ts";
import "./skill.ts";
import "./promotion.ts";
import "./ladder.ts";
import "./sourceRole.ts";
import "./audit.ts";
import "./statements.ts";
import "./skillStatement.ts";
import "./position.ts";
import "./title.ts";
import "./admin.ts";
import "./draft.ts";
import "./claimKinds.ts";

export const schema = builder.toSchema({ sortSchema: false });
