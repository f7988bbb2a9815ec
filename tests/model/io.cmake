# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# Model-file readers (GGUF, safetensors, Hugging Face folders). The tests write their own files with
# tests/common/modelfilewriter, so they need no fixtures on disk.
fitplanner_add_test(tst_ggufreader SOURCES tst_ggufreader.cpp LIBS fitplanner_testfiles)
fitplanner_add_test(tst_safetensorsreader SOURCES tst_safetensorsreader.cpp LIBS fitplanner_testfiles)
fitplanner_add_test(tst_modelfile SOURCES tst_modelfile.cpp LIBS fitplanner_testfiles)
# Hostile inputs (FIFOs, sockets, device links, loops, amplification files), generated at test time; POSIX only.
if(UNIX)
    fitplanner_add_test(tst_hostileinputs SOURCES tst_hostileinputs.cpp LIBS fitplanner_testfiles)
endif()
