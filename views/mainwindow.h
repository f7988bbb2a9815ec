#pragma once

#include "modelcatalog.h"
#include "quantcatalog.h"

#include <QMainWindow>

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Planner::ModelCatalog& models, const Planner::QuantCatalog& quants, QWidget* parent = nullptr);

private:
    const Planner::ModelCatalog& m_models;
    const Planner::QuantCatalog& m_quants;
};
