# Smoke test of rapport-bench (issue #10): `rapport-bench --quick --json` must succeed and print one JSON object with
# every figure the issue names. It asserts nothing about speed.
# Usage: cmake -DBENCH=<rapport-bench> -DRAPPORT=<rapport> -P CheckBenchJson.cmake
execute_process(
    COMMAND "${BENCH}" --quick --json --rapport "${RAPPORT}"
    OUTPUT_VARIABLE output
    ERROR_VARIABLE progress
    RESULT_VARIABLE exit_code)
if(NOT exit_code EQUAL 0)
    message(FATAL_ERROR "rapport-bench --quick --json failed (${exit_code}):\n${progress}")
endif()

string(JSON type ERROR_VARIABLE json_error TYPE "${output}")
if(json_error OR NOT type STREQUAL "OBJECT")
    message(FATAL_ERROR "rapport-bench did not print a JSON object: ${json_error}\n${output}")
endif()

foreach(key unlock_ms startup_ms startup_floor_ms startup_vs_floor_ratio submit_ms hr_ms_10k hr_vs_sql_ratio hr_view_vs_sql_ratio encryption_overhead_ratio gui_peak_rss_mb
            backup_mb_per_s)
    string(JSON value_type ERROR_VARIABLE key_error TYPE "${output}" ${key})
    if(key_error OR NOT value_type STREQUAL "NUMBER")
        message(FATAL_ERROR "rapport-bench: '${key}' is missing or not a number (${value_type})\n${output}")
    endif()
endforeach()

string(JSON sizes ERROR_VARIABLE key_error LENGTH "${output}" hr_ms_by_size)
if(key_error OR NOT sizes EQUAL 3)
    message(FATAL_ERROR "rapport-bench: hr_ms_by_size should hold three sizes\n${output}")
endif()
# The small store and the three sizes, each against the floor.
string(JSON sizes ERROR_VARIABLE key_error LENGTH "${output}" startup_vs_floor_ratio_by_size)
if(key_error OR sizes LESS 3)
    message(FATAL_ERROR "rapport-bench: startup_vs_floor_ratio_by_size should hold every size\n${output}")
endif()
# The hub's paths (issue #22): present unless rapport-bench said why it skipped them (no PostgreSQL server).
string(JSON hub_skipped ERROR_VARIABLE skipped_error GET "${output}" hub_skipped)
if(skipped_error)
    foreach(key hub_vs_local_hr_ratio sync_first_ms sync_incremental_ms professional_pull_ms professional_pull_clients
                sync_concurrent_clients sync_p50_ms sync_p95_ms sync_max_ms)
        string(JSON value_type ERROR_VARIABLE key_error TYPE "${output}" ${key})
        if(key_error OR NOT value_type STREQUAL "NUMBER")
            message(FATAL_ERROR "rapport-bench: '${key}' is missing or not a number (${value_type})\n${output}")
        endif()
    endforeach()
    string(JSON sizes ERROR_VARIABLE key_error LENGTH "${output}" hub_hr_ms_by_size)
    if(key_error OR NOT sizes EQUAL 3)
        message(FATAL_ERROR "rapport-bench: hub_hr_ms_by_size should hold three sizes\n${output}")
    endif()
else()
    message(STATUS "rapport-bench skipped the hub figures: ${hub_skipped}")
endif()
foreach(key cores cpu_model)
    string(JSON value ERROR_VARIABLE key_error GET "${output}" machine ${key})
    if(key_error OR value STREQUAL "")
        message(FATAL_ERROR "rapport-bench: machine.${key} is missing\n${output}")
    endif()
endforeach()
string(JSON version ERROR_VARIABLE key_error GET "${output}" rapport_version)
if(key_error OR version STREQUAL "")
    message(FATAL_ERROR "rapport-bench: rapport_version is missing\n${output}")
endif()
message(STATUS "rapport-bench --quick printed every figure")
