# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# roomdeck_build_options: the one INTERFACE target every RoomDeck target links.
# It carries warnings, Qt hygiene defines and the optional sanitizers.
# -Wnull-dereference is left out: at -O2 GCC 12 reports QPointer::data() paths in Qt headers
# as "potential null pointer dereference" although every such use is checked.
add_library(roomdeck_build_options INTERFACE)

target_compile_options(roomdeck_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2 -Wmissing-declarations)
if(ROOMDECK_WERROR)
    target_compile_options(roomdeck_build_options INTERFACE -Werror)
endif()

target_compile_definitions(roomdeck_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ROOMDECK_VERSION="${PROJECT_VERSION}")

if(ROOMDECK_SANITIZE)
    set(_rd_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(roomdeck_build_options INTERFACE ${_rd_san})
    target_link_options(roomdeck_build_options INTERFACE ${_rd_san})
endif()

# The fuzz preset (clang): every object is instrumented for libFuzzer's coverage and checked by
# ASan + UBSan, float-cast-overflow named explicitly (GCC's -fsanitize=undefined lacks it).
# Only the harnesses link libFuzzer itself (-fsanitize=fuzzer, tests/fuzz).
if(ROOMDECK_FUZZ)
    set(_rd_fuzz_san -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_compile_options(roomdeck_build_options INTERFACE ${_rd_fuzz_san} -fsanitize=fuzzer-no-link)
    target_link_options(roomdeck_build_options INTERFACE ${_rd_fuzz_san})
endif()
