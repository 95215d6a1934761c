# Runs `shuriken-monitor --screenshots OUTPUT_DIR` and checks that every expected picture exists,
# is not empty and starts with the PNG signature.
if(NOT MONITOR OR NOT OUTPUT_DIR)
    message(FATAL_ERROR "usage: cmake -DMONITOR=<exe> -DOUTPUT_DIR=<dir> -P checkscreenshots.cmake")
endif()

set(expected catalog.png event-table.png debugger.png)
file(REMOVE_RECURSE "${OUTPUT_DIR}")

execute_process(
    COMMAND "${MONITOR}" --screenshots "${OUTPUT_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    TIMEOUT 150
)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "shuriken-monitor --screenshots failed (${result}):\n${output}\n${errors}")
endif()

foreach(name IN LISTS expected)
    set(path "${OUTPUT_DIR}/${name}")
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "missing screenshot ${path}")
    endif()
    file(SIZE "${path}" size)
    if(size LESS 1000)
        message(FATAL_ERROR "screenshot ${path} is only ${size} bytes")
    endif()
    file(READ "${path}" signature LIMIT 8 HEX)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "${path} is not a PNG (starts with ${signature})")
    endif()
    message(STATUS "${path}: ${size} bytes")
endforeach()
