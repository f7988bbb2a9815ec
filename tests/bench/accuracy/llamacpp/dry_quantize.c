// `llama-quantize --dry-run` without building llama.cpp: calls llama_model_quantize() with dry_run set, from the
// libllama that node-llama-cpp ships prebuilt (the same llama.cpp as its bundled source). llama.cpp prints one line
// per tensor with the type it picks, and the total ("quant size"), then writes nothing.
//
//   cc -O1 -o dry_quantize dry_quantize.c -I<llama-src>/include -I<llama-src>/ggml/include
//      -L<bins> -l:libllama.v0.4.0.so -Wl,-rpath,<bins>      (one command line)
//   ./dry_quantize model-F16.gguf Q4_K_M
//
// measure_new_archs.mjs --quant-types builds and runs it.
#include "llama.h"

#include <stdio.h>
#include <string.h>

static void log_to_stdout(enum ggml_log_level level, const char* text, void* user)
{
    (void)level;
    (void)user;
    fputs(text, stdout);
}

int main(int argc, char** argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s model.gguf Q4_K_M|Q8_0|Q6_K|Q5_K_M|Q4_0|IQ4_XS\n", argv[0]);
        return 2;
    }
    static const struct
    {
        const char* name;
        enum llama_ftype ftype;
    } ftypes[] = {
        { "Q8_0", LLAMA_FTYPE_MOSTLY_Q8_0 },
        { "Q6_K", LLAMA_FTYPE_MOSTLY_Q6_K },
        { "Q5_K_M", LLAMA_FTYPE_MOSTLY_Q5_K_M },
        { "Q4_K_M", LLAMA_FTYPE_MOSTLY_Q4_K_M },
        { "Q4_0", LLAMA_FTYPE_MOSTLY_Q4_0 },
        { "IQ4_XS", LLAMA_FTYPE_MOSTLY_IQ4_XS },
    };
    struct llama_model_quantize_params params = llama_model_quantize_default_params();
    params.dry_run = true;
    params.nthread = 1;
    int found = 0;
    for (size_t i = 0; i < sizeof ftypes / sizeof ftypes[0]; i++) {
        if (strcmp(argv[2], ftypes[i].name) == 0) {
            params.ftype = ftypes[i].ftype;
            found = 1;
        }
    }
    if (!found) {
        fprintf(stderr, "unknown file type %s\n", argv[2]);
        return 2;
    }
    llama_log_set(log_to_stdout, NULL);
    llama_backend_init();
    const uint32_t rc = llama_model_quantize(argv[1], "/dev/null", &params);
    llama_backend_free();
    return rc == 0 ? 0 : 1;
}
