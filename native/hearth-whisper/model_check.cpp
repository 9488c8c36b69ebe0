#include "model_check.h"

#include "ggml.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace {

// Generous upper bounds: the largest real whisper model (large-v3) stays far below them, and
// they keep a corrupt header from turning into a huge allocation inside whisper.cpp.
const int32_t MAX_VOCAB = 1 << 20;
const int32_t MAX_TEXT_CTX = 1 << 10;
// whisper.cpp indexes its special tokens (50256 and up) without checking the vocabulary size,
// and sizes its mel input for 30 s windows (1500 audio frames) with a 400-point FFT.
const int32_t MIN_MODEL_VOCAB = 51864;
const int32_t MAX_MODEL_VOCAB = 52000;
const int32_t MAX_AUDIO_CTX = 1500;
const int32_t N_FFT = 201;
const int32_t MAX_STATE = 1 << 12;
const int32_t MAX_LAYERS = 64;
const int32_t MAX_MELS = 256;
const uint32_t MAX_TOKEN_BYTES = 1 << 12;
const int32_t MAX_NAME_BYTES = 1 << 10;

class Reader {
public:
    explicit Reader(FILE * file, int64_t size) : file_(file), size_(size) {}

    int64_t offset() const { return offset_; }
    int64_t remaining() const { return size_ - offset_; }

    bool read(void * out, int64_t n) {
        if (n < 0 || n > remaining()) return false;
        if (n > 0 && std::fread(out, 1, (size_t) n, file_) != (size_t) n) return false;
        offset_ += n;
        return true;
    }

    bool i32(int32_t & out) { return read(&out, sizeof(out)); }
    bool u32(uint32_t & out) { return read(&out, sizeof(out)); }

    bool skip(int64_t n) {
        if (n < 0 || n > remaining()) return false;
        if (fseeko(file_, (off_t) n, SEEK_CUR) != 0) return false;
        offset_ += n;
        return true;
    }

private:
    FILE * file_;
    int64_t size_;
    int64_t offset_ = 0;
};

ModelCheck fail(ModelCheck result, const char * code, const std::string & message) {
    result.ok = false;
    result.code = code;
    result.message = message;
    return result;
}

bool in_range(int32_t v, int32_t lo, int32_t hi) { return v >= lo && v <= hi; }

// ggml_ftype_to_ggml_type() aborts the process on an unknown value, so ask it only about these.
bool known_ftype(int32_t ftype) {
    if (ftype < 0) return false;
    switch (ftype % GGML_QNT_VERSION_FACTOR) {
        case GGML_FTYPE_ALL_F32:
        case GGML_FTYPE_MOSTLY_F16:
        case GGML_FTYPE_MOSTLY_Q4_0:
        case GGML_FTYPE_MOSTLY_Q4_1:
        case GGML_FTYPE_MOSTLY_Q8_0:
        case GGML_FTYPE_MOSTLY_Q5_0:
        case GGML_FTYPE_MOSTLY_Q5_1:
        case GGML_FTYPE_MOSTLY_Q2_K:
        case GGML_FTYPE_MOSTLY_Q3_K:
        case GGML_FTYPE_MOSTLY_Q4_K:
        case GGML_FTYPE_MOSTLY_Q5_K:
        case GGML_FTYPE_MOSTLY_Q6_K:
            return true;
        default:
            return false;
    }
}

}  // namespace

ModelCheck check_model_file(const std::string & path) {
    ModelCheck r;
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            return fail(r, "model_missing", "the model file " + path + " does not exist");
        }
        return fail(r, "model_unreadable",
                    "cannot read the model file " + path + ": " + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        return fail(r, "model_invalid", "the model path " + path + " is not a regular file");
    }
    r.file_bytes = (int64_t) st.st_size;

    FILE * file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        return fail(r, "model_unreadable",
                    "cannot read the model file " + path + ": " + std::strerror(errno));
    }
    Reader in(file, r.file_bytes);
    const std::string not_whisper = path + " is not a whisper.cpp ggml model";
    const std::string truncated = "the model file " + path + " is truncated or corrupt";

    auto done = [&](ModelCheck result) {
        std::fclose(file);
        return result;
    };

    uint32_t magic = 0;
    if (!in.u32(magic) || magic != GGML_FILE_MAGIC) {
        return done(fail(r, "model_invalid", not_whisper + " (wrong magic number)"));
    }

    int32_t hp[11];
    for (int32_t & v : hp) {
        if (!in.i32(v)) return done(fail(r, "model_invalid", truncated + " (header)"));
    }
    const int32_t n_vocab = hp[0], n_audio_ctx = hp[1], n_audio_state = hp[2],
                  n_audio_head = hp[3], n_audio_layer = hp[4], n_text_ctx = hp[5],
                  n_text_state = hp[6], n_text_head = hp[7], n_text_layer = hp[8],
                  n_mels = hp[9], ftype = hp[10];
    const bool sane = in_range(n_vocab, MIN_MODEL_VOCAB, MAX_MODEL_VOCAB) &&
                      in_range(n_audio_ctx, 1, MAX_AUDIO_CTX) &&
                      in_range(n_audio_state, 1, MAX_STATE) &&
                      in_range(n_audio_head, 1, n_audio_state) &&
                      n_audio_state % n_audio_head == 0 &&
                      in_range(n_audio_layer, 1, MAX_LAYERS) && in_range(n_text_ctx, 1, MAX_TEXT_CTX) &&
                      n_text_state == n_audio_state && in_range(n_text_head, 1, n_text_state) &&
                      n_text_state % n_text_head == 0 && in_range(n_text_layer, 1, MAX_LAYERS) &&
                      in_range(n_mels, 1, MAX_MELS) && known_ftype(ftype);
    if (!sane) return done(fail(r, "model_invalid", not_whisper + " (impossible header values)"));
    r.n_vocab = n_vocab;
    r.n_audio_ctx = n_audio_ctx;
    r.n_audio_state = n_audio_state;
    r.n_audio_layer = n_audio_layer;
    r.n_text_layer = n_text_layer;
    r.n_mels = n_mels;
    r.ftype = ftype;

    int32_t f_mel = 0, f_fft = 0;
    if (!in.i32(f_mel) || !in.i32(f_fft) || f_mel != n_mels || f_fft != N_FFT ||
        !in.skip((int64_t) f_mel * f_fft * 4)) {
        return done(fail(r, "model_invalid", truncated + " (mel filters)"));
    }

    int32_t n_tokens = 0;
    if (!in.i32(n_tokens) || !in_range(n_tokens, 0, MAX_VOCAB)) {
        return done(fail(r, "model_invalid", truncated + " (vocabulary)"));
    }
    for (int32_t i = 0; i < n_tokens; i++) {
        uint32_t len = 0;
        if (!in.u32(len) || len > MAX_TOKEN_BYTES || !in.skip(len)) {
            return done(fail(r, "model_invalid", truncated + " (vocabulary)"));
        }
    }

    // Tensors, until fewer bytes remain than a tensor header: whisper.cpp stops there too.
    while (in.remaining() >= 12) {
        int32_t n_dims = 0, name_len = 0, ttype = 0;
        in.i32(n_dims);
        in.i32(name_len);
        in.i32(ttype);
        if (!in_range(n_dims, 1, 4) || !in_range(name_len, 1, MAX_NAME_BYTES) ||
            !in_range(ttype, 0, GGML_TYPE_COUNT - 1)) {
            return done(fail(r, "model_invalid", truncated + " (tensor header)"));
        }
        int64_t elements = 1;
        for (int32_t d = 0; d < n_dims; d++) {
            int32_t ne = 0;
            if (!in.i32(ne) || ne < 1) {
                return done(fail(r, "model_invalid", truncated + " (tensor shape)"));
            }
            elements *= ne;
            if (elements > ((int64_t) 1 << 34)) {
                return done(fail(r, "model_invalid", truncated + " (tensor shape)"));
            }
        }
        const int64_t block = ggml_blck_size((ggml_type) ttype);
        if (block <= 0 || elements % block != 0) {
            return done(fail(r, "model_invalid", truncated + " (tensor shape)"));
        }
        const int64_t bytes = elements / block * (int64_t) ggml_type_size((ggml_type) ttype);
        if (!in.skip(name_len) || !in.skip(bytes)) {
            return done(fail(r, "model_invalid", truncated + " (tensor data)"));
        }
        r.tensors++;
    }

    r.ok = true;
    return done(r);
}
