/* fuzz_jsonl_reader.c: libFuzzer target for the JSON Lines reader (see fuzz_reader.h). */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_reader_run(data, size, "fuzz.jsonl", INPUT_JSONL);
}
