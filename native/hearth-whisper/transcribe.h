// One request: audio in, the JSON reply out (protocol.h).
#pragma once

#include "protocol.h"

#include "json.hpp"
#include "whisper.h"

#include <chrono>
#include <csignal>
#include <string>
#include <vector>

// Set by SIGUSR1: the request being computed is abandoned.
extern volatile std::sig_atomic_t g_abort_requested;

double ms_since(std::chrono::steady_clock::time_point start);

// `pcm` may be padded in place. `last_error` is whisper.cpp's last logged error, for the reply.
nlohmann::json transcribe(whisper_context * ctx, const Request & request, std::vector<float> & pcm,
                          const std::string & last_error);
