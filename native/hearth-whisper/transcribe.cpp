#include "transcribe.h"

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
    if (request.samples == 0) {
        reply["timings"] = {{"mel_ms", 0}, {"total_ms", ms_since(timing.start)}};
        return reply;
    }

    // Non-finite samples would poison the whole mel spectrogram.
    for (float & s : pcm) {
        if (!std::isfinite(s)) s = 0.0f;
    }
    if (pcm.size() < MIN_SAMPLES) pcm.resize(MIN_SAMPLES, 0.0f);

    std::vector<whisper_token> prompt_tokens;
    if (!request.prompt.empty()) {
        prompt_tokens.resize(request.prompt.size() + 8);  // never more tokens than bytes
        const int n = whisper_tokenize(ctx, request.prompt.c_str(), prompt_tokens.data(),
                                       (int) prompt_tokens.size());
        if (n < 0) return error(request.id, "bad_request", "the prompt could not be tokenized");
        prompt_tokens.resize((size_t) n);
    }

    whisper_full_params params = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
    params.n_threads = request.threads;
    params.no_context = true;  // every request stands alone: no text carried over
    params.print_special = false;
    params.print_progress = false;
    params.print_realtime = false;
    params.print_timestamps = false;
    params.suppress_blank = true;
    params.suppress_non_speech_tokens = true;
    params.language = auto_language ? nullptr : language.c_str();
    params.detect_language = false;
    params.audio_ctx = audio_ctx;
    params.prompt_tokens = prompt_tokens.empty() ? nullptr : prompt_tokens.data();
    params.prompt_n_tokens = (int) prompt_tokens.size();
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
