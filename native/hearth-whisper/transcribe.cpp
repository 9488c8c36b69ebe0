#include "transcribe.h"

#include "prompt.h"

#include <algorithm>
#include <cmath>
#include <cstring>

using json = nlohmann::json;

volatile std::sig_atomic_t g_abort_requested = 0;

namespace {

const int SAMPLE_RATE = 16000;
// whisper.cpp returns nothing for less than 1 s of audio (and reads 200 samples before the
// start of anything shorter), so short commands ("lights off") are padded with silence.
const size_t MIN_SAMPLES = SAMPLE_RATE * 11 / 10;

struct Timing {
    std::chrono::steady_clock::time_point start;
    double mel_ms = -1;
};

bool on_encoder_begin(whisper_context *, whisper_state *, void * user_data) {
    auto * timing = static_cast<Timing *>(user_data);
    if (timing->mel_ms < 0) timing->mel_ms = ms_since(timing->start);
    return g_abort_requested == 0;
}

bool on_abort(void *) { return g_abort_requested != 0; }

json error(int64_t id, const char * code, const std::string & message) {
    return {{"type", "error"}, {"id", id}, {"code", code}, {"message", message}};
}

// The same prompt comes with every request: it is cut (a few tokenizations) only when it changes.
const BoundedPrompt & cached_prompt(whisper_context * ctx, const std::string & prompt, int max_tokens) {
    static std::string last_prompt;
    static int last_max = -1;
    static BoundedPrompt last;
    if (prompt != last_prompt || max_tokens != last_max || !last.ok) {
        last = bound_prompt(ctx, prompt, max_tokens);
        last_prompt = prompt;
        last_max = max_tokens;
    }
    return last;
}

}  // namespace

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

json transcribe(whisper_context * ctx, const Request & request, std::vector<float> & pcm,
                const std::string & last_error) {
    Timing timing{std::chrono::steady_clock::now()};
    const bool multilingual = whisper_is_multilingual(ctx) != 0;
    // An English-only model has nothing to detect.
    const std::string language = !multilingual && request.language == "auto" ? "en" : request.language;
    const bool auto_language = language == "auto";
    if (!auto_language && whisper_lang_id(language.c_str()) < 0) {
        return error(request.id, "bad_language",
                     "\"" + language + "\" is not a language whisper knows");
    }
    if (!multilingual && language != "en") {
        return error(request.id, "language_unsupported",
                     "this model understands only English; use a multilingual model for \"" +
                         request.language + "\"");
    }

    const int64_t audio_ms = request.samples * 1000 / SAMPLE_RATE;
    const int model_ctx = whisper_model_n_audio_ctx(ctx);
    const int audio_ctx = request.audio_ctx <= 0 || request.audio_ctx >= model_ctx ? 0 : request.audio_ctx;
    json reply = {{"type", "result"},
                  {"id", request.id},
                  {"text", ""},
                  {"segments", json::array()},
                  {"language", auto_language ? "" : language},
                  {"audio_ctx", audio_ctx == 0 ? model_ctx : audio_ctx}};
    // The decoder evaluates every prompt token before the first word of every request (with
    // whisper.cpp's own code it also projected each onto the whole vocabulary: see
    // scripts/buildWhisper.mjs). whisper keeps at most the LAST n_text_ctx/2 tokens, which would
    // drop the most useful names, so the cut here never asks for more.
    const int max_prompt_tokens = std::min(request.max_prompt_tokens, whisper_n_text_ctx(ctx) / 2);
    const BoundedPrompt & prompt = cached_prompt(ctx, request.prompt, max_prompt_tokens);
    if (!prompt.ok) return error(request.id, "bad_request", "the prompt could not be tokenized");
    reply["prompt_tokens"] = prompt.tokens.size();
    reply["prompt_used"] = prompt.text;

    if (request.samples == 0) {
        reply["timings"] = {{"mel_ms", 0}, {"total_ms", ms_since(timing.start)}};
        return reply;
    }

    // Non-finite samples would poison the whole mel spectrogram.
    for (float & s : pcm) {
        if (!std::isfinite(s)) s = 0.0f;
    }
    if (pcm.size() < MIN_SAMPLES) pcm.resize(MIN_SAMPLES, 0.0f);

    whisper_full_params params = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
    params.n_threads = request.threads;
    params.no_context = true;  // every request stands alone: no text carried over
    // One utterance is one command: without this, whisper seeks past the end of the first
    // segment it writes and runs the encoder again on what is left (often trailing silence,
    // where it invents "Thank you."). whisper.cpp's own command and stream examples do the same.
    params.single_segment = true;
    // A command is a few tokens a second. A decoder stuck repeating itself would otherwise run
    // to whisper's limit of 220 tokens, each a full decoder pass, before giving up.
    const int64_t window_s = std::min<int64_t>(30, (request.samples + SAMPLE_RATE - 1) / SAMPLE_RATE);
    params.max_tokens = (int) std::min<int64_t>(whisper_n_text_ctx(ctx) / 2 - 4, 32 + 16 * window_s);
    // whisper's temperature fallback decodes again when the best result looks unsure (average
    // log-probability under -1) or repetitive: up to 5 more passes at temperatures 0.2-1.0, the
    // ones under 0.5 evaluating the prompt again, those above 0 with 5 sampling decoders. It was
    // made for long recordings, and in whisper.cpp v1.5 it misfires on short ones: within the
    // last 3 s of audio it never checks for success, so a command of 3 s or less is always
    // decoded 6 times and the answer is the last pass, sampled at temperature 1.0 (measured:
    // README.md). Even where it works, it makes exactly the unsure commands several times
    // slower, and a sampled re-reading of a short unsure command is seldom the command (the
    // planner refuses what it cannot match; the user repeats). So: greedy, one pass; a decoder
    // stuck in a loop is cut by max_tokens above.
    if (!request.fallback) {
        params.temperature_inc = 0.0f;
        params.greedy.best_of = 1;
    }
    params.print_special = false;
    params.print_progress = false;
    params.print_realtime = false;
    params.print_timestamps = false;
    params.suppress_blank = true;
    params.suppress_non_speech_tokens = true;
    params.language = auto_language ? nullptr : language.c_str();
    params.detect_language = false;
    params.audio_ctx = audio_ctx;
    params.prompt_tokens = prompt.tokens.empty() ? nullptr : prompt.tokens.data();
    params.prompt_n_tokens = (int) prompt.tokens.size();
    params.encoder_begin_callback = on_encoder_begin;
    params.encoder_begin_callback_user_data = &timing;
    params.abort_callback = on_abort;
    params.abort_callback_user_data = nullptr;

    const int rc = whisper_full(ctx, params, pcm.data(), (int) pcm.size());
    if (g_abort_requested != 0) return error(request.id, "aborted", "the request was aborted");
    if (rc != 0) {
        return error(request.id, "transcribe_failed",
                     "whisper.cpp failed (code " + std::to_string(rc) + ")" +
                         (last_error.empty() ? "" : ": " + last_error));
    }

    std::string text;
    json segments = json::array();
    const int n = whisper_full_n_segments(ctx);
    for (int i = 0; i < n; i++) {
        const char * segment_text = whisper_full_get_segment_text(ctx, i);
        // whisper's times are in 10 ms units; the padding must not stretch the last segment.
        const int64_t t0 = std::min<int64_t>(whisper_full_get_segment_t0(ctx, i) * 10, audio_ms);
        const int64_t t1 = std::min<int64_t>(whisper_full_get_segment_t1(ctx, i) * 10, audio_ms);
        segments.push_back({{"t0_ms", t0}, {"t1_ms", std::max(t0, t1)}, {"text", segment_text}});
        text += segment_text;
    }
    reply["text"] = text;
    reply["segments"] = segments;
    if (auto_language) reply["language"] = whisper_lang_str(whisper_full_lang_id(ctx));
    reply["timings"] = {{"mel_ms", timing.mel_ms < 0 ? 0.0 : timing.mel_ms},
                        {"total_ms", ms_since(timing.start)}};
    return reply;
}
