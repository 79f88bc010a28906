# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DTS_FILES="a.ts;b.ts" -P check-translations.cmake
# Fails when a .ts file has an unfinished or empty translation, or an obsolete ("vanished")
# entry still in the file: every string the program shows must be translated.
separate_arguments(TS_FILES)
set(bad 0)
foreach(ts IN LISTS TS_FILES)
    file(READ ${ts} content)
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "<translation type=\"(vanished|obsolete)\"" obsolete "${content}")
    string(REGEX MATCHALL "<message" messages "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH obsolete n_obsolete)
    list(LENGTH messages n_messages)
    get_filename_component(name ${ts} NAME)
    message(STATUS "${name}: ${n_messages} messages, ${n_unfinished} unfinished, ${n_obsolete} obsolete")
    if(n_unfinished GREATER 0 OR n_obsolete GREATER 0 OR n_messages EQUAL 0)
        set(bad 1)
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "translations are incomplete: run the update_translations target and translate")
endif()
