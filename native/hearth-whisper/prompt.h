// The recogniser's prompt (the home's names, most useful first) cut to a number of tokens.
#pragma once

#include "whisper.h"

#include <string>
#include <vector>

struct BoundedPrompt {
    bool ok = true;  // false: the prompt could not be tokenized
    std::vector<whisper_token> tokens;
    std::string text;  // what `tokens` spell: the start of the prompt that was kept
};

// The longest start of `prompt` that ends at a name boundary (", "), or failing that at a word
// boundary, and is at most `max_tokens` tokens of the loaded model's vocabulary.
BoundedPrompt bound_prompt(whisper_context * ctx, const std::string & prompt, int max_tokens);
