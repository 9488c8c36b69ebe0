#include "prompt.h"

namespace {

bool tokenize(whisper_context * ctx, const std::string & text, std::vector<whisper_token> & out) {
    out.resize(text.size() + 8);  // never more tokens than bytes
    const int n = whisper_tokenize(ctx, text.c_str(), out.data(), (int) out.size());
    if (n < 0) return false;
    out.resize((size_t) n);
    return true;
}

// Where the prompt may be cut: just before each `separator`.
std::vector<size_t> cut_points(const std::string & text, const char * separator) {
    std::vector<size_t> out;
    for (size_t at = text.find(separator); at != std::string::npos; at = text.find(separator, at + 1)) {
        if (at > 0) out.push_back(at);
    }
    return out;
}

}  // namespace

BoundedPrompt bound_prompt(whisper_context * ctx, const std::string & prompt, int max_tokens) {
    BoundedPrompt r;
    if (prompt.empty() || max_tokens <= 0) return r;
    if (!tokenize(ctx, prompt, r.tokens)) {
        r.ok = false;
        return r;
    }
    r.text = prompt;
    if ((int) r.tokens.size() <= max_tokens) return r;

    // whisper splits text into words before it looks words up, so a start that ends at a word
    // boundary has the tokens that start the whole prompt: the count only grows with the
    // length, and a binary search finds the longest start that fits in a few tokenizations.
    std::vector<whisper_token> tokens;
    for (const char * separator : {", ", " "}) {
        const std::vector<size_t> cuts = cut_points(prompt, separator);
        size_t fitting = 0;  // how many of `cuts` give a start that fits
        size_t hi = cuts.size();
        while (fitting < hi) {
            const size_t mid = (fitting + hi) / 2;
            if (!tokenize(ctx, prompt.substr(0, cuts[mid]), tokens)) return BoundedPrompt{false, {}, {}};
            if ((int) tokens.size() <= max_tokens) {
                fitting = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (fitting > 0) {
            r.text = prompt.substr(0, cuts[fitting - 1]);
            tokenize(ctx, r.text, r.tokens);
            return r;
        }
    }
    // One word longer than the whole budget.
    r.tokens.resize((size_t) max_tokens);
    r.text.clear();
    for (const whisper_token token : r.tokens) r.text += whisper_token_to_str(ctx, token);
    return r;
}
