#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(const Planner::ModelCatalog& models, const Planner::QuantCatalog& quants, QWidget* parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_quants(quants)
{
    setWindowTitle(tr("FitPlanner"));
    auto* label = new QLabel(tr("%n model(s) in the catalog", nullptr, int(m_models.models.size())), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1200, 800);
}
