/**
 * Tells, from streamed text, when the first JSON object is complete. The JSON-schema grammar
 * only lets the model stop after four newlines past the closing brace, and a model that
 * wants to end there needs a slow full-vocabulary grammar pass for each: stopping at the
 * brace saves those tokens.
 */
export class JsonEndDetector {
  private depth = 0;
  private started = false;
  private inString = false;
  private escaped = false;
  private ended = false;

  /** Reads more text; true once the outermost object has closed. */
  push(text: string): boolean {
    for (const c of text) {
      if (this.ended) break;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
      } else if (c === '"') {
        this.inString = true;
      } else if (c === '{' || c === '[') {
        this.depth++;
        this.started = true;
      } else if (c === '}' || c === ']') {
        this.depth--;
        if (this.started && this.depth <= 0) this.ended = true;
      }
    }
    return this.ended;
  }
}
