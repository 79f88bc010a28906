# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DKIT_DIR=packaging/monitoring -DWORK=dir -P check-monitoring-kit.cmake: promtool checks
# the Prometheus scrape example (with the rule files it names), the alert rules and their tests,
# and every query of the Grafana dashboard (as recording rules, so that promtool parses them).
find_program(PROMTOOL promtool)
if(NOT PROMTOOL)
    message(STATUS "promtool not found (Debian package prometheus): monitoring kit not checked")
    return()
endif()
# The dashboard: valid JSON, and each target's expr a valid query ($site as Grafana fills it).
file(READ ${KIT_DIR}/grafana-roomdeck.json dashboard)
string(JSON panel_count LENGTH "${dashboard}" panels)
set(rules "groups:\n  - name: dashboard\n    rules:\n")
set(n 0)
math(EXPR last_panel "${panel_count} - 1")
foreach(p RANGE ${last_panel})
    string(JSON target_count LENGTH "${dashboard}" panels ${p} targets)
    math(EXPR last_target "${target_count} - 1")
    foreach(t RANGE ${last_target})
        string(JSON expr GET "${dashboard}" panels ${p} targets ${t} expr)
        string(REPLACE "$site" ".*" expr "${expr}")
        string(REPLACE "'" "''" expr "${expr}")
        math(EXPR n "${n} + 1")
        string(APPEND rules "      - record: dashboard:query${n}\n        expr: '${expr}'\n")
    endforeach()
endforeach()
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/dashboard-queries.yml "${rules}")

foreach(check "check;config;${KIT_DIR}/prometheus.yml"
              "check;rules;${KIT_DIR}/roomdeck-alerts.yml"
              "test;rules;${KIT_DIR}/roomdeck-alerts.test.yml"
              "check;rules;${WORK}/dashboard-queries.yml")
    execute_process(COMMAND ${PROMTOOL} ${check} RESULT_VARIABLE result
                    OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "promtool ${check}:\n${out}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "promtool ${check} failed")
    endif()
endforeach()
