# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# Checks the files that make FitPlanner a desktop application, with the validators the desktop uses:
#   cmake -DSOURCE_DIR=<repo> [-DBUILD_DIR=<build folder>] -P packaging.cmake
# desktop-file-validate checks resources/fitplanner.desktop, appstreamcli the AppStream metainfo; the icon must be
# an SVG named as the desktop file's Icon key says. With BUILD_DIR, `cmake --install` into a scratch prefix must
# lay out the binary, the desktop file, the icon and the metainfo where desktops look for them. The validators
# are required (scripts/install-deps.sh installs them): a missing one fails the check.

set(desktop ${SOURCE_DIR}/resources/fitplanner.desktop)
set(metainfo ${SOURCE_DIR}/resources/io.github.fitplanner.FitPlanner.metainfo.xml)
set(icon ${SOURCE_DIR}/resources/icons/fitplanner.svg)

foreach(tool desktop-file-validate appstreamcli)
    find_program(path_${tool} ${tool})
    if(NOT path_${tool})
        message(FATAL_ERROR "${tool} is not installed (desktop-file-utils / appstream, see scripts/install-deps.sh)")
    endif()
endforeach()

execute_process(COMMAND ${path_desktop-file-validate} ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "error:")
    message(FATAL_ERROR "desktop-file-validate rejects ${desktop}:\n${out}")
endif()
execute_process(COMMAND ${path_appstreamcli} validate --no-net ${metainfo} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli rejects ${metainfo}:\n${out}")
endif()

file(READ ${desktop} desktop_text)
if(NOT desktop_text MATCHES "\nIcon=fitplanner\n" OR NOT desktop_text MATCHES "\nExec=fitplanner\n")
    message(FATAL_ERROR "${desktop}: Icon must be fitplanner (the SVG's name) and Exec the installed binary")
endif()
file(READ ${metainfo} metainfo_text)
if(NOT metainfo_text MATCHES "<launchable type=\"desktop-id\">fitplanner.desktop</launchable>")
    message(FATAL_ERROR "${metainfo}: the launchable must be fitplanner.desktop")
endif()
file(READ ${icon} icon_text LIMIT 400)
if(NOT icon_text MATCHES "<svg ")
    message(FATAL_ERROR "${icon} is not an SVG image")
endif()

if(BUILD_DIR)
    set(prefix ${BUILD_DIR}/packaging-check)
    file(REMOVE_RECURSE ${prefix})
    execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} RESULT_VARIABLE rc
        OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cmake --install failed:\n${out}")
    endif()
    foreach(f bin/fitplanner share/applications/fitplanner.desktop share/icons/hicolor/scalable/apps/fitplanner.svg
            share/metainfo/io.github.fitplanner.FitPlanner.metainfo.xml share/doc/fitplanner/copyright)
        if(NOT EXISTS ${prefix}/${f})
            message(FATAL_ERROR "cmake --install does not lay out ${f}")
        endif()
    endforeach()
    file(REMOVE_RECURSE ${prefix})
endif()
