# One INTERFACE target that every target links: the language standard, the warning set and the
# Qt safety macros live here and nowhere else.
add_library(shuriken_common INTERFACE)
add_library(Shuriken::Common ALIAS shuriken_common)

target_compile_features(shuriken_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(shuriken_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Everything deprecated up to the Qt we build with (6.4) is off, so the code stays
    # source-compatible with newer Qt 6 releases.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SHURIKEN_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(shuriken_common INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wnull-dereference -Wimplicit-fallthrough -Wformat=2 -Wundef)
    if(SHURIKEN_WARNINGS_AS_ERRORS)
        target_compile_options(shuriken_common INTERFACE -Werror)
    endif()
    # Hardening of optimized builds (what Debian's dpkg-buildflags ask for): bounds-checked libc
    # calls and a read-only GOT resolved at start-up.
    # (-U first: Ubuntu's compiler predefines it, and a redefinition warns.)
    if(NOT SHURIKEN_SANITIZE)
        target_compile_options(shuriken_common INTERFACE
            "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    endif()
    if(UNIX AND NOT APPLE)
        target_link_options(shuriken_common INTERFACE -Wl,-z,relro,-z,now)
    endif()
    if(SHURIKEN_SANITIZE)
        target_compile_options(shuriken_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(shuriken_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(shuriken_common INTERFACE /W4 /permissive- /utf-8)
    if(SHURIKEN_WARNINGS_AS_ERRORS)
        target_compile_options(shuriken_common INTERFACE /WX)
    endif()
endif()

# Registers a Qt Test executable with CTest. Every test runs on the offscreen platform so it
# behaves the same in a terminal, under Xvfb and in CI.
function(shuriken_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Shuriken::Common Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=shuriken.*.debug=true;QTEST_DISABLE_STACK_DUMP=1")
endfunction()
