# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# The folders of model/ are layers, lowest first: a file may include headers of its own folder or of a lower
# one, never of a higher one, so the layers cannot form an include cycle. A new folder must be placed in the
# order below before any file in it passes.
#
#   cmake -DMODEL_DIR=<source>/model -P modellayers.cmake
#   cmake -DSELF_TEST_DIR=<scratch folder> -P modellayers.cmake   (checks the check on trees made to fail)
cmake_minimum_required(VERSION 3.25)

set(layers common arch quant memory hardware io plan items)

# Self-test: writes trees made to pass or to fail and runs this script on each.
function(put tree path content)
    file(WRITE "${SELF_TEST_DIR}/${tree}/model/${path}" "${content}\n")
endfunction()

# `expected`: the message the check of `tree` must print, or empty when it must pass.
function(check_tree tree expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -DMODEL_DIR=${SELF_TEST_DIR}/${tree}/model -P ${CMAKE_CURRENT_LIST_FILE}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(REGEX REPLACE "[ \t\r\n]+" " " out "${out}")
    if(expected STREQUAL "")
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "self-test ${tree}: a clean tree fails: ${out}")
        endif()
    elseif(rc EQUAL 0)
        message(FATAL_ERROR "self-test ${tree}: passes, expected: ${expected}")
    else()
        string(FIND "${out}" "${expected}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "self-test ${tree}: expected '${expected}' in: ${out}")
        endif()
    endif()
endfunction()

if(SELF_TEST_DIR)
    file(REMOVE_RECURSE "${SELF_TEST_DIR}")
    put(clean common/units.h "#pragma once")
    put(clean quant/storagetype.h "#pragma once\n#include \"units.h\"\n#include <QString>")
    put(clean plan/fitplan.cpp "#include \"storagetype.h\"\n#include \"fitplan.moc\"")
    check_tree(clean "")

    put(upward common/units.h "#pragma once")
    put(upward quant/storagetype.h "#pragma once\nint a[2] = { 1, 2 }; // [ a\\b\n#include \"fitplan.h\"")
    put(upward plan/fitplan.h "#pragma once\n#include \"units.h\"")
    check_tree(upward "model/quant/storagetype.h:3: #include \"fitplan.h\": layer quant includes the higher layer plan")

    put(unknown common/units.h "#pragma once")
    put(unknown extra/thing.h "#pragma once")
    check_tree(unknown "model/extra/: a folder outside the layer order")

    put(twice common/units.h "#pragma once")
    put(twice arch/units.h "#pragma once")
    check_tree(twice "units.h: in both model/arch/ and model/common/")

    message(STATUS "the layer check passes a clean tree and names each kind of break")
    return()
endif()

if(NOT MODEL_DIR OR NOT IS_DIRECTORY "${MODEL_DIR}")
    message(FATAL_ERROR "MODEL_DIR must name the model/ folder (got '${MODEL_DIR}')")
endif()

string(REPLACE ";" " < " order "${layers}")
set(problems "")
file(GLOB entries LIST_DIRECTORIES true RELATIVE "${MODEL_DIR}" "${MODEL_DIR}/*")
list(SORT entries)
set(folders "")
foreach(entry IN LISTS entries)
    if(NOT IS_DIRECTORY "${MODEL_DIR}/${entry}")
        continue()
    endif()
    if(NOT entry IN_LIST layers)
        string(APPEND problems "\n  model/${entry}/: a folder outside the layer order (${order}); add it there")
        continue()
    endif()
    list(APPEND folders "${entry}")
    # Headers are included by bare, project-unique names: each name maps to the one folder that holds it.
    file(GLOB headers RELATIVE "${MODEL_DIR}/${entry}" "${MODEL_DIR}/${entry}/*.h")
    foreach(header IN LISTS headers)
        if(DEFINED "owner_${header}")
            string(APPEND problems "\n  ${header}: in both model/${owner_${header}}/ and model/${entry}/")
        endif()
        set("owner_${header}" "${entry}")
    endforeach()
endforeach()

set(checked 0)
foreach(folder IN LISTS folders)
    list(FIND layers "${folder}" own)
    file(GLOB sources RELATIVE "${MODEL_DIR}/${folder}" "${MODEL_DIR}/${folder}/*.h" "${MODEL_DIR}/${folder}/*.cpp")
    list(SORT sources)
    foreach(source IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        file(READ "${MODEL_DIR}/${folder}/${source}" text)
        # One list element per line: characters that CMake lists treat specially are neutralised first (they
        # never occur inside an include line's file name).
        string(REPLACE "\\" "/" text "${text}")
        string(REPLACE ";" "," text "${text}")
        string(REPLACE "[" "(" text "${text}")
        string(REPLACE "]" ")" text "${text}")
        string(REPLACE "\n" ";" lines "${text}")
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
                continue()
            endif()
            set(included "${CMAKE_MATCH_1}")
            get_filename_component(name "${included}" NAME)
            if(NOT DEFINED "owner_${name}")
                continue() # not a model/ header (generated moc files, headers of other libraries)
            endif()
            set(target "${owner_${name}}")
            list(FIND layers "${target}" other)
            if(other GREATER own)
                string(APPEND problems "\n  model/${folder}/${source}:${number}: #include \"${included}\": "
                    "layer ${folder} includes the higher layer ${target}")
            endif()
        endforeach()
    endforeach()
endforeach()

if(NOT problems STREQUAL "")
    message(FATAL_ERROR "model/ layers (${order}) are broken:${problems}")
endif()
message(STATUS "model/: ${checked} files, every include stays in its layer or goes lower")
