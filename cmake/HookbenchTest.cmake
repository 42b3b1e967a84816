# hookbench_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [LABELS <labels...>])
# One Qt Test executable per unit, registered with CTest and run offscreen.
function(hookbench_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test hookbench_core hookbench_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        HOOKBENCH_BINARY="$<TARGET_FILE:hookbench>"
        HOOKBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()
