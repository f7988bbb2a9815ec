// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "screenshotcommand.h"

#include "clitr.h"
#include "mainwindow.h"
#include "preferencesstore.h"

#include <QSize>

using namespace Planner;

namespace {

const QSize kMinSize = MainWindow::minimumWindowSize(); // smaller is refused, as the window refuses it
constexpr QSize kMaxSize { 8192, 8192 };

// WIDTHxHEIGHT within kMinSize and kMaxSize, typed QSize.
CliValidator windowSize()
{
    const auto text = [](const QSize& s) { return QStringLiteral("%1x%2").arg(s.width()).arg(s.height()); };
    return { [=](const QString& option, const QString& value, QString* error) -> std::optional<QVariant> {
                const QStringList wh = value.trimmed().toLower().split(u'x');
                bool okW = false;
                bool okH = false;
                const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
                const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
                if (okW && okH && w >= kMinSize.width() && h >= kMinSize.height() && w <= kMaxSize.width()
                    && h <= kMaxSize.height())
                    return QSize(w, h);
                *error = CliTr::tr("--%1 '%2' must be WIDTHxHEIGHT from %3 to %4")
                             .arg(option, value, text(kMinSize), text(kMaxSize));
                return std::nullopt;
            },
        [=](const QVariant& v) { return text(v.toSize()); },
        CliTr::tr("%1 to %2").arg(text(kMinSize), text(kMaxSize)) };
}

} // namespace

CliCommand screenshotCommand(const Catalogs& c)
{
    const Preferences defaults;
    CliCommand cmd;
    cmd.name = QStringLiteral("--screenshot");
    cmd.summary = CliTr::tr("render the window into a PNG file and exit (no display needed)");
    CliOption context = CliOptions::context();
    context.description = CliTr::tr("the context length (it must not exceed the model's maximum)");
    cmd.options = {
        { QStringLiteral("screenshot"), QStringLiteral("FILE"), CliTr::tr("the PNG file to write"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("model"), QStringLiteral("ID"), CliTr::tr("the model, from the catalog"),
            CliValidators::model(c.models, &c.quants), QStringLiteral("deepseek-r1"), {} },
        { QStringLiteral("quant"), QStringLiteral("ID"), CliTr::tr("the quantization recipe"),
            CliValidators::recipe(c.quants), defaults.recipeId, {} },
        context,
        { QStringLiteral("engine"), QStringLiteral("ENGINE"), CliTr::tr("the inference engine whose rules apply"),
            CliValidators::engine(), {}, CliTr::tr("the first engine that runs the recipe") },
        { QStringLiteral("tab"), QStringLiteral("TAB"), CliTr::tr("the chart tab to show"),
            CliValidators::choice(MainWindow::chartTabIds()), MainWindow::chartTabIds().first(), {} },
        { QStringLiteral("size"), QStringLiteral("WxH"), CliTr::tr("the window's size in pixels"), windowSize(),
            QSize(1600, 1000), {} },
        { QStringLiteral("lang"), QStringLiteral("LANG"), CliTr::tr("the language of the window"),
            CliValidators::choice(PreferencesStore::languages()), PreferencesStore::languages().first(), {} },
        { QStringLiteral("units"), QStringLiteral("UNITS"), CliTr::tr("byte units: GiB (1024^3) or GB (1000^3)"),
            CliValidators::choice({ QStringLiteral("GiB"), QStringLiteral("GB") }), QStringLiteral("GiB"), {} },
        { QStringLiteral("gpu"), QStringLiteral("GPU"), CliTr::tr("what-if hardware: a GPU from the catalog"),
            CliValidators::gpu(c.gpus), {}, {} },
        { QStringLiteral("gpus"), QStringLiteral("N"), CliTr::tr("how many of that GPU"), CliValidators::count(1, 64),
            QVariant::fromValue<qint64>(1), {} },
        { QStringLiteral("palette"), QStringLiteral("PALETTE"),
            CliTr::tr("the colours: the system's, or a light or dark Fusion palette (as dark desktop themes give)"),
            CliValidators::choice({ QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") }),
            QStringLiteral("system"), {} },
        { QStringLiteral("users"), QStringLiteral("N"),
            CliTr::tr("the Placement tab's concurrent users: above 1 it shows what a server does with them"),
            CliValidators::count(1, 4096), QVariant::fromValue<qint64>(1), {} },
        { QStringLiteral("scenarios"), QStringLiteral("FILE"),
            CliTr::tr("a saved-scenarios file (as Scenarios > Save scenario writes it) for --compare"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("compare"), QStringLiteral("NAMES"),
            CliTr::tr("render the comparison of the current scenario with these saved ones (comma-separated) "
                      "instead of the window"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("add-model"), QStringLiteral("CONFIG"),
            CliTr::tr("render Model > Add custom model... reading this config.json (or showing the form, for "
                      "'form') instead of the window"),
            CliValidators::text(), {}, {} },
        { QStringLiteral("explain"), QStringLiteral("PART"),
            CliTr::tr("render Help > How is this computed? for one component (weights, kv-cache, recurrent-state, "
                      "activations, overhead) or the whole report ('report') instead of the window"),
            CliValidators::choice(QStringList { QStringLiteral("report") } + memoryPartIds()), {}, {} },
        { QStringLiteral("open"), QStringLiteral("PATH"),
            CliTr::tr("open a model file or folder as File > Open does, wait for it, and render the window with the "
                      "message it shows, if any, centred over it as on screen"),
            CliValidators::text(), {}, {} },
    };
    return cmd;
}
