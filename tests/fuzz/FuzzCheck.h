#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets share. An invariant that fails aborts at once: libFuzzer then keeps the
// input as a crash, and the corpus replay under ctest fails.
#define FUZZ_CHECK(condition) ((condition) ? void() : fuzzFailed(#condition, __FILE__, __LINE__))

[[noreturn]] inline void fuzzFailed(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, condition);
    std::abort();
}

// The input as text, as a paste or a file read as UTF-8 gives it.
inline QString fuzzText(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
