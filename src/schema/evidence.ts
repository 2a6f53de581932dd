import { contextAround } from "../domain/evidence.ts";
import { InvalidInputError } from "../errors.ts";
import { EvidenceRef, SourceRef } from "./refs.ts";

const MAX_CONTEXT = 2000;

EvidenceRef.implement({
  description: "A verbatim quote from a source and where it sits in the source's text.",
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      resolve: (e) => e.source,
    }),
    quote: t.exposeString("quote"),
    start: t.exposeInt("start", { description: "Offset of the quote's first character (JavaScript string index)." }),
    end: t.exposeInt("end", { description: "Offset just past the quote's last character: text.slice(start, end) === quote." }),
    note: t.string({
      nullable: true,
      description: "What the person who recorded the claim noted: an ambiguity or a reading of the text.",
      resolve: (e) => e.note,
    }),
    context: t.string({
      description: "The quote with up to `chars` characters of the source around it on each side.",
      args: { chars: t.arg.int({ defaultValue: 80 }) },
      resolve: async (e, { chars }, ctx) => {
        const width = chars ?? 80;
        if (width < 0 || width > MAX_CONTEXT) throw new InvalidInputError(`chars must be between 0 and ${MAX_CONTEXT} (got ${width})`);
        const text = await ctx.loaders.sourceText.load(e.source);
        return text === null ? e.quote : contextAround(text, e.start, e.end, width);
      },
    }),
  }),
});
