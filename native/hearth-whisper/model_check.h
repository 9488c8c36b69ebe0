// Checks a whisper model file's structure before whisper.cpp reads it. whisper.cpp v1.5 trusts
// the file: a truncated or foreign file makes it read garbage sizes, allocate gigabytes or
// crash, so every size in the file is checked against the file's length first.
#pragma once

#include <cstdint>
#include <string>

struct ModelCheck {
    bool ok = false;
    // "model_missing", "model_unreadable" or "model_invalid" when !ok.
    std::string code;
    std::string message;
    int32_t n_vocab = 0;
    int32_t n_audio_ctx = 0;
    int32_t n_audio_state = 0;
    int32_t n_audio_layer = 0;
    int32_t n_text_layer = 0;
    int32_t n_mels = 0;
    int32_t ftype = 0;
    int64_t tensors = 0;
    int64_t file_bytes = 0;
};

ModelCheck check_model_file(const std::string & path);
