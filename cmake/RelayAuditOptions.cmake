# One INTERFACE target carries the language level, the warnings, hardening and
# Qt's strictness macros; every target of the project links it.
add_library(relayaudit_options INTERFACE)
add_library(relay::options ALIAS relayaudit_options)

target_compile_features(relayaudit_options INTERFACE cxx_std_20)
target_compile_options(relayaudit_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wshadow -Wcast-qual -Wformat=2
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
    -fstack-protector-strong)
target_link_options(relayaudit_options INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
target_compile_definitions(relayaudit_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    RELAYAUDIT_VERSION="${PROJECT_VERSION}")

# LLVM's lld links what GNU ld links, five times faster: a fifth of a cold
# build's time was GNU ld linking the test executables. Without lld on the
# machine (it is in packaging/install-deps.sh), the compiler's default linker.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld RELAYAUDIT_HAVE_LLD)
if(RELAYAUDIT_HAVE_LLD)
    target_link_options(relayaudit_options INTERFACE -fuse-ld=lld)
endif()

# Sanitizers are switched on by the asan preset through this cache variable so
# that the flags stay on our targets and off the compiler checks CMake runs.
set(RELAYAUDIT_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(RELAYAUDIT_SANITIZE)
    target_compile_options(relayaudit_options INTERFACE
        -fsanitize=${RELAYAUDIT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(relayaudit_options INTERFACE -fsanitize=${RELAYAUDIT_SANITIZE})
    target_compile_definitions(relayaudit_options INTERFACE RELAYAUDIT_SANITIZED)
endif()
