import type { Quote } from "../../src/claims/vocabulary.ts";

/** A quote recorded where it was written; it becomes a claims-file quote once the text is complete. */
export class QuoteRef {
  readonly text: string;
  readonly start: number;
  private resolved: Quote | undefined;

  constructor(text: string, start: number) {
    this.text = text;
    this.start = start;
  }

  /** Plain text when it occurs once in the article, else `{ text, occurrence }` (as seed/CLAIMS.md asks). */
  resolve(article: string): void {
    const hits: number[] = [];
    for (let at = article.indexOf(this.text); at !== -1; at = article.indexOf(this.text, at + 1)) hits.push(at);
    const index = hits.indexOf(this.start);
    if (index === -1) throw new Error(`generator bug: quote "${this.text}" is not at offset ${this.start}`);
    this.resolved = hits.length === 1 ? this.text : { text: this.text, occurrence: index + 1 };
  }

  toJSON(): Quote {
    if (this.resolved === undefined) throw new Error(`generator bug: quote "${this.text}" was never resolved`);
    return this.resolved;
  }
}

/** An article written front to back; every quote is recorded at the offset it was written at. */
export class ArticleText {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly quotes: QuoteRef[] = [];

  /** Appends text that no claim quotes. */
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends `text` and returns it as a quote. */
  quote(text: string): QuoteRef {
    const ref = new QuoteRef(text, this.length);
    this.write(text);
    this.quotes.push(ref);
    return ref;
  }

  /** A paragraph that opens with a quoted sentence, followed by sentences no claim quotes. */
  paragraph(quoted: string, ...prose: readonly string[]): QuoteRef {
    const ref = this.quote(quoted);
    for (const sentence of prose) this.write(` ${sentence}`);
    this.write("\n\n");
    return ref;
  }

  /** Finishes the article: every recorded quote learns whether it needs an occurrence number. */
  finish(): string {
    const article = this.parts.join("");
    for (const q of this.quotes) q.resolve(article);
    return article;
  }
}
