import type { LlamaModel, Token } from 'node-llama-cpp';

/**
 * The text of every token of a model's vocabulary, to tell which tokens can continue a
 * known string. Read once per model (about 1 s for a 150k-token vocabulary).
 */
export class TokenPieces {
  private readonly byPiece = new Map<string, Token[]>();

  private constructor(model: LlamaModel, count: number) {
    // Read after an ordinary token, so a word-start token keeps its leading space.
    const anchor = model.tokenize('a', false, 'trimLeadingSpace');
    for (let token = 0; token < count; token++) {
      if (model.isSpecialToken(token as Token)) continue;
      const piece = model.detokenize([token as Token], false, anchor);
      if (!piece || piece.includes('\uFFFD')) continue;
      const same = this.byPiece.get(piece);
      if (same) same.push(token as Token);
      else this.byPiece.set(piece, [token as Token]);
    }
  }

  static read(model: LlamaModel): TokenPieces {
    const tokens = model.fileInfo.metadata.tokenizer?.ggml?.tokens;
    if (!Array.isArray(tokens)) throw new Error('the model file lists no vocabulary');
    return new TokenPieces(model, tokens.length);
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
