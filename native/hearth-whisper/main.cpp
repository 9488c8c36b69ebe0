// hearth-whisper: keeps one whisper.cpp model loaded and transcribes the audio it is sent.
// The protocol is described in protocol.h.

#include "model_check.h"
#include "protocol.h"
#include "transcribe.h"

#include "json.hpp"
#include "whisper.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

using json = nlohmann::json;

namespace {

// The protocol's stdout; fd 1 itself is pointed at stderr so that nothing whisper.cpp or ggml
// prints can ever be mistaken for a reply.
int g_out_fd = -1;
bool g_log_info = false;
std::string g_last_log_error;

void write_line(const json & message) {
    // Invalid UTF-8 (a token split inside a character) becomes U+FFFD instead of an exception.
    const std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = write(g_out_fd, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) std::_Exit(0);  // the reader is gone: nobody is left to answer
        done += (size_t) n;
    }
}

[[noreturn]] void fatal(const std::string & code, const std::string & message) {
    write_line({{"type", "fatal"}, {"code", code}, {"message", message}});
    std::exit(2);
}

void on_log(enum ggml_log_level level, const char * text, void * /*user_data*/) {
    if (level == GGML_LOG_LEVEL_ERROR) {
        g_last_log_error = text;
        while (!g_last_log_error.empty() &&
               (g_last_log_error.back() == '\n' || g_last_log_error.back() == ' ')) {
            g_last_log_error.pop_back();
        }
    }
    if (level != GGML_LOG_LEVEL_INFO || g_log_info) std::fputs(text, stderr);
}

void on_sigusr1(int) { g_abort_requested = 1; }

// Reads one line (without its newline); false at end of input before any byte.
bool read_line(std::string & line) {
    line.clear();
    for (;;) {
        const int c = std::getc(stdin);
        if (c == EOF) {
            if (line.empty()) return false;
            fatal("protocol", "the request header ended without a newline");
        }
        if (c == '\n') return true;
        if (line.size() >= MAX_HEADER_BYTES) fatal("protocol", "request header too long");
        line.push_back((char) c);
    }
}

bool read_exact(void * out, size_t bytes) {
    return std::fread(out, 1, bytes, stdin) == bytes;
}

void discard(int64_t bytes) {
    char buffer[1 << 16];
    while (bytes > 0) {
        const size_t n = (size_t) std::min<int64_t>(bytes, sizeof(buffer));
        if (!read_exact(buffer, n)) fatal("protocol", "the audio ended early");
        bytes -= (int64_t) n;
    }
}

// Throws std::invalid_argument with a message for the client when a field is wrong.
Request parse_request(const json & header, int default_threads) {
    Request r;
    auto integer = [&](const char * key, int64_t lo, int64_t hi, int64_t fallback) -> int64_t {
        if (!header.contains(key)) return fallback;
        const json & v = header.at(key);
        if (!v.is_number_integer() || v.get<int64_t>() < lo || v.get<int64_t>() > hi) {
            throw std::invalid_argument(std::string("\"") + key + "\" must be an integer from " +
                                        std::to_string(lo) + " to " + std::to_string(hi));
        }
        return v.get<int64_t>();
    };
    auto text = [&](const char * key, const std::string & fallback) -> std::string {
        if (!header.contains(key)) return fallback;
        const json & v = header.at(key);
        if (!v.is_string()) throw std::invalid_argument(std::string("\"") + key + "\" must be a string");
        return v.get<std::string>();
    };
    r.threads = (int) integer("threads", 1, 64, default_threads);
    r.audio_ctx = (int) integer("audio_ctx", 0, 1 << 16, 0);
    r.max_prompt_tokens = (int) integer("max_prompt_tokens", 0, 1 << 16, DEFAULT_MAX_PROMPT_TOKENS);
    if (header.contains("fallback")) {
        if (!header.at("fallback").is_boolean()) throw std::invalid_argument("\"fallback\" must be true or false");
        r.fallback = header.at("fallback").get<bool>();
    }
    r.language = text("language", "en");
    r.prompt = text("prompt", "");
    if (r.prompt.size() > MAX_PROMPT_BYTES) {
        throw std::invalid_argument("the prompt is longer than " + std::to_string(MAX_PROMPT_BYTES) +
                                    " bytes");
    }
    return r;
}

struct Args {
    std::string model;
    int threads = 0;
};

Args parse_args(int argc, char ** argv) {
    Args args;
    for (int i = 1; i < argc; i++) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--model" && has_value) {
            args.model = argv[++i];
        } else if (a == "--threads" && has_value) {
            args.threads = std::atoi(argv[++i]);
        } else if (a == "--log-level" && has_value) {
            g_log_info = std::string(argv[++i]) == "info";
        } else {
            fatal("bad_arguments", "unknown argument " + a +
                                       "; usage: hearth-whisper --model /abs/model.bin "
                                       "[--threads N] [--log-level info|warn]");
        }
    }
    if (args.model.empty() || args.model[0] != '/') {
        fatal("bad_arguments", "--model needs an absolute path to a whisper model file");
    }
    if (args.threads <= 0) {
        const unsigned cores = std::thread::hardware_concurrency();
        args.threads = (int) std::max(1u, std::min(4u, cores == 0 ? 1u : cores));
    }
    return args;
}

}  // namespace

int main(int argc, char ** argv) {
    g_out_fd = dup(STDOUT_FILENO);
    if (g_out_fd < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return 2;
#ifdef __linux__
    // Never outlive the app, even when it is killed without a chance to close our stdin.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    std::signal(SIGPIPE, SIG_IGN);
    struct sigaction abort_action {};
    abort_action.sa_handler = on_sigusr1;
    abort_action.sa_flags = SA_RESTART;  // an abort between requests must not break a read
    sigemptyset(&abort_action.sa_mask);
    sigaction(SIGUSR1, &abort_action, nullptr);
    whisper_log_set(on_log, nullptr);

    const Args args = parse_args(argc, argv);

    const ModelCheck check = check_model_file(args.model);
    if (!check.ok) fatal(check.code, check.message);

    const auto t_load = std::chrono::steady_clock::now();
    whisper_context_params cparams = whisper_context_default_params();
    cparams.use_gpu = false;
    whisper_context * ctx = whisper_init_from_file_with_params(args.model.c_str(), cparams);
    if (ctx == nullptr) {
        fatal("model_load_failed", "whisper.cpp could not load the model " + args.model +
                                       (g_last_log_error.empty() ? "" : ": " + g_last_log_error));
    }
    const double load_ms = ms_since(t_load);

    write_line({{"type", "ready"},
                {"pid", (int64_t) getpid()},
                {"load_ms", load_ms},
                {"threads", args.threads},
                {"model",
                 {{"type", whisper_model_type_readable(ctx)},
                  {"multilingual", whisper_is_multilingual(ctx) != 0},
                  {"n_vocab", check.n_vocab},
                  {"n_audio_ctx", check.n_audio_ctx},
                  {"n_audio_state", check.n_audio_state},
                  {"n_audio_layer", check.n_audio_layer},
                  {"n_text_layer", check.n_text_layer},
                  {"n_mels", check.n_mels},
                  {"ftype", check.ftype},
                  {"tensors", check.tensors},
                  {"bytes", check.file_bytes}}},
                {"system", whisper_print_system_info()}});

    std::string line;
    std::vector<float> pcm;
    for (;;) {
        // Cleared while idle, not after the read: an abort sent just after a request was
        // written, before it was read, must still stop that request.
        g_abort_requested = 0;
        if (!read_line(line)) break;
        json header;
        try {
            header = json::parse(line);
        } catch (const std::exception &) {
            // Without a header the audio's length is unknown, so the stream cannot be resynced.
            fatal("protocol", "a request header is not valid JSON");
        }
        if (!header.is_object() || !header.contains("id") || !header.at("id").is_number_integer() ||
            !header.contains("samples") || !header.at("samples").is_number_integer()) {
            fatal("protocol", "a request header needs an integer \"id\" and \"samples\"");
        }
        const int64_t id = header.at("id").get<int64_t>();
        const int64_t samples = header.at("samples").get<int64_t>();
        if (samples < 0 || samples > MAX_REQUEST_SAMPLES) {
            fatal("protocol", "\"samples\" must be from 0 to " + std::to_string(MAX_REQUEST_SAMPLES));
        }

        Request request;
        std::string invalid;
        try {
            request = parse_request(header, args.threads);
        } catch (const std::invalid_argument & e) {
            invalid = e.what();
        }
        request.id = id;
        request.samples = samples;
        if (!invalid.empty()) {
            discard(samples * 4);
            write_line({{"type", "error"}, {"id", id}, {"code", "bad_request"}, {"message", invalid}});
            continue;
        }
        pcm.assign((size_t) samples, 0.0f);
        if (samples > 0 && !read_exact(pcm.data(), (size_t) samples * 4)) {
            fatal("protocol", "the audio ended early");
        }
        g_last_log_error.clear();
        write_line(transcribe(ctx, request, pcm, g_last_log_error));
        if (g_log_info) {
            // Where one request's time went (encoder, prompt, decoder steps), on stderr.
            whisper_print_timings(ctx);
            whisper_reset_timings(ctx);
        }
    }
    whisper_free(ctx);
    return 0;
}
