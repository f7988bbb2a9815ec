# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# Builds the .deb of a build folder and checks it the way a clean machine would meet it:
#   cmake -DBUILD_DIR=<build folder> [-DDEB=<a .deb to check instead>] -P debpackage.cmake
# - `cpack -G DEB` makes the package (unless DEB names one);
# - `dpkg-deb -I` and `-c`: the control fields, and the binary, desktop entry, icon, metainfo and copyright at
#   their places under /usr;
# - every shared library the binary needs (objdump -p, NEEDED) belongs to a package (dpkg -S) named in Depends;
# - `dpkg --root` installs it into an empty scratch root with its own package database (dependencies are the
#   host's: --force-depends), the installed binary runs from there without LD_LIBRARY_PATH (`--version`,
#   `estimate`, and with the window, `--screenshot` of the window and of "How is this computed?" at the smallest
#   size), and `dpkg --root -r` removes every file it installed.
# Needs dpkg, dpkg-deb, objdump and ldd (Debian's dpkg, binutils and libc-bin).

cmake_minimum_required(VERSION 3.25)

foreach(tool dpkg dpkg-deb objdump)
    find_program(path_${tool} ${tool})
    if(NOT path_${tool})
        message(FATAL_ERROR "${tool} is not installed (dpkg, binutils)")
    endif()
endforeach()

set(work ${BUILD_DIR}/deb-check)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

if(NOT DEB)
    execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B ${work}/out --config ${BUILD_DIR}/CPackConfig.cmake
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cpack -G DEB failed:\n${out}")
    endif()
    file(GLOB DEB ${work}/out/fitplanner_*.deb)
    list(LENGTH DEB count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "cpack made ${count} packages named fitplanner_*.deb in ${work}/out")
    endif()
endif()

# The control fields.
execute_process(COMMAND ${path_dpkg-deb} -I ${DEB} RESULT_VARIABLE rc OUTPUT_VARIABLE info ERROR_VARIABLE info)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -I ${DEB}:\n${info}")
endif()
foreach(field "Package: fitplanner" "Section: science" "Priority: optional" "Architecture: " "Version: "
        "Description: ")
    if(NOT info MATCHES "\n ${field}")
        message(FATAL_ERROR "${DEB}: the control file has no '${field}':\n${info}")
    endif()
endforeach()
if(info MATCHES "qt6-qpa-plugins" AND NOT info MATCHES "\n Recommends: qt6-translations-l10n")
    message(FATAL_ERROR "${DEB}: the window's package does not recommend Qt's translations:\n${info}")
endif()
string(REGEX MATCH "\n Depends: ([^\n]*)" _ "${info}")
set(depends "${CMAKE_MATCH_1}")
if(depends STREQUAL "")
    message(FATAL_ERROR "${DEB}: no Depends line:\n${info}")
endif()
# "libc6 (>= 2.34), libqt6core6 (>= 6.4.0)" -> libc6;libqt6core6
string(REGEX REPLACE " *\\([^)]*\\)" "" depends_names "${depends}")
string(REPLACE " | " ";" depends_names "${depends_names}")
string(REPLACE ", " ";" depends_names "${depends_names}")
string(STRIP "${depends_names}" depends_names)

# The files, where desktops and package tools look for them.
execute_process(COMMAND ${path_dpkg-deb} -c ${DEB} RESULT_VARIABLE rc OUTPUT_VARIABLE contents ERROR_VARIABLE contents)
set(expected ./usr/bin/fitplanner ./usr/share/doc/fitplanner/copyright ./usr/share/doc/fitplanner/memory-model.md
    ./usr/share/doc/fitplanner/planning.md ./usr/share/doc/fitplanner/user-guide.md)
if(info MATCHES "qt6-qpa-plugins")
    list(APPEND expected ./usr/share/applications/fitplanner.desktop
        ./usr/share/icons/hicolor/scalable/apps/fitplanner.svg
        ./usr/share/metainfo/io.github.fitplanner.FitPlanner.metainfo.xml)
endif()
foreach(f ${expected})
    if(NOT contents MATCHES " ${f}\n")
        message(FATAL_ERROR "${DEB} does not hold ${f}:\n${contents}")
    endif()
endforeach()

# Install into a scratch root with an empty package database.
set(root ${work}/root)
file(MAKE_DIRECTORY ${root}/var/lib/dpkg/info ${root}/var/lib/dpkg/updates ${root}/var/lib/dpkg/triggers)
file(TOUCH ${root}/var/lib/dpkg/status ${root}/var/lib/dpkg/available)
set(dpkg_root ${path_dpkg} --root=${root} --log=${work}/dpkg.log --force-not-root --force-depends
    --force-script-chrootless)
execute_process(COMMAND ${dpkg_root} -i ${DEB} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg --root=${root} -i ${DEB} failed:\n${out}")
endif()
set(binary ${root}/usr/bin/fitplanner)

# Every library the binary needs comes from a package the Depends line names.
execute_process(COMMAND ${path_objdump} -p ${binary} OUTPUT_VARIABLE headers RESULT_VARIABLE rc)
string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${headers}")
if(needed STREQUAL "")
    message(FATAL_ERROR "objdump -p ${binary} lists no NEEDED libraries")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH ldd ${binary} OUTPUT_VARIABLE resolved)
foreach(line ${needed})
    string(REGEX REPLACE "NEEDED +" "" lib "${line}")
    # Where the loader finds it ("libQt6Core.so.6 => /lib/x86_64-linux-gnu/libQt6Core.so.6"): its folder's name
    # tells the multiarch copy from others (lib32) wherever usr-merge puts it.
    string(REPLACE "+" "\\+" lib_pattern "${lib}")
    if(NOT resolved MATCHES "${lib_pattern} => ([^ ]+)/[^/ ]+ ")
        message(FATAL_ERROR "the loader does not find ${lib}, which the binary needs:\n${resolved}")
    endif()
    get_filename_component(libdir "${CMAKE_MATCH_1}" NAME)
    execute_process(COMMAND ${path_dpkg} -S "*/${libdir}/${lib}" RESULT_VARIABLE rc OUTPUT_VARIABLE owner
        ERROR_VARIABLE owner)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${lib}, which the binary needs, belongs to no installed package:\n${owner}")
    endif()
    string(REGEX MATCH "^[^:,]+" package "${owner}")
    if(NOT package IN_LIST depends_names)
        message(FATAL_ERROR "${lib} comes from ${package}, which Depends does not name: ${depends}")
    endif()
    list(APPEND checked "${lib} (${package})")
endforeach()

# The installed binary runs from the scratch root, with the libraries the system resolves.
foreach(args "--version" "estimate;--model;llama-3.1-8b;--context;8k")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH FITPLANNER_DATA_DIR=${work}/data LANG=C
        ${binary} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "^fitplanner [0-9]|Total")
        message(FATAL_ERROR "the installed ${binary} ${args} failed (${rc}):\n${out}")
    endif()
endforeach()

# The window draws from the installed binary (offscreen: no display needed), as does its help view.
if(info MATCHES "qt6-qpa-plugins")
    foreach(shot "window" "explain")
        set(args --screenshot ${work}/${shot}.png --size 800x500)
        if(shot STREQUAL "explain")
            list(APPEND args --explain kv-cache)
        endif()
        execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH FITPLANNER_DATA_DIR=${work}/data
            LANG=C ${binary} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
        if(EXISTS ${work}/${shot}.png)
            file(READ ${work}/${shot}.png magic LIMIT 8 HEX)
            file(SIZE ${work}/${shot}.png bytes)
        endif()
        if(NOT rc EQUAL 0 OR NOT magic STREQUAL "89504e470d0a1a0a" OR bytes LESS 10000)
            message(FATAL_ERROR "the installed ${binary} ${args} drew no window (${rc}):\n${out}")
        endif()
        unset(magic)
        unset(bytes)
    endforeach()
endif()

# Removed, it leaves none of its files.
execute_process(COMMAND ${dpkg_root} -r fitplanner RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg --root=${root} -r fitplanner failed:\n${out}")
endif()
foreach(f ${expected})
    if(EXISTS ${root}/${f})
        message(FATAL_ERROR "dpkg -r left ${f} behind")
    endif()
endforeach()
string(REPLACE ";" ", " checked "${checked}")
message(STATUS "${DEB}: Depends: ${depends}; libraries: ${checked}; installed, ran and removed in ${root}")
file(REMOVE_RECURSE ${work})
