# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# cmake -DUNIT=packaging/roomdeck-agent.service -DAGENT=path/to/roomdeck-agent -DWORK=dir
#       -P check-systemd-unit.cmake
# systemd-analyze verify on the agent's unit, its ExecStart pointed at the program just built
# (check-package.sh verifies the installed unit as it is).
find_program(SYSTEMD_ANALYZE systemd-analyze)
if(NOT SYSTEMD_ANALYZE)
    message(STATUS "systemd-analyze not found (Debian package systemd): unit not checked")
    return()
endif()
file(READ ${UNIT} unit)
string(REPLACE "/usr/bin/roomdeck-agent" "${AGENT}" unit "${unit}")
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/roomdeck-agent.service "${unit}")
execute_process(COMMAND ${SYSTEMD_ANALYZE} verify --man=no ${WORK}/roomdeck-agent.service
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
message(STATUS "systemd-analyze verify:\n${out}")
# A warning is a finding too: systemd-analyze prints nothing for a clean unit.
if(NOT result EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify found problems in roomdeck-agent.service")
endif()
