cmake_policy(SET CMP0007 NEW)
# Fails when code outside the store reaches its internals (docs/architecture.md, "The store's API"):
#   - store/StoreAccess.h (the SQL connection, the key, the change report) only in core/store and core/backup;
#   - store/StoreTesting.h (raw-key opening, the shell preamble) only in app/bench and tests/;
#   - store/Database.h and store/Migrations.h (Transaction, BulkLoad, trigger suspension) only in core/store,
#     core/backup, app/bench and tests/;
#   - no Transaction::begin or BulkLoad::begin outside core/store: services use Store::transaction / bulkLoad.
# SOURCE_DIR is the project's root.
set(rules
    "store/StoreAccess\\.h|core/store/|core/backup/"
    "store/StoreTesting\\.h|app/bench/|tests/"
    "store/Database\\.h|core/store/|core/backup/|app/bench/|tests/"
    "store/Migrations\\.h|core/store/|core/backup/|app/bench/|tests/")
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
set(offenders "")
foreach(file IN LISTS files)
    file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "#[ \t]*include|Transaction::begin|BulkLoad::begin")
    foreach(rule IN LISTS rules)
        string(REPLACE "|" ";" parts "${rule}")
        list(POP_FRONT parts header)
        set(allowed FALSE)
        foreach(prefix IN LISTS parts)
            string(FIND "${file}" "${prefix}" at)
            if(at EQUAL 0)
                set(allowed TRUE)
            endif()
        endforeach()
        if(NOT allowed)
            foreach(line IN LISTS lines)
                if(line MATCHES "#[ \t]*include[ \t]*\"${header}\"")
                    list(APPEND offenders "${file}: ${line}")
                endif()
            endforeach()
        endif()
    endforeach()
    string(FIND "${file}" "core/store/" inStore)
    string(FIND "${file}" "tests/core/store/" inStoreTests)
    if(NOT inStore EQUAL 0 AND NOT inStoreTests EQUAL 0)
        foreach(line IN LISTS lines)
            if(line MATCHES "(^|[^A-Za-z])(Transaction|BulkLoad)::begin")
                list(APPEND offenders "${file}: ${line}")
            endif()
        endforeach()
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "These files reach into the store's internals (use Store::transaction, Store::bulkLoad, "
                        "the repositories, or StoreTesting in tests):\n${text}")
endif()
list(LENGTH files count)
message(STATUS "the store keeps its internals: ${count} files checked")
