# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DSOURCE_DIR=<repo>/src [-DMAX_LINES=800] -P check-file-sizes.cmake
# Fails when a C++ file under src/ is longer than MAX_LINES lines: a file that big holds more
# than one area and should be cut along them (ARCHITECTURE.md: one class per area).
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
if(NOT MAX_LINES)
    set(MAX_LINES 800)
endif()

# Known exceptions, relative to SOURCE_DIR. Keep this list short and shrinking.
set(ALLOWED)

file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.cpp ${SOURCE_DIR}/*.h)
list(SORT files)
set(too_long "")
set(still_long "")
foreach(file IN LISTS files)
    # Count newlines, as `wc -l` does (file(STRINGS) would skip the empty lines).
    file(READ ${SOURCE_DIR}/${file} text)
    string(REGEX REPLACE "[^\n]" "" newlines "${text}")
    string(LENGTH "${newlines}" count)
    if(count GREATER MAX_LINES)
        if(file IN_LIST ALLOWED)
            message(STATUS "allowed for now: src/${file} has ${count} lines")
            list(APPEND still_long ${file})
        else()
            list(APPEND too_long "src/${file} (${count} lines)")
        endif()
    endif()
endforeach()

foreach(file IN LISTS ALLOWED)
    if(NOT file IN_LIST still_long)
        message(STATUS "src/${file} is within ${MAX_LINES} lines now: drop it from the list")
    endif()
endforeach()

list(LENGTH files checked)
if(too_long)
    list(JOIN too_long "\n  " report)
    message(FATAL_ERROR
        "longer than ${MAX_LINES} lines; cut them along their areas:\n  ${report}")
endif()
message(STATUS "${checked} files under src/: none longer than ${MAX_LINES} lines but the allowed")
