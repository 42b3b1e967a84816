#pragma once

#include <cstdio>
#include <cstdlib>

// Reports which invariant broke, then crashes so that libFuzzer keeps the input.
#define check(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "invariant failed at line %d: %s\n", __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)
