// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Model > Add custom model...: the dialog validates a config.json and the form live, the model it adds is listed
// in the catalog (its own group, filterable, marked) and estimated exactly as its config.json, the context menu
// removes it, and work in flight keeps the catalog snapshot it started with.

#include "catalogpanel.h"
#include "custommodeldialog.h"
#include "findchild.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "memoryestimator.h"
#include "tensorlayout.h"
#include "testcatalogs.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

const QString kConfig = QStringLiteral(FITPLANNER_TEST_DATA "/configs-2026/Qwen__Qwen3.6-35B-A3B.json");

bool okEnabled(const CustomModelDialog& d)
{
    return child<QDialogButtonBox>(d, "customModelButtons")->button(QDialogButtonBox::Ok)->isEnabled();
}

QString status(const CustomModelDialog& d)
{
    return child<QLabel>(d, "customModelStatus")->text();
}

void setSpin(const CustomModelDialog& d, const char* name, int value)
{
    child<QSpinBox>(d, name)->setValue(value);
}

} // namespace

class TestCustomModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addFromConfigListRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("custom-models.json"));
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        QVERIFY(w.openCustomModelStore(path).isEmpty());
        const std::shared_ptr<const ModelCatalog> before = w.session()->modelsSnapshot();

        CustomModelDialog* d = w.showAddCustomModel();
        QVERIFY(d->isVisible());
        QVERIFY(!okEnabled(*d));
        QCOMPARE(status(*d), QStringLiteral("Choose the model's config.json, or describe the model on the other tab."));

        QSignalSpy validated(d, &CustomModelDialog::validated);
        d->setConfigPath(kConfig);
        QVERIFY(validated.wait(10000));
        QCOMPARE(child<QLineEdit>(*d, "customModelId")->text(), QStringLiteral("qwen__qwen3.6-35b-a3b"));
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        QVERIFY(okEnabled(*d));
        QVERIFY2(status(*d).startsWith(QStringLiteral("Valid: qwen__qwen3.6-35b-a3b, ")), qPrintable(status(*d)));

        child<QLineEdit>(*d, "customModelId")->setText(QStringLiteral("llama-3.1-8b"));
        QCOMPARE(d->problem(), QStringLiteral("id \"llama-3.1-8b\": a built-in model has this id; choose another"));
        QCOMPARE(status(*d), d->problem());
        QVERIFY(!okEnabled(*d));
        child<QLineEdit>(*d, "customModelId")->setText(QStringLiteral("my-qwen"));
        child<QLineEdit>(*d, "customModelName")->setText(QStringLiteral("My Qwen"));
        QVERIFY(okEnabled(*d));
        d->accept();

        // Listed in its own group, marked, and chosen; estimated as the config.json itself.
        auto* catalog = child<QAbstractItemModel>(w, "catalogModel");
        QModelIndex entry;
        for (int g = 0; g < catalog->rowCount(); ++g) {
            const QModelIndex group = catalog->index(g, 0);
            for (int r = 0; r < catalog->rowCount(group); ++r)
                if (catalog->index(r, 0, group).data(Roles::IdRole).toString() == QLatin1String("my-qwen"))
                    entry = catalog->index(r, 0, group);
        }
        QVERIFY(entry.isValid());
        QVERIFY(entry.data(Roles::IsCustomRole).toBool());
        QCOMPARE(entry.data(Qt::DisplayRole).toString(), QStringLiteral("My Qwen"));
        QCOMPARE(entry.data(Roles::FamilyRole).toString(), QStringLiteral("Custom models"));
        QVERIFY(entry.parent().data(Roles::IsCustomRole).toBool());
        QVERIFY(entry.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Custom model: My Qwen (my-qwen)")));
        QCOMPARE(w.session()->scenario().model.id, QStringLiteral("my-qwen"));
        Scenario viaConfig = w.session()->scenario();
        viaConfig.model = TestCatalogs::configModel("Qwen__Qwen3.6-35B-A3B.json");
        QString why;
        const auto expected = MemoryEstimator(TestCatalogs::quants()).estimate(viaConfig, &why);
        QVERIFY2(expected, qPrintable(why));
        QVERIFY(w.session()->estimate());
        QCOMPARE(w.session()->estimate()->weights.bytes, expected->weights.bytes);
        QCOMPARE(w.session()->estimate()->total, expected->total);

        // The family filter shows the custom models alone.
        auto* family = child<QComboBox>(w, "familyFilter");
        const int custom = family->findText(QStringLiteral("Custom models"));
        QVERIFY(custom > 0);
        family->setCurrentIndex(custom);
        auto* proxy = child<QAbstractItemModel>(w, "catalogProxy");
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
        family->setCurrentIndex(0);

        // A new snapshot for the views; the one handed out before is unchanged.
        QCOMPARE(before->models.size(), TestCatalogs::models().models.size());
        QVERIFY(!before->find(QStringLiteral("my-qwen")));
        QCOMPARE(w.session()->modelsSnapshot()->models.size(), before->models.size() + 1);
        QCOMPARE(w.customModelStore().models().ids(), QStringList { QStringLiteral("my-qwen") });

        // The context menu offers removal for custom models only; the Model menu lists them.
        auto* panel = child<CatalogPanel>(w, "catalogPanel");
        std::unique_ptr<QMenu> builtInMenu(panel->contextMenuFor(QStringLiteral("llama-3.1-8b")));
        QVERIFY(builtInMenu->findChild<QAction*>(QStringLiteral("addCustomModel")));
        QVERIFY(!builtInMenu->findChild<QAction*>(QStringLiteral("removeCustomModel")));
        QVERIFY(std::unique_ptr<QMenu>(panel->contextMenuFor(QStringLiteral("my-qwen")))
                    ->findChild<QAction*>(QStringLiteral("removeCustomModel")));
        // The window asks before removing (a modal question): the request is checked on a panel of its own.
        CatalogPanel standalone(*w.session()->modelsSnapshot());
        std::unique_ptr<QMenu> customMenu(standalone.contextMenuFor(QStringLiteral("my-qwen")));
        auto* remove = customMenu->findChild<QAction*>(QStringLiteral("removeCustomModel"));
        QVERIFY(remove);
        QSignalSpy removeRequested(&standalone, &CatalogPanel::removeCustomModelRequested);
        remove->trigger();
        QCOMPARE(removeRequested.size(), 1);
        QCOMPARE(removeRequested.first().first().toString(), QStringLiteral("my-qwen"));
        auto* removeMenu = child<QMenu>(w, "removeCustomModelMenu");
        QVERIFY(removeMenu->isEnabled());
        QCOMPARE(removeMenu->actions().size(), 1);
        QCOMPARE(removeMenu->actions().first()->data().toString(), QStringLiteral("my-qwen"));

        QVERIFY2(w.removeCustomModel(QStringLiteral("my-qwen"), &why), qPrintable(why));
        QVERIFY(!catalog
                     ->match(catalog->index(0, 0), Roles::IdRole, QStringLiteral("my-qwen"), 1,
                         Qt::MatchExactly | Qt::MatchRecursive)
                     .size());
        QCOMPARE(family->findText(QStringLiteral("Custom models")), -1);
        QVERIFY(!removeMenu->isEnabled());
        // The scenario keeps the model it was showing until another is chosen.
        QCOMPARE(w.session()->scenario().model.id, QStringLiteral("my-qwen"));

        // Read again at the next start.
        MainWindow again(TestCatalogs::models(), TestCatalogs::quants());
        QVERIFY(again.openCustomModelStore(path).isEmpty());
        QVERIFY(again.customModelStore().models().models.isEmpty());
    }

    // The form writes a config.json: its defaults are Llama 3.1 8B's dimensions, hence its exact parameter count;
    // each change is validated at once.
    void form()
    {
        QTemporaryDir dir;
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.openCustomModelStore(dir.filePath(QStringLiteral("custom-models.json")));
        CustomModelDialog* d = w.showAddCustomModel();
        d->showForm(true);
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        QList<ParseError> errors;
        const auto spec = parseHfConfig(d->request().config, QStringLiteral("form"), &errors);
        QVERIFY(spec);
        QCOMPARE(
            countParameters(*spec).total, countParameters(TestCatalogs::model(QStringLiteral("llama-3.1-8b"))).total);
        QVERIFY2(status(*d).startsWith(QStringLiteral("Valid: my-model, ")), qPrintable(status(*d)));
        QVERIFY2(status(*d).endsWith(QStringLiteral(" parameters, up to 131072 tokens of context.")),
            qPrintable(status(*d)));

        setSpin(*d, "kvHeadsField", 3);
        QCOMPARE(
            d->problem(), QStringLiteral("the form: num_key_value_heads: 3 does not divide the 32 attention heads"));
        QVERIFY(!okEnabled(*d));
        setSpin(*d, "kvHeadsField", 8);
        QVERIFY(!child<QSpinBox>(*d, "activeExpertsField")->isEnabled());
        setSpin(*d, "expertsField", 8);
        QVERIFY(child<QSpinBox>(*d, "activeExpertsField")->isEnabled());
        QVERIFY2(d->problem().startsWith(QStringLiteral("the form: num_experts_per_tok: 0 is out of range")),
            qPrintable(d->problem()));
        setSpin(*d, "activeExpertsField", 2);
        setSpin(*d, "expertIntermediateField", 1024);
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        QVERIFY2(status(*d).contains(QStringLiteral(" active)")), qPrintable(status(*d)));
        child<QLineEdit>(*d, "customModelId")->setText(QStringLiteral("tiny-moe"));
        d->accept();
        const ModelSpec* added = w.session()->models().find(QStringLiteral("tiny-moe"));
        QVERIFY(added && added->isMoe());
        QCOMPARE(added->moe.numExperts, 8);
        QCOMPARE(added->moe.expertsPerToken, 2);
        QCOMPARE(added->moe.expertIntermediate, 1024);
        QCOMPARE(added->modelType, QStringLiteral("qwen3_moe"));
    }

    // A config.json that cannot be read, or read but invalid, is shown with its reason.
    void badConfigFiles()
    {
        QTemporaryDir dir;
        MainWindow w(TestCatalogs::models(), TestCatalogs::quants());
        w.openCustomModelStore(dir.filePath(QStringLiteral("custom-models.json")));
        CustomModelDialog* d = w.showAddCustomModel();
        QSignalSpy validated(d, &CustomModelDialog::validated);
        const QString missing = dir.filePath(QStringLiteral("nothing/config.json"));
        d->setConfigPath(missing);
        QVERIFY(validated.wait(10000));
        QVERIFY2(d->problem().startsWith(missing), qPrintable(d->problem()));
        QVERIFY(!okEnabled(*d));

        const QString bad = dir.filePath(QStringLiteral("config.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_type": "llama", "hidden_size": 0})");
        f.close();
        d->setConfigPath(bad);
        QVERIFY(validated.wait(10000));
        QVERIFY2(d->problem().startsWith(bad + QStringLiteral(": hidden_size: 0 is out of range")),
            qPrintable(d->problem()));
        QVERIFY(!okEnabled(*d));
    }
};

QTEST_MAIN(TestCustomModels)
#include "tst_custommodels.moc"
