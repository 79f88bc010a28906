# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DKIT_DIR=packaging/monitoring -P check-monitoring-kit.cmake: promtool checks the
# Prometheus scrape example (with the rule files it names) and the alert rules and their tests.
find_program(PROMTOOL promtool)
if(NOT PROMTOOL)
    message(STATUS "promtool not found (Debian package prometheus): monitoring kit not checked")
    return()
endif()
foreach(check "check;config;${KIT_DIR}/prometheus.yml"
              "check;rules;${KIT_DIR}/roomdeck-alerts.yml"
              "test;rules;${KIT_DIR}/roomdeck-alerts.test.yml")
    execute_process(COMMAND ${PROMTOOL} ${check} RESULT_VARIABLE result
                    OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "promtool ${check}:\n${out}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "promtool ${check} failed")
    endif()
endforeach()
