# One INTERFACE target, daas_options, carries the house rules for every target of the project (qBittorrent's
# pattern): strict Qt defines, warnings, and the optional sanitizers. daas_fixture_options is the same without
# the sanitizers, for the programs the tests start beside the client (emulators, the probe on a remote
# display): the sanitizers are for the client and the tests, and a fixture slowed ten or twenty times over
# (the ICAT/IDS emulator summing a 1 GiB file before a ZIP's first byte: 28 s of tst_catalogue_ids_strict
# became 450-600 s under ASan, and under TSan no progress within 20 s) only makes the client's tests wait.
add_library(daas_options INTERFACE)
add_library(daas_fixture_options INTERFACE)
add_library(daas_sanitizers INTERFACE)
target_link_libraries(daas_options INTERFACE daas_fixture_options daas_sanitizers)
target_compile_definitions(daas_fixture_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060500
    QT_NO_KEYWORDS)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # (C: the Wayland protocol code qtwaylandscanner generates for the GUI)
    target_compile_options(daas_fixture_options INTERFACE -Wall -Wextra -Wpedantic -Wcast-align -Wformat=2
        $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor> $<$<COMPILE_LANGUAGE:CXX>:-Woverloaded-virtual>)
    # GCC's name of the shadowing warning; clang (the fuzz preset) has its own
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(daas_fixture_options INTERFACE -Wshadow=local)
    else()
        target_compile_options(daas_fixture_options INTERFACE -Wshadow-uncaptured-local)
    endif()
    if(DAAS_WERROR)
        target_compile_options(daas_fixture_options INTERFACE -Werror)
    endif()
    if(DAAS_SANITIZE)
        target_compile_options(daas_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(daas_sanitizers INTERFACE -fsanitize=address,undefined)
    endif()
    if(DAAS_SANITIZE_THREAD)
        if(DAAS_SANITIZE)
            message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer do not go together: one preset each")
        endif()
        target_compile_options(daas_sanitizers INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
        target_link_options(daas_sanitizers INTERFACE -fsanitize=thread)
    endif()
elseif(MSVC)
    target_compile_options(daas_fixture_options INTERFACE /W4 /permissive- /utf-8)
    if(DAAS_WERROR)
        target_compile_options(daas_fixture_options INTERFACE /WX)
    endif()
endif()

# daas_add_domain(NAME SOURCES ... LINKS ...): one static library per domain of the core, so that a domain
# links only what it uses and the dependency direction is checked by the build.
function(daas_add_domain name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    qt_add_library(daas_${name} STATIC ${ARG_SOURCES})
    target_include_directories(daas_${name} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(daas_${name} PUBLIC daas_options Qt6::Core ${ARG_LINKS})
    set_target_properties(daas_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
