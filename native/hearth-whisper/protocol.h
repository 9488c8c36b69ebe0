// hearth-whisper's wire protocol (src-main/hear/stt/whisperProtocol.ts is the other side).
//
// Started as `hearth-whisper --model /abs/model.bin [--threads N] [--log-level info]`, it
// loads the model once, then writes one JSON line on stdout:
//   {"type":"ready","pid":..,"load_ms":..,"model":{..},"system":".."}
// or, when it cannot start, {"type":"fatal","code":..,"message":..} and exits with 2.
//
// Each request on stdin is one JSON header line followed by `samples` little-endian float32
// samples (16 kHz mono, -1..1):
//   {"id":1,"samples":48000,"language":"en","prompt":"..","threads":2,"audio_ctx":214,
//    "max_prompt_tokens":64,"fallback":false}\n<bytes>
// `prompt` is names separated by ", ", the most useful first: the driver keeps the longest
// start of it that is at most `max_prompt_tokens` tokens (prompt.h). `fallback`: whisper's
// temperature fallback (transcribe.cpp says why it is off by default).
// Each gets exactly one JSON line back, in order:
//   {"type":"result","id":1,"text":..,"segments":[{"t0_ms":..,"t1_ms":..,"text":..}],
//    "audio_ctx":..,"prompt_tokens":..,"prompt_used":"..",
//    "timings":{"mel_ms":..,"total_ms":..}}
//   {"type":"error","id":1,"code":..,"message":..}
// SIGUSR1 aborts the request being computed, or the next one when it comes while idle (it
// answers with code "aborted"); a request of 0 samples never computes and so never aborts:
// after an abort that came too late, one such request clears it. End of stdin ends the
// process with exit code 0. Anything else that can be read on stdout is a bug:
// whisper.cpp's own printing is sent to stderr.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// About 250 characters of names with a real model's vocabulary (about 4 characters a token).
const int DEFAULT_MAX_PROMPT_TOKENS = 64;

struct Request {
    int64_t id = 0;
    int64_t samples = 0;
    std::string language = "en";
    std::string prompt;
    int threads = 0;
    // 0: the model's own (1500 frames = 30 s); otherwise the encoder's window in 20 ms frames.
    int audio_ctx = 0;
    // Every prompt token is evaluated by the decoder before the first word, on every request.
    int max_prompt_tokens = DEFAULT_MAX_PROMPT_TOKENS;
    bool fallback = false;
};

// The longest audio one request may carry: 30 minutes.
const int64_t MAX_REQUEST_SAMPLES = 16000LL * 60 * 30;
// A cheap first bound: the prompt is cut to max_prompt_tokens (at most 224) anyway.
const size_t MAX_PROMPT_BYTES = 4096;
const size_t MAX_HEADER_BYTES = 64 * 1024;
