# Project-wide warning flags, applied per target with reviewdesk_set_warnings().
function(reviewdesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    if(REVIEWDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
