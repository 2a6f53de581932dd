import { type FragmentOf, readFragment } from "gql.tada";
import { EmptyReasonFields } from "../queries.ts";
import { Quote } from "./evidence.tsx";
import { titleOf, useSources } from "./sources.tsx";

type ReasonRef = FragmentOf<typeof EmptyReasonFields>;

function list(words: string[]): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * Why an answer is empty, in words (the API's `emptyBecause`): which articles and, where one sentence
 * decides it (two titles named as one role), that sentence. `from` and `to` are the roles' names.
 */
export function EmptyBecause({ reason, from, to }: { reason: ReasonRef | null | undefined; from: string; to?: string }) {
  const sources = useSources();
  if (!reason) return null;
  const r = readFragment(EmptyReasonFields, reason);
  const who = list(r.sources.map((s) => titleOf(sources, s.id)));
  const many = r.sources.length > 1;
  const sentence = (() => {
    switch (r.kind) {
      case "SAME_ROLE":
        return `${who || "An article"} ${many ? "name" : "names"} ${from} and ${to ?? "it"} as one role, so there is no step between them.`;
      case "NO_STEP_OUT":
        return `None of the articles asked names a step up from ${from}.`;
      case "FILTERED_OUT":
        return `The articles name steps up from ${from}, but the filters (minimum support, track) leave none.`;
      case "NOT_CONNECTED":
        return `Steps lead up from ${from}, but none of the routes they allow reaches ${to ?? "the role"} within the bounds.`;
      default:
        return r.message;
    }
  })();
  return (
    <div class="empty-because" data-kind={r.kind}>
      <p>{sentence}</p>
      {r.evidence.map((e, i) => (
        <Quote key={i} evidence={e} backs={`${from} and ${to ?? ""} as one role`} />
      ))}
    </div>
  );
}
