# Third-party libraries Hookbench links against, found from the system (never vendored).

# dtl (Diff Template Library): header-only, for the window's body and response diffs.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)
add_library(hookbench::dtl INTERFACE IMPORTED)
set_target_properties(hookbench::dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${DTL_INCLUDE_DIR}")

# http-parser ships neither a CMake package nor a pkg-config file on Debian.
find_path(HTTP_PARSER_INCLUDE_DIR http_parser.h REQUIRED)
find_library(HTTP_PARSER_LIBRARY NAMES http_parser REQUIRED)
add_library(HttpParser::HttpParser UNKNOWN IMPORTED)
set_target_properties(HttpParser::HttpParser PROPERTIES
    IMPORTED_LOCATION "${HTTP_PARSER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HTTP_PARSER_INCLUDE_DIR}")

# OpenSSL: HMAC, Ed25519 and ECDSA for signatures, AES-GCM for the encrypted secrets file.
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)

# simdjson: order-preserving JSON (raw tokens keep number text and escapes).
find_package(simdjson REQUIRED)

# Content-Encoding decoding for display and search: gzip/deflate (zlib) and br (brotli).
find_package(ZLIB REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(BROTLIDEC REQUIRED IMPORTED_TARGET libbrotlidec)

# QtKeychain: signing secrets live in the OS keychain (Secret Service, macOS Keychain, Windows
# Credential Manager), never in the store or settings.
find_package(Qt6Keychain REQUIRED)

# mimalloc replaces malloc in the hookbench executable. Capture allocates on one thread and frees
# on the store writer's: glibc's allocator spent ~6% of capture's CPU on that, mimalloc about
# half (bench/README.md). Linking the shared library is enough on Linux and macOS; on Windows
# overriding needs mimalloc-redirect.dll and link-order care, so it is off there.
if(WIN32)
    set(hookbench_mimalloc_default OFF)
else()
    set(hookbench_mimalloc_default ON)
endif()
option(HOOKBENCH_MIMALLOC "Use mimalloc as the executable's memory allocator"
    ${hookbench_mimalloc_default})
if(HOOKBENCH_MIMALLOC)
    find_package(mimalloc 2 CONFIG REQUIRED)
endif()
