# One INTERFACE target carries the project's warnings and Qt's strictness defines.
add_library(hookbench_options INTERFACE)
target_compile_definitions(hookbench_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HOOKBENCH_VERSION="${PROJECT_VERSION}"
    HOOKBENCH_APP_ID="${HOOKBENCH_APP_ID}")
if(MSVC)
    target_compile_options(hookbench_options INTERFACE /W4 $<$<BOOL:${HOOKBENCH_WERROR}>:/WX>)
else()
    target_compile_options(hookbench_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough
        $<$<BOOL:${HOOKBENCH_WERROR}>:-Werror>)
endif()
