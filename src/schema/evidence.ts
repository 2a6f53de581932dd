import { contextAround } from "../domain/evidence.ts";
import { InvalidInputError } from "../errors.ts";
import { EvidenceRef, SourceRef } from "./refs.ts";

const MAX_CONTEXT = 2000;
const DEFAULT_CONTEXT = 80;

EvidenceRef.implement({
  description:
    "A verbatim quote from a source and where it sits in the source's text: the sentence a claim rests on. `source.text.slice(start, end)` is exactly `quote`.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The article the quote is from.", resolve: (e) => e.source }),
    quote: t.exposeString("quote", {
      description: "The words exactly as the article writes them (offsets computed by the loader, never typed).",
    }),
    start: t.exposeInt("start", {
      description: "Offset of the quote's first character in the source's text (JavaScript string index, from 0).",
    }),
    end: t.exposeInt("end", { description: "Offset just past the quote's last character: text.slice(start, end) === quote." }),
    note: t.string({
      nullable: true,
      description: "What the person who recorded the claim noted about this quote: an ambiguity or how they read the text. null: no note.",
      resolve: (e) => e.note,
    }),
    context: t.string({
      description: "The quote with up to `chars` characters of the article around it on each side, widened to whole words; … marks a cut.",
      args: {
        chars: t.arg.int({
          defaultValue: DEFAULT_CONTEXT,
          description: `Characters of context on each side, 0 to ${MAX_CONTEXT} (default ${DEFAULT_CONTEXT}).`,
        }),
      },
      resolve: async (e, { chars }, ctx) => {
        const width = chars ?? DEFAULT_CONTEXT;
        if (width < 0 || width > MAX_CONTEXT) throw new InvalidInputError(`chars must be between 0 and ${MAX_CONTEXT} (got ${width})`);
        const text = await ctx.loaders.sourceText.load(e.source);
        return text === null ? e.quote : contextAround(text, e.start, e.end, width);
      },
    }),
  }),
});
