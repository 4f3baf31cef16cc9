# Project-wide warning flags, applied per target with reviewdesk_set_warnings().
function(reviewdesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    # GCC 12 reports false -Wrestrict warnings on `"literal" + std::string` at -O2
    # (GCC bug 105329); the pattern is correct C++, so that one warning stays off for GCC.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(REVIEWDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
