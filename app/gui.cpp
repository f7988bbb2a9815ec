#include "gui.h"

#include "catalogs.h"
#include "estimatesession.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "preferencesstore.h"
#include "recommendpanel.h"

#include <cstdio>
#include <memory>

#include <QApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace Planner;

namespace {

// Installs the app's translation for `language` ("" = the system locale), replacing the previous one.
class TranslationSwitcher
{
public:
    void apply(const QString& language)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        QString code = language;
        if (code.isEmpty())
            code = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/fitplanner_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        }
        QLocale::setDefault(QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
            code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

struct ScreenshotOptions
{
    QString file;
    QString model = QStringLiteral("deepseek-r1");
    QString quant;
    qint64 context = 0;
    QString tab = QStringLiteral("quantization");
    QSize size { 1600, 1000 };
    QString engine;
    QString language = QStringLiteral("en");
    QString units;
    QString gpu; // what-if: a gpus.json id
    int gpuCount = 1;
};

bool isScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    return false;
}

// Parses --screenshot FILE [--model ID] [--quant ID] [--context N] [--tab T] [--size WxH] [--engine E]
// [--lang en|zh_CN] [--units GiB|GB] [--gpu ID] [--gpus N]; returns an error message naming the bad argument.
QString parseScreenshot(const QStringList& args, const Catalogs& catalogs, ScreenshotOptions* o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString name = args[i];
        if (!name.startsWith(QLatin1String("--")))
            return QCoreApplication::translate("Gui", "unexpected argument '%1'").arg(name);
        if (i + 1 >= args.size())
            return QCoreApplication::translate("Gui", "%1 needs a value").arg(name);
        const QString value = args[++i];
        if (name == QLatin1String("--screenshot")) {
            o->file = value;
        } else if (name == QLatin1String("--model")) {
            if (!catalogs.models.find(value))
                return QCoreApplication::translate("Gui", "--model: unknown model '%1' (see 'fitplanner models')")
                    .arg(value);
            o->model = catalogs.models.find(value)->id;
        } else if (name == QLatin1String("--quant")) {
            if (!catalogs.quants.recipe(value))
                return QCoreApplication::translate(
                    "Gui", "--quant: unknown quantization '%1' (see 'fitplanner quants')")
                    .arg(value);
            o->quant = catalogs.quants.recipe(value)->id;
        } else if (name == QLatin1String("--context")) {
            QString v = value.trimmed().toLower();
            qint64 factor = 1;
            if (v.endsWith(u'k')) {
                factor = 1024;
                v.chop(1);
            }
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 1 || n > MemoryEstimator::kMaxContext / factor)
                return QCoreApplication::translate(
                    "Gui", "--context: '%1' is not a context length (a positive number of tokens, e.g. 32768 or 32k)")
                    .arg(value);
            o->context = n * factor;
        } else if (name == QLatin1String("--tab")) {
            if (!MainWindow::chartTabIds().contains(value))
                return QCoreApplication::translate("Gui", "--tab: '%1' is not a tab (choose one of: %2)")
                    .arg(value, MainWindow::chartTabIds().join(QStringLiteral(", ")));
            o->tab = value;
        } else if (name == QLatin1String("--size")) {
            const QStringList wh = value.toLower().split(u'x');
            bool okW = false;
            bool okH = false;
            const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
            const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 640 || h < 480 || w > 8192 || h > 8192)
                return QCoreApplication::translate(
                    "Gui", "--size: '%1' is not WIDTHxHEIGHT between 640x480 and 8192x8192")
                    .arg(value);
            o->size = QSize(w, h);
        } else if (name == QLatin1String("--engine")) {
            if (!engineFromId(value))
                return QCoreApplication::translate("Gui", "--engine: unknown engine '%1' (choose one of: %2)")
                    .arg(value, engineIds().join(QStringLiteral(", ")));
            o->engine = engineId(*engineFromId(value));
        } else if (name == QLatin1String("--lang")) {
            if (!PreferencesStore::languages().contains(value))
                return QCoreApplication::translate("Gui", "--lang: unknown language '%1' (choose one of: %2)")
                    .arg(value, PreferencesStore::languages().join(QStringLiteral(", ")));
            o->language = value;
        } else if (name == QLatin1String("--gpu")) {
            const GpuSpec* g = catalogs.gpus.find(value);
            if (!g)
                return QCoreApplication::translate("Gui", "--gpu: unknown GPU '%1' (see 'fitplanner gpus')").arg(value);
            o->gpu = g->id;
        } else if (name == QLatin1String("--gpus")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 64)
                return QCoreApplication::translate("Gui", "--gpus: '%1' is not a GPU count from 1 to 64").arg(value);
            o->gpuCount = n;
        } else if (name == QLatin1String("--units")) {
            if (value != QLatin1String("GiB") && value != QLatin1String("GB"))
                return QCoreApplication::translate("Gui", "--units: '%1' must be GiB or GB").arg(value);
            o->units = value;
        } else {
            return QCoreApplication::translate("Gui", "unknown option '%1'").arg(name);
        }
    }
    if (o->file.isEmpty())
        return QCoreApplication::translate("Gui", "--screenshot needs a file name");
    return {};
}

int runScreenshot(const Catalogs& catalogs, TranslationSwitcher& translations)
{
    QTextStream err(stderr);
    ScreenshotOptions o;
    const QString error = parseScreenshot(QCoreApplication::arguments().mid(1), catalogs, &o);
    if (!error.isEmpty()) {
        err << "fitplanner: " << error << Qt::endl;
        return 2;
    }
    translations.apply(o.language);
    // Reproducible pictures: the defaults, never the user's saved settings.
    Preferences p;
    p.modelId = o.model;
    if (!o.quant.isEmpty())
        p.recipeId = o.quant;
    if (!o.engine.isEmpty())
        p.engineId = o.engine;
    else if (const QuantRecipe* r = catalogs.quants.recipe(p.recipeId); r && !r->engines.isEmpty())
        p.engineId = r->engines.first();
    const ModelSpec* spec = catalogs.models.find(o.model);
    p.context = o.context > 0 ? o.context : std::min<qint64>(32768, spec ? spec->maxContext : 32768);
    p.units = o.units == QLatin1String("GB") ? ByteUnits::Decimal : ByteUnits::Binary;
    p.language = o.language;

    MainWindow window(catalogs.models, catalogs.quants, catalogs.gpus);
    window.applyPreferences(p);
    window.setChartTab(o.tab);
    if (!o.gpu.isEmpty())
        window.hardware()->setWhatIf(o.gpu, o.gpuCount, p.capacity.ramBytes);
    if (window.session()->scenario().context != p.context && o.context > 0) {
        err << "fitplanner: "
            << QCoreApplication::translate("Gui", "--context: %1 is beyond the model's maximum of %2 tokens")
                   .arg(o.context)
                   .arg(window.session()->scenario().model.maxContext)
            << Qt::endl;
        return 2;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(o.size);
    window.show();
    QCoreApplication::processEvents();
    if (window.recommendPanel()->isBusy()) {
        // The recommendation table is computed on a worker thread: wait for it (at most a minute).
        QEventLoop loop;
        QObject::connect(window.recommendPanel(), &RecommendPanel::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.resize(o.size);
    QCoreApplication::processEvents();
    const QPixmap shot = window.grab();
    if (shot.size() != o.size) {
        err << "fitplanner: "
            << QCoreApplication::translate("Gui", "--size: the window cannot be laid out at %1x%2 (got %3x%4)")
                   .arg(o.size.width())
                   .arg(o.size.height())
                   .arg(shot.width())
                   .arg(shot.height())
            << Qt::endl;
        return 2;
    }
    if (!shot.save(o.file, "PNG")) {
        err << "fitplanner: " << QCoreApplication::translate("Gui", "cannot write '%1'").arg(o.file) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int runGui(int& argc, char** argv)
{
    const bool screenshot = isScreenshot(argc, argv);
    // Screenshots need no display: render offscreen unless the caller chose a platform.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Catalogs catalogs = Catalogs::loadEmbedded();
    for (const QString& e : catalogs.errors)
        QTextStream(stderr) << "fitplanner: warning: " << e << Qt::endl;
    TranslationSwitcher translations;
    if (screenshot)
        return runScreenshot(catalogs, translations);

    QSettings settings;
    const Preferences prefs = PreferencesStore::load(settings);
    translations.apply(prefs.language);
    MainWindow window(catalogs.models, catalogs.quants, catalogs.gpus);
    window.applyPreferences(prefs);
    window.startHardwareDetection();
    QObject::connect(&window, &MainWindow::languageRequested, &window,
        [&translations](const QString& language) { translations.apply(language); });
    window.show();
    const int rc = QApplication::exec();
    PreferencesStore::save(window.preferences(), settings);
    return rc;
}
