# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DTS_FILES="a.ts;b.ts" [-DPLURALS_TS_FILES=en.ts] [-DLUPDATE=lupdate -DSOURCES_LIST=file -DWORK_DIR=dir]
#       -P check-translations.cmake
# Fails when a .ts file has an unfinished or empty translation, or an obsolete ("vanished")
# entry: every string the program shows must be translated. With LUPDATE, the check runs on a
# copy refreshed from the sources first, so a catalogue that is behind the code fails too.
cmake_minimum_required(VERSION 3.25)
separate_arguments(TS_FILES)
separate_arguments(PLURALS_TS_FILES)
set(bad 0)
foreach(ts IN LISTS TS_FILES PLURALS_TS_FILES)
    get_filename_component(name ${ts} NAME)
    set(checked ${ts})
    if(LUPDATE)
        file(MAKE_DIRECTORY ${WORK_DIR})
        set(checked ${WORK_DIR}/${name})
        file(COPY_FILE ${ts} ${checked})
        # A plurals-only catalogue (the source language's) is checked as lupdate makes it.
        set(mode "")
        if(ts IN_LIST PLURALS_TS_FILES)
            set(mode -pluralonly)
        endif()
        execute_process(
            COMMAND ${LUPDATE} -silent ${mode} -locations none @${SOURCES_LIST} -ts ${checked}
            RESULT_VARIABLE result
            OUTPUT_VARIABLE output
            ERROR_VARIABLE output)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
        endif()
    endif()
    file(READ ${checked} content)
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "<translation type=\"(vanished|obsolete)\"" obsolete "${content}")
    string(REGEX MATCHALL "<message" messages "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH obsolete n_obsolete)
    list(LENGTH messages n_messages)
    message(STATUS "${name}: ${n_messages} messages, ${n_unfinished} unfinished, ${n_obsolete} obsolete or gone from the sources")
    if(n_unfinished GREATER 0 OR n_obsolete GREATER 0 OR n_messages EQUAL 0)
        set(bad 1)
        # Name the first few, so the failure says what to translate.
        string(REGEX MATCHALL "<source>[^<]*</source>\n *<translation type=\"(unfinished|vanished|obsolete)\"" items "${content}")
        list(SUBLIST items 0 10 first)
        foreach(item IN LISTS first)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${item}")
            message(STATUS "  ${name}: ${text}")
        endforeach()
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "translations are incomplete or behind the sources: build the update_translations target and translate")
endif()
