# Runs one libFuzzer target for a fixed number of iterations (-runs, -seed=1: the same run every time) from its
# seed corpus. New inputs go to a scratch folder in the build tree, emptied first, so the source corpus is never
# written and one run does not feed the next. A crash leaves its input in WORK/ and fails the test.
foreach(variable FUZZER CORPUS WORK RUNS MAX_LEN)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "RunFuzzer.cmake: ${variable} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/new" "${WORK}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -max_len=${MAX_LEN} -timeout=60 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ "${WORK}/new" "${CORPUS}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}). Reproduce with: ${FUZZER} ${artifacts}\n"
                        "Fix the cause, then add the input to ${CORPUS} and as a regression test in tests/core.")
endif()
