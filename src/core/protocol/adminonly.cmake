# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DCATALOGUE=room-api-catalogue.json -DOUTPUT=room-api-adminonly.inc -P adminonly.cmake
# Writes the names of the catalogue's admin-only methods as C string literals, one per line,
# for MethodCatalogue::isAdminOnly() (see methodcatalogue.cpp).
file(READ ${CATALOGUE} json)
string(JSON count LENGTH "${json}")
math(EXPR last "${count} - 1")
set(lines "// Generated from room-api-catalogue.json by adminonly.cmake: do not edit.\n")
foreach(i RANGE ${last})
    string(JSON admin ERROR_VARIABLE no_admin GET "${json}" ${i} adminOnly)
    if(NOT admin STREQUAL "ON")
        continue()
    endif()
    string(JSON kind ERROR_VARIABLE no_kind GET "${json}" ${i} kind)
    if(kind STREQUAL "event")
        continue()
    endif()
    string(JSON name GET "${json}" ${i} name)
    if(NOT name MATCHES "^[A-Za-z0-9_]+$")
        message(FATAL_ERROR "adminonly.cmake: unexpected method name \"${name}\"")
    endif()
    string(APPEND lines "\"${name}\",\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "${lines}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
