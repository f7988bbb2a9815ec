# Hardware detection, GPU catalog and planning tests (model/hardware, model/plan).
foreach(t hardware gpucatalog planner)
    fitplanner_add_test(tst_${t} SOURCES tst_${t}.cpp LIBS fitplanner_model)
endforeach()
