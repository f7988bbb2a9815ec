# Model-file readers (GGUF, safetensors, Hugging Face folders). The tests write their own files with
# tests/common/modelfilewriter, so they need no fixtures on disk.
foreach(t ggufreader safetensorsreader modelfile)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_${t}.cpp)
        fitplanner_add_test(tst_${t} SOURCES tst_${t}.cpp ${CMAKE_CURRENT_SOURCE_DIR}/../common/modelfilewriter.cpp
            LIBS fitplanner_model)
        target_include_directories(tst_${t} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../common)
    endif()
endforeach()
