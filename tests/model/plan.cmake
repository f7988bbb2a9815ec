# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# Hardware detection, GPU catalog and planning tests (model/hardware, model/plan).
foreach(t hardware gpucatalog planner report cpucalibration cpuspeed servingcapacity speculative studentsearch)
    fitplanner_add_test(tst_${t} SOURCES tst_${t}.cpp LIBS fitplanner_model)
endforeach()

# The hardware choice (what the hardware panel and the command line ask for) and the app's holder of it.
fitplanner_add_test(tst_hardwarechoice SOURCES tst_hardwarechoice.cpp LIBS fitplanner_model)
