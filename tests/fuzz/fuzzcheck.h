#pragma once

#include <cstdio>
#include <cstdlib>

// A broken promise of the code under test (a property its header documents) ends the run like
// a crash, so libFuzzer saves the input that broke it. Plain abort(): sanitizers and libFuzzer
// catch it; no Qt message handler in between.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
