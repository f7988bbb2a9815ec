# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT

# Item models, proxies, preferences and the live session of model/items (GUI-free: QTEST_GUILESS_MAIN).
# Included from tests/model/CMakeLists.txt.
foreach(t itemmodels modelcatalogmodel preferencesstore estimatesession scenariostore)
    fitplanner_add_test(tst_${t} SOURCES tst_${t}.cpp LIBS fitplanner_model)
endforeach()
target_link_libraries(tst_estimatesession PRIVATE fitplanner_testfiles)
