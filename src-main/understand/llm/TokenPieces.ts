import type { LlamaModel, Token } from 'node-llama-cpp';

/** Tokens read between two turns of the event loop (about 25 ms). */
const SLICE = 4096;

/**
 * The text of every token of a model's vocabulary, to tell which tokens can continue a
 * known string. Read once per model (about 1 s for a 150k-token vocabulary).
 */
export class TokenPieces {
  private readonly byPiece = new Map<string, Token[]>();

  private constructor() {}

  /** Reads in slices, letting other work (a fast-path command) run in between. */
  static async read(model: LlamaModel): Promise<TokenPieces> {
    const count = model.fileInfo.metadata.tokenizer?.ggml?.tokens?.length;
    if (typeof count !== 'number') throw new Error('the model file lists no vocabulary');
    const pieces = new TokenPieces();
    // Read after an ordinary token, so a word-start token keeps its leading space.
    const anchor = model.tokenize('a', false, 'trimLeadingSpace');
    for (let token = 0; token < count; token++) {
      if (token % SLICE === 0 && token > 0) await new Promise((resolve) => setImmediate(resolve));
      if (model.isSpecialToken(token as Token)) continue;
      const piece = model.detokenize([token as Token], false, anchor);
      if (!piece || piece.includes('\uFFFD')) continue;
      const same = pieces.byPiece.get(piece);
      if (same) same.push(token as Token);
      else pieces.byPiece.set(piece, [token as Token]);
    }
    return pieces;
  }

  /** Every token whose text starts one of `texts` (a token that runs past a text's end does not). */
  startingAny(texts: readonly string[]): Token[] {
    const found = new Set<Token>();
    for (const text of texts) {
      for (let end = 1; end <= text.length; end++) {
        for (const token of this.byPiece.get(text.slice(0, end)) ?? []) found.add(token);
      }
    }
    return [...found];
  }
}
