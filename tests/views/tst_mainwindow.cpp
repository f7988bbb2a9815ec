// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "apptranslations.h"
#include "catalogpanel.h"
#include "estimatesession.h"
#include "findchild.h"
#include "fitplanner.h"
#include "fitstatusdecorator.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "memorychartwidget.h"
#include "modelfilterproxy.h"
#include "quantcomparisonmodel.h"
#include "scenariocomparedialog.h"
#include "scenariopanel.h"
#include "testcatalogs.h"
#include "units.h"
#include "verdictbanner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Planner;

namespace {

constexpr double kGiB = 1073741824.0;

std::optional<MemoryEstimate> direct(const Scenario& base, const QString& recipe, qint64 context)
{
    Scenario s = base;
    s.recipeId = recipe;
    s.context = context;
    return MemoryEstimator(TestCatalogs::quants()).estimate(s);
}

QModelIndex catalogIndex(CatalogPanel* panel, const QString& id)
{
    QAbstractItemModel* m = child<QTreeView>(*panel, "catalogTree")->model();
    for (int g = 0; g < m->rowCount(); ++g)
        for (int r = 0; r < m->rowCount(m->index(g, 0)); ++r) {
            const QModelIndex idx = m->index(r, 0, m->index(g, 0));
            if (idx.data(Roles::IdRole).toString() == id)
                return idx;
        }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Asserts that the breakdown table, the banner and both charts show what the estimator computes for
    // the session's scenario right now.
    static void checkFollows(MainWindow& w)
    {
        const Scenario& s = w.session()->scenario();
        const auto e = direct(s, s.recipeId, s.context);
        QVERIFY(e.has_value());
        QAbstractItemModel* table = child<QTableView>(w, "breakdownTable")->model();
        QCOMPARE(table->rowCount(), 5);
        const qint64 bytes[]
            = { e->weights.bytes, e->kvCache.bytes, e->activations.bytes, e->overhead.bytes, e->total };
        for (int r = 0; r < 5; ++r) {
            const QModelIndex size = table->index(r, BreakdownModel::SizeColumn);
            QCOMPARE(size.data(Roles::BytesRole).toLongLong(), bytes[r]);
            QCOMPARE(size.data().toString(), formatBytes(bytes[r], w.session()->units()));
        }
        QCOMPARE(table->index(0, 0).data(Qt::ToolTipRole).toString(), e->weights.explanation);
        // The banner shows the placement's verdict on the hardware in use, as the planner computes it.
        PlanOptions options;
        options.frontend = defaultFrontend(s.engine);
        const auto plan = FitPlanner(TestCatalogs::quants()).plan(s, w.hardware()->profile(), options);
        QVERIFY(plan.has_value());
        const FitVerdict v = makePlanVerdict(*plan, w.session()->units());
        QCOMPARE(child<VerdictBanner>(w, "verdictBanner")->headline(), v.headline);
        QCOMPARE(child<VerdictBanner>(w, "verdictBanner")->status(), v.status);
        // Status colour comes from the decorator on the Total row.
        QCOMPARE(table->index(4, 1).data(Qt::BackgroundRole).value<QColor>(),
            FitStatusDecorator::statusColors(v.status, QApplication::palette()).background);

        // Comparison chart: one bar per comparison row, each component the estimator's bytes.
        const double unit = w.session()->units() == ByteUnits::Binary ? kGiB : 1e9;
        QuantComparisonModel* cmp = w.session()->comparisonModel();
        QVERIFY(cmp->rowCount() >= 3);
        QCOMPARE(child<MemoryChartWidget>(w, "comparisonChart")->categories().size(), cmp->rowCount());
        for (int c = 0; c < kComponentCount; ++c) {
            const QList<double> values = child<MemoryChartWidget>(w, "comparisonChart")->componentValues(c);
            QCOMPARE(values.size(), cmp->rowCount());
            for (int r = 0; r < cmp->rowCount(); ++r) {
                const QString recipe = cmp->headerData(r, Qt::Vertical).toString();
                const auto re = direct(s, recipe, s.context);
                QVERIFY(re.has_value());
                QCOMPARE(values[r], double(QuantComparisonModel::bytesOf(*re, c)) / unit);
                QVERIFY(child<MemoryChartWidget>(w, "comparisonChart")->categories()[r].contains(recipe));
            }
        }
        // Sweep chart: one point per sweep row, each the estimator's number at that context.
        ContextSweepModel* sweep = w.session()->sweepModel();
        const QList<double> kv = child<MemoryChartWidget>(w, "sweepChart")->componentValues(int(Component::KvCache));
        QCOMPARE(kv.size(), sweep->rowCount());
        for (int r = 0; r < sweep->rowCount(); ++r) {
            const qint64 tokens = sweep->index(r, 0).data(Roles::TokensRole).toLongLong();
            const auto pe = direct(s, s.recipeId, tokens);
            QVERIFY(pe.has_value());
            QVERIFY(qAbs(kv[r] - double(pe->kvCache.bytes) / unit) < 1e-9 * (1 + kv[r]));
        }
        const QList<double> lines = child<MemoryChartWidget>(w, "comparisonChart")->capacityLineValues();
        QCOMPARE(lines[0], double(w.session()->engineCapacity().gpuBytes) / unit);
        QCOMPARE(lines[1], double(w.session()->engineCapacity().combinedBytes()) / unit);
    }

private Q_SLOTS:
    void decoratorUnderTester()
    {
        EstimateSession session(TestCatalogs::models(), TestCatalogs::quants());
        FitStatusDecorator decorator;
        decorator.setSwatchColumn(0);
        decorator.setSourceModel(session.breakdownModel());
        QAbstractItemModelTester tester(&decorator, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&decorator, &QAbstractItemModel::modelReset);
        session.recompute();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(decorator.rowCount(), 5);
        QVERIFY(decorator.index(0, 0).data(Qt::DecorationRole).canConvert<QPixmap>());
        QVERIFY(!decorator.index(0, 1).data(Qt::BackgroundRole).isValid()); // components carry no status
        QVERIFY(decorator.index(4, 1).data(Qt::BackgroundRole).isValid());
    }

    void controlsDriveEverything()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkFollows(w);

        // Pick DeepSeek-R1 in the catalog list, as a user would.
        const QModelIndex r1 = catalogIndex(child<CatalogPanel>(w, "catalogPanel"), QStringLiteral("deepseek-r1"));
        QVERIFY(r1.isValid());
        child<QTreeView>(w, "catalogTree")->setCurrentIndex(r1);
        QCOMPARE(w.session()->scenario().model.id, QStringLiteral("deepseek-r1"));
        checkFollows(w);
        QVERIFY(child<VerdictBanner>(w, "verdictBanner")->headline().startsWith(QStringLiteral("Does not fit")));

        // Quantization combo.
        QComboBox* quant = child<QComboBox>(w, "quant");
        quant->setCurrentIndex(quant->findData(QStringLiteral("F16")));
        QCOMPARE(w.session()->scenario().recipeId, QStringLiteral("F16"));
        checkFollows(w);
        const qint64 f16Weights
            = child<QTableView>(w, "breakdownTable")->model()->index(0, 1).data(Roles::BytesRole).toLongLong();
        QVERIFY(f16Weights > qint64(1'300'000'000'000));

        // Exact context spin box, by keyboard.
        QSpinBox* ctx = child<QSpinBox>(w, "context");
        ctx->setFocus();
        ctx->selectAll();
        QTest::keyClicks(ctx, QStringLiteral("65536"));
        QTest::keyClick(ctx, Qt::Key_Return);
        QCOMPARE(w.session()->scenario().context, qint64(65536));
        checkFollows(w);
        // The log slider moved with it, and dragging the slider changes the context.
        QCOMPARE(child<QSlider>(w, "contextSlider")->value(), ScenarioPanel::sliderPosition(65536, 163840));
        child<QSlider>(w, "contextSlider")->setValue(0);
        QCOMPARE(w.session()->scenario().context, qint64(512));
        QCOMPARE(ctx->value(), 512);
        checkFollows(w);

        // Engine: vLLM runs F16 too, so the recipe stays; the comparison switches to vLLM's set.
        QComboBox* engine = child<QComboBox>(w, "engine");
        engine->setCurrentIndex(engine->findData(QStringLiteral("vllm")));
        QCOMPARE(w.session()->scenario().engine, Engine::Vllm);
        QCOMPARE(w.session()->scenario().recipeId, QStringLiteral("F16"));
        QVERIFY(child<MemoryChartWidget>(w, "comparisonChart")
                    ->categories()
                    .join(u' ')
                    .contains(QStringLiteral("AWQ-INT4")));
        checkFollows(w);

        // Batch and KV type.
        child<QSpinBox>(w, "batch")->setValue(4);
        QCOMPARE(w.session()->scenario().batch, qint64(4));
        QComboBox* kv = child<QComboBox>(w, "kvType");
        kv->setCurrentIndex(kv->findData(QStringLiteral("FP8_E4M3")));
        QCOMPARE(w.session()->scenario().kvType, QStringLiteral("FP8_E4M3"));
        checkFollows(w);

        // Capacity: 2 TiB of GPU memory makes it fit; the banner and the lines follow.
        child<QDoubleSpinBox>(w, "gpuCapacity")->setValue(2048);
        QCOMPARE(w.session()->capacity().gpuBytes, qint64(2048) << 30);
        QCOMPARE(child<VerdictBanner>(w, "verdictBanner")->status(), FitStatus::Fits);
        QVERIFY(child<QLabel>(w, "capacitySummary")->text().contains(QStringLiteral("2.00 TiB")));
        checkFollows(w);

        // Units: everything switches to GB.
        w.session()->setUnits(ByteUnits::Decimal);
        QCOMPARE(
            child<QTableView>(w, "breakdownTable")->model()->index(0, 1).data().toString(), QStringLiteral("1.34 TB"));
        checkFollows(w);
    }

    void catalogFiltersByKeyboard()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        CatalogPanel* panel = child<CatalogPanel>(w, "catalogPanel");
        QTest::keyClicks(child<QLineEdit>(*panel, "catalogSearch"), QStringLiteral("kimi"));
        QAbstractItemModel* m = child<QTreeView>(*panel, "catalogTree")->model();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 0, m->index(0, 0)).data(Roles::IdRole).toString(), QStringLiteral("kimi-k2"));
        child<QLineEdit>(*panel, "catalogSearch")->clear();
        child<QComboBox>(*panel, "moeFilter")->setCurrentIndex(2);
        for (int g = 0; g < m->rowCount(); ++g)
            for (int r = 0; r < m->rowCount(m->index(g, 0)); ++r)
                QVERIFY(m->index(r, 0, m->index(g, 0)).data(Roles::IsMoeRole).toBool());
    }

    // From the search box the keyboard reaches the results: a name that names one model selects it, Down and Tab
    // move to it (or to the first result), and a search without results says so with the closest names.
    void catalogSearchByKeyboard()
    {
        CatalogPanel panel(TestCatalogs::models());
        panel.resize(600, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto* search = child<QLineEdit>(panel, "catalogSearch");
        auto* tree = child<QTreeView>(panel, "catalogTree");
        auto* none = child<QLabel>(panel, "catalogNoMatch");
        QSignalSpy chosen(&panel, &CatalogPanel::modelChosen);
        search->setFocus();

        QTest::keyClicks(search, QStringLiteral("llama3.1:8b"));
        QCOMPARE(panel.selectedModelId(), QStringLiteral("llama-3.1-8b"));
        QCOMPARE(chosen.last().first().toString(), QStringLiteral("llama-3.1-8b"));
        QVERIFY(none->isHidden());
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QCOMPARE(panel.selectedModelId(), QStringLiteral("llama-3.1-8b"));

        // Several models: none is chosen while typing; Tab reaches the first of them.
        search->setFocus();
        const qsizetype choices = chosen.size();
        search->setText(QStringLiteral("mixtral"));
        QCOMPARE(chosen.size(), choices);
        const QAbstractItemModel* shown = tree->model();
        const QString first = shown->index(0, 0, shown->index(0, 0)).data(Roles::IdRole).toString();
        QVERIFY(first.startsWith(QStringLiteral("mixtral-")));
        QTest::keyClick(search, Qt::Key_Tab);
        QVERIFY(tree->hasFocus());
        QCOMPARE(panel.selectedModelId(), first);
        QCOMPARE(chosen.last().first().toString(), first);

        // Nothing: the empty state names the closest model as a link, and Down stays in the box.
        search->setFocus();
        search->setText(QStringLiteral("lamma3.1:8b"));
        QVERIFY(none->isVisible());
        QCOMPARE(none->text(),
            QStringLiteral("No model matches 'lamma3.1:8b'. Did you mean <a href=\"llama-3.1-8b\">Llama 3.1 8B</a>?"));
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(search->hasFocus());
        search->setText(QStringLiteral("<b>zzzzzzzzzzzzzzzzzzzz"));
        QVERIFY(none->text().startsWith(QStringLiteral("No model matches '&lt;b&gt;zzzz")));
        search->setText(QStringLiteral("lamma3.1:8b"));
        Q_EMIT none->linkActivated(QStringLiteral("llama-3.1-8b"));
        QVERIFY(search->text().isEmpty());
        QVERIFY(none->isHidden());
        QCOMPARE(panel.selectedModelId(), QStringLiteral("llama-3.1-8b"));

        // An empty box: Tab goes on to the filters, as before.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Tab);
        QVERIFY(child<QComboBox>(panel, "familyFilter")->hasFocus());
    }

    // The window cannot be made smaller than 800x500; there, the results wrap instead of scrolling sideways.
    void smallestWindow()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        QCOMPARE(w.minimumSize(), QSize(800, 500));
        w.resize(640, 400);
        QCOMPARE(w.size(), QSize(800, 500));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();
        auto* results = child<QScrollArea>(w, "resultsScroll");
        QCOMPARE(results->horizontalScrollBar()->maximum(), 0);
        QVERIFY(results->widget()->width() <= results->viewport()->width());
        // The catalog keeps the rest: names, not cut-off columns.
        QVERIFY(child<CatalogPanel>(w, "catalogPanel")->width() >= 250);
        w.resize(1600, 1000);
        QCoreApplication::processEvents();
        QCOMPARE(results->horizontalScrollBar()->maximum(), 0);
    }

    void accessibleAndTabOrder()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        ScenarioPanel* p = child<ScenarioPanel>(w, "scenarioPanel");
        const QList<QWidget*> controls = { child<QComboBox>(*p, "engine"), child<QComboBox>(*p, "quant"),
            child<QSlider>(*p, "contextSlider"), child<QSpinBox>(*p, "context"), child<QSpinBox>(*p, "batch"),
            child<QComboBox>(*p, "kvType"), child<QDoubleSpinBox>(*p, "gpuCapacity"),
            child<QDoubleSpinBox>(*p, "ramCapacity"), child<QToolButton>(*p, "compareQuants"),
            child<QLineEdit>(w, "catalogSearch"), child<QTreeView>(w, "catalogTree"),
            child<QTableView>(w, "breakdownTable"), child<VerdictBanner>(w, "verdictBanner") };
        for (QWidget* c : controls) {
            QVERIFY2(!c->accessibleName().isEmpty(), c->metaObject()->className());
        }
        for (QWidget* c : controls.mid(0, 9))
            QVERIFY(c->focusPolicy() & Qt::TabFocus);
        // Walking the focus chain from the engine visits the scenario controls in reading order.
        QList<QWidget*> chain;
        QWidget* c = child<QComboBox>(*p, "engine");
        for (int i = 0; i < 400 && chain.size() < 12; ++i) {
            if (c->focusPolicy() & Qt::TabFocus)
                chain << c;
            c = c->nextInFocusChain();
        }
        const auto pos = [&](QWidget* x) { return chain.indexOf(x); };
        QVERIFY(pos(child<QComboBox>(*p, "quant")) > 0);
        QVERIFY(pos(child<QComboBox>(*p, "quant")) < pos(child<QSlider>(*p, "contextSlider")));
        QVERIFY(pos(child<QSlider>(*p, "contextSlider")) < pos(child<QSpinBox>(*p, "context")));
        QVERIFY(pos(child<QSpinBox>(*p, "context")) < pos(child<QSpinBox>(*p, "batch")));
        QVERIFY(pos(child<QSpinBox>(*p, "batch")) < pos(child<QComboBox>(*p, "kvType")));
        QVERIFY(pos(child<QComboBox>(*p, "kvType")) < pos(child<QDoubleSpinBox>(*p, "gpuCapacity")));
    }

    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        Preferences p;
        p.modelId = QStringLiteral("qwen3-30b-a3b");
        p.recipeId = QStringLiteral("Q8_0");
        p.context = 16384;
        p.batch = 2;
        p.kvType = QStringLiteral("Q8_0");
        p.capacity = { qint64(16) << 30, qint64(32) << 30 };
        p.units = ByteUnits::Decimal;
        p.chartTab = 1;
        p.comparedRecipes = { QStringLiteral("IQ4_XS") };
        {
            MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
            w.applyPreferences(p);
            QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
            PreferencesStore::save(w.preferences(), s);
        }
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        const Preferences loaded = PreferencesStore::load(s);
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.applyPreferences(loaded);
        const Scenario& sc = w.session()->scenario();
        QCOMPARE(sc.model.id, p.modelId);
        QCOMPARE(sc.recipeId, p.recipeId);
        QCOMPARE(sc.context, p.context);
        QCOMPARE(sc.batch, p.batch);
        QCOMPARE(sc.kvType, p.kvType);
        QCOMPARE(w.session()->capacity(), p.capacity);
        QCOMPARE(w.session()->units(), p.units);
        QCOMPARE(w.session()->comparedRecipes(), p.comparedRecipes);
        QCOMPARE(w.preferences().chartTab, 1);
        QVERIFY(!loaded.splitterState.isEmpty());
        QCOMPARE(child<QSpinBox>(w, "context")->value(), 16384);
        QCOMPARE(child<CatalogPanel>(w, "catalogPanel")->selectedModelId(), p.modelId);
        checkFollows(w);
    }

    // The quantization box gives each recipe's bits per weight on the model chosen, the figure the estimate
    // reports once the recipe is chosen (not the base type's nominal 4.50 of Q4_K).
    void quantBoxShowsTheEstimatesBits()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.session()->setScenario(
            QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QComboBox* quant = child<QComboBox>(w, "quant");
        const auto label = [quant](const char* id) { return quant->itemText(quant->findData(QLatin1String(id))); };
        const QString bits = QString::number(w.session()->estimate()->bitsPerWeight, 'f', 2);
        QCOMPARE(bits, QStringLiteral("4.89"));
        QCOMPARE(label("Q4_K_M"), QStringLiteral("Q4_K_M  4.89 bpw"));
        // Another model relabels the box: Qwen2.5-7B's larger vocabulary in Q6_K gives it more bits.
        w.session()->setModelId(QStringLiteral("qwen2.5-7b"));
        QCOMPARE(
            label("Q4_K_M"), QStringLiteral("Q4_K_M  %1 bpw").arg(w.session()->estimate()->bitsPerWeight, 0, 'f', 2));
        QCOMPARE(label("Q4_K_M"), QStringLiteral("Q4_K_M  4.91 bpw"));
        // On vLLM, FP8 keeps the embeddings and the head in BF16: above 8 bits, as its estimate says.
        w.session()->setEngine(Engine::Vllm);
        w.session()->setRecipeId(QStringLiteral("FP8"));
        QCOMPARE(w.session()->scenario().recipeId, QStringLiteral("FP8"));
        QVERIFY(w.session()->estimate()->bitsPerWeight > 8.0);
        QCOMPARE(label("FP8"), QStringLiteral("FP8  %1 bpw").arg(w.session()->estimate()->bitsPerWeight, 0, 'f', 2));
    }

    // Scenarios > Save, Open and Compare: saved to the store's file, reopened as the current scenario, and two to
    // four compared side by side with the figures the estimator gives each.
    void savesOpensAndComparesScenarios()
    {
        QTemporaryDir dir;
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        QVERIFY(w.openScenarioStore(dir.filePath(QStringLiteral("scenarios.json"))).isEmpty());
        w.session()->setScenario(
            QStringLiteral("qwen3-32b"), QStringLiteral("Q4_K_M"), 32768, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        const qint64 denseTotal = w.session()->estimate()->total;
        QString error;
        QVERIFY2(w.saveScenario(QStringLiteral("dense"), &error), qPrintable(error));
        w.session()->setScenario(QStringLiteral("qwen3-30b-a3b"), QStringLiteral("Q4_K_M"), 32768, 1,
            QStringLiteral("F16"), Engine::LlamaCpp);
        QVERIFY(w.saveScenario(QStringLiteral("moe"), &error));
        w.session()->setScenario(
            QStringLiteral("llama-3.1-8b"), QStringLiteral("Q8_0"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QCOMPARE(w.findChild<QMenu*>(QStringLiteral("openScenarioMenu"))->actions().size(), 2);

        ScenarioCompareDialog* d = w.showScenarioComparison();
        // The current scenario and the last one saved are ticked at first.
        QCOMPARE(d->checkedNames(), (QStringList { d->currentName(), QStringLiteral("moe") }));
        QCOMPARE(d->model()->rowCount(), 2);
        QCOMPARE(d->model()->rows().first().estimate.total, w.session()->estimate()->total);
        d->setChecked({ d->currentName(), QStringLiteral("dense"), QStringLiteral("moe") });
        QCOMPARE(d->model()->rowCount(), 3);
        QCOMPARE(d->model()->rows()[1].recipeId, QStringLiteral("dense"));
        QCOMPARE(d->model()->rows()[1].estimate.total, denseTotal);
        QCOMPARE(child<MemoryChartWidget>(*d, "compareChart")->categories().size(), 3);
        d->close();

        QVERIFY(w.openScenario(QStringLiteral("dense"), &error));
        QCOMPARE(w.session()->scenario().model.id, QStringLiteral("qwen3-32b"));
        QCOMPARE(w.session()->scenario().context, qint64(32768));
        QCOMPARE(w.session()->estimate()->total, denseTotal);
        QVERIFY(!w.openScenario(QStringLiteral("nope"), &error));

        // A second window reads what the first wrote.
        MainWindow other(TestCatalogs::models(), TestCatalogs::quants());
        QVERIFY(other.openScenarioStore(dir.filePath(QStringLiteral("scenarios.json"))).isEmpty());
        QCOMPARE(other.scenarioStore().scenarios().size(), 2);
    }

    // Help > How is this computed? and File > Copy report: every figure with its formula and the engine's version.
    void explainsAndCopiesTheReport()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.session()->setScenario(
            QStringLiteral("llama-3.1-8b"), QStringLiteral("Q4_K_M"), 8192, 1, QStringLiteral("F16"), Engine::LlamaCpp);
        QDialog* d = w.showComputation();
        const QString text = child<QTextBrowser>(*d, "computationText")->toPlainText();
        QVERIFY2(text.contains(w.session()->estimate()->kvCache.explanation), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Engine rules: llama.cpp 80fb11ac")));
        QVERIFY(text.contains(QStringLiteral("src/llama-kv-cache.cpp")));
        // The box shows one component at a time: its formula and the engine's source, nothing else.
        auto* part = child<QComboBox>(*d, "computationPart");
        QCOMPARE(part->count(), 5); // the whole report and four components (no recurrent state for Llama)
        part->setCurrentIndex(part->findData(int(MemoryPart::Activations)));
        const QString activations = child<QTextBrowser>(*d, "computationText")->toPlainText();
        QVERIFY2(activations.contains(w.session()->estimate()->activations.explanation), qPrintable(activations));
        QVERIFY(activations.contains(QStringLiteral("src/llama-context.cpp")));
        QVERIFY(!activations.contains(w.session()->estimate()->kvCache.explanation));
        // The documents it points to are there to open.
        QVERIFY(!MainWindow::documentationFolder().isEmpty());
        QVERIFY(text.contains(QStringLiteral("memory model")));
        d->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // Activating a breakdown row opens that row's component.
        auto* table = w.findChild<QTableView*>(QStringLiteral("breakdownTable"));
        Q_EMIT table->activated(table->model()->index(int(Component::KvCache), 0));
        auto* kvDialog = w.findChild<QDialog*>(QStringLiteral("computationDialog"));
        QVERIFY(kvDialog);
        QCOMPARE(child<QComboBox>(*kvDialog, "computationPart")->currentData().toInt(), int(MemoryPart::KvCache));
        const QString kv = child<QTextBrowser>(*kvDialog, "computationText")->toPlainText();
        QVERIFY(kv.contains(w.session()->estimate()->kvCache.explanation));
        QVERIFY(!kv.contains(w.session()->estimate()->weights.explanation));
        kvDialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        w.findChild<QAction*>(QStringLiteral("copyReportAction"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("# Llama 3.1 8B\n")), qPrintable(copied.left(80)));
        QVERIFY(copied.contains(
            QStringLiteral("| Weights | %1 |").arg(formatBytes(w.session()->estimate()->weights.bytes))));
    }

    // In Chinese the buttons and dialogs Qt draws are Chinese too: Qt's own catalogue is installed beside the app's,
    // and a switch back to English removes it.
    void qtStandardButtonsFollowTheLanguage()
    {
        const QString qtFile = QDir(AppTranslations::qtTranslationsPath()).filePath(QStringLiteral("qtbase_zh_CN.qm"));
        QVERIFY2(
            QFile::exists(qtFile), qPrintable(qtFile + QStringLiteral(" is missing: install qt6-translations-l10n")));
        AppTranslations translations;
        QCOMPARE(translations.apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QVERIFY2(translations.loadedFiles().contains(QDir::cleanPath(qtFile)),
            qPrintable(translations.loadedFiles().join(u' ')));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("关闭"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Close"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // Help > About names the version and every licence the built program is under.
    void aboutNamesTheLicences()
    {
        const QString about = MainWindow::aboutText();
        QVERIFY(about.contains(QStringLiteral("FitPlanner %1").arg(QCoreApplication::applicationVersion())));
        QVERIFY(about.contains(QStringLiteral("MIT licence")));
        QVERIFY(about.contains(QStringLiteral("Qt Charts under the GPL 3")));
        QVERIFY(about.contains(QStringLiteral("the program as built and distributed is covered by the GPL 3")));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    }

    // Every control a user can operate says what it does in a tooltip.
    void everyControlExplainsItself()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSet<QString> silent;
        for (const QString& tab : MainWindow::chartTabIds()) {
            QVERIFY(w.setChartTab(tab));
            const QList<QWidget*> widgets = w.findChildren<QWidget*>();
            for (QWidget* c : widgets) {
                const bool control = qobject_cast<QAbstractButton*>(c) || qobject_cast<QComboBox*>(c)
                    || qobject_cast<QAbstractSpinBox*>(c) || qobject_cast<QAbstractSlider*>(c)
                    || qobject_cast<QLineEdit*>(c);
                if (!control || !c->isVisibleTo(&w) || qobject_cast<QScrollBar*>(c))
                    continue;
                if (qobject_cast<QLineEdit*>(c) && qobject_cast<QAbstractSpinBox*>(c->parentWidget()))
                    continue; // a spin box's own editor
                if (c->parentWidget()
                    && (qobject_cast<QComboBox*>(c->parentWidget())
                        || qobject_cast<QAbstractItemView*>(c->parentWidget())))
                    continue; // parts of a combo box or a table (its corner button)
                if (c->toolTip().isEmpty())
                    silent << tab + u' ' + QString::fromLatin1(c->metaObject()->className()) + u' ' + c->objectName();
            }
        }
        QVERIFY2(silent.isEmpty(), qPrintable(QStringList(silent.begin(), silent.end()).join(u'\n')));
    }

    // The context chart draws a hybrid model's recurrent state as its own flat band, and none for the others.
    void contextChartShowsTheState()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* chart = child<MemoryChartWidget>(w, "sweepChart");
        w.session()->setModelId(QStringLiteral("llama-3.1-8b"));
        QVERIFY(!chart->showsState());
        w.session()->setModelId(QStringLiteral("qwen3.6-35b-a3b"));
        QVERIFY(chart->showsState());
    }

    // File > Export report and Export chart: the window's own estimate and plan as a document, the visible chart
    // as an image; a name that says no format is refused and writes nothing.
    void exportsReportAndChart()
    {
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->setModelId(QStringLiteral("llama-3.1-8b"));
        QTemporaryDir dir;
        QString error;

        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY2(w.exportReport(csv, ReportFormat::Csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray rows = f.readAll();
        QVERIFY(rows.contains("\nmemory,weights," + QByteArray::number(w.session()->estimate()->weights.bytes) + ','));
        QCOMPARE(rows.contains("\nplan,verdict,"), w.plan().has_value());

        QVERIFY(w.setChartTab(QStringLiteral("quantization")));
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(w.exportChart(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), child<MemoryChartWidget>(w, "comparisonChart")->size() * w.devicePixelRatio());

        QVERIFY(w.setChartTab(QStringLiteral("context")));
        const QString svg = dir.filePath(QStringLiteral("sweep.svg"));
        QVERIFY2(w.exportChart(svg, &error), qPrintable(error));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray xml = s.readAll();
        QVERIFY(xml.contains("<svg"));
        QVERIFY(xml.contains("</svg>"));
        // What an SVG viewer opens: Qt's own renderer reads it, at the chart's size.
        QSvgRenderer renderer(xml);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.defaultSize().isEmpty());

        QVERIFY(!w.exportChart(dir.filePath(QStringLiteral("chart.gif")), &error));
        QVERIFY2(error.contains(QStringLiteral("must end in .png or .svg")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.gif"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
