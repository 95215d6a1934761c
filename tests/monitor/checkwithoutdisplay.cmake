# Runs `MONITOR OPTION` (--help or --version) and checks that it exits 0 and prints EXPECT
# (a regular expression). The test runs it under `cmake -E env --unset=DISPLAY ...`: a command
# line that only asks for text must not need a display.
if(NOT MONITOR OR NOT OPTION OR NOT EXPECT)
    message(FATAL_ERROR "usage: cmake -DMONITOR=<exe> -DOPTION=<--help|--version> -DEXPECT=<regex> -P checkwithoutdisplay.cmake")
endif()
foreach(variable DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM)
    if(DEFINED ENV{${variable}})
        message(FATAL_ERROR "${variable} is set; run this under cmake -E env --unset=${variable}")
    endif()
endforeach()

execute_process(
    COMMAND "${MONITOR}" "${OPTION}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    TIMEOUT 30
)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "shuriken-monitor ${OPTION} without a display exited with ${result}:\n${output}\n${errors}")
endif()
if(NOT output MATCHES "${EXPECT}")
    message(FATAL_ERROR "shuriken-monitor ${OPTION} without a display did not print \"${EXPECT}\":\n${output}\n${errors}")
endif()
message(STATUS "shuriken-monitor ${OPTION} without a display:\n${output}")
