import { describe, expect, it } from "vitest";
import { VersionedAnswers } from "../../src/cache/responseCache.ts";

const entry = (n: number) => ({ result: { data: { n } }, bytes: 10 });

describe("the response cache's answers", () => {
  it("stay valid while their data version is the current one, a lapse and its return included; only a new version retires them", () => {
    const answers = new VersionedAnswers(10);
    answers.align("v1");
    answers.set('"v1.a"', entry(1));
    // The version lapsed (Neo4j slow to answer the poll) and came back the same: nothing flushed.
    answers.align("v1");
    expect(answers.get('"v1.a"')?.result).toEqual({ data: { n: 1 } });
    answers.align("v2");
    expect(answers.get('"v1.a"')).toBeUndefined();
  });

  it("keep no answer computed under another version than the current one", () => {
    const answers = new VersionedAnswers(10);
    answers.align("v2");
    answers.set('"v1.late"', entry(2));
    expect(answers.get('"v1.late"')).toBeUndefined();
  });
});
