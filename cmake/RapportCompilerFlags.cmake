# Project-wide compiler settings, applied to every Rapport target through rapport_apply_compiler_flags().

add_library(rapport_compiler_flags INTERFACE)
target_compile_definitions(rapport_compiler_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RAPPORT_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rapport_compiler_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
    if(RAPPORT_WERROR)
        target_compile_options(rapport_compiler_flags INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(rapport_compiler_flags INTERFACE /W4 /permissive- /utf-8)
    if(RAPPORT_WERROR)
        target_compile_options(rapport_compiler_flags INTERFACE /WX)
    endif()
endif()
