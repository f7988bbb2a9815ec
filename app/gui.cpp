// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "gui.h"

#include "apptranslations.h"
#include "catalogs.h"
#include "custommodeldialog.h"
#include "custommodelstore.h"
#include "estimatesession.h"
#include "hardwarepanel.h"
#include "hardwareselection.h"
#include "mainwindow.h"
#include "placementpanel.h"
#include "preferencesstore.h"
#include "recommendpanel.h"
#include "scenariocomparedialog.h"
#include "scenariostore.h"
#include "screenshotcommand.h"

#include <cstdio>
#include <memory>

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#include <QApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

using namespace Planner;

namespace {

bool isScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    return false;
}

// Fusion with a light or a dark palette, as desktop themes give them, so both can be looked at without one.
void applyScreenshotPalette(const QString& palette)
{
    if (palette == QLatin1String("system"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (palette == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), button(0x35, 0x35, 0x35);
    const QColor text(0xe8, 0xe8, 0xe8), disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, button);
    dark.setColor(QPalette::ToolTipBase, button);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, button);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    dark.setColor(QPalette::Link, QColor(0x4a, 0x9e, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

int runScreenshot(const Catalogs& catalogs, AppTranslations& translations)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliCommand command = screenshotCommand(catalogs);
    QString error;
    const auto o = command.parse(QCoreApplication::arguments().mid(1), &error);
    if (!o) {
        err << command.invocation() << ": " << error << Qt::endl;
        return 2;
    }
    if (o->isHelp()) {
        out << command.helpText() << Qt::flush;
        return 0;
    }
    const QString file = o->text(QStringLiteral("screenshot"));
    if (file.isEmpty()) {
        err << command.invocation() << ": " << QCoreApplication::translate("Gui", "--screenshot needs a file name")
            << Qt::endl;
        return 2;
    }
    const QSize size = o->value(QStringLiteral("size")).toSize();
    const bool contextGiven = o->isSet(QStringLiteral("context"));
    translations.apply(o->text(QStringLiteral("lang")));
    // Reproducible pictures: the defaults, never the user's saved settings.
    Preferences p;
    p.modelId = o->text(QStringLiteral("model"));
    p.recipeId = o->text(QStringLiteral("quant"));
    if (o->isSet(QStringLiteral("engine")))
        p.engineId = o->text(QStringLiteral("engine"));
    else if (const QuantRecipe* r = catalogs.quants.recipe(p.recipeId); r && !r->engines.isEmpty())
        p.engineId = r->engines.first();
    const ModelSpec* spec = catalogs.models.find(p.modelId);
    p.context = o->count(QStringLiteral("context"))
                    .value_or(spec ? Scenario::defaultContext(*spec) : Scenario::kDefaultContext);
    p.units = o->text(QStringLiteral("units")) == QLatin1String("GB") ? ByteUnits::Decimal : ByteUnits::Binary;
    p.language = o->text(QStringLiteral("lang"));

    applyScreenshotPalette(o->text(QStringLiteral("palette")));
    MainWindow window(catalogs.models, catalogs.quants, catalogs.gpus);
    window.applyPreferences(p);
    window.setChartTab(o->text(QStringLiteral("tab")));
    if (o->isSet(QStringLiteral("gpu")))
        window.hardware()->setWhatIf(
            o->text(QStringLiteral("gpu")), int(o->count(QStringLiteral("gpus")).value_or(1)), p.capacity.ramBytes);
    if (window.session()->scenario().context != p.context && contextGiven) {
        err << command.invocation() << ": "
            << QCoreApplication::translate("Gui", "--context: %1 is beyond the model's maximum of %2 tokens")
                   .arg(p.context)
                   .arg(window.session()->scenario().model.maxContext)
            << Qt::endl;
        return 2;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    if (const qint64 users = o->count(QStringLiteral("users")).value_or(1); users > 1) {
        // The serving figures are computed on a worker thread: wait for them (at most a minute).
        QEventLoop loop;
        QObject::connect(window.placementPanel(), &PlacementPanel::servingShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        window.placementPanel()->setUsers(int(users));
        loop.exec();
    }
    if (window.recommendPanel()->isBusy()) {
        // The recommendation table is computed on a worker thread: wait for it (at most a minute).
        QEventLoop loop;
        QObject::connect(window.recommendPanel(), &RecommendPanel::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.resize(size);
    QCoreApplication::processEvents();
    QWidget* shown = &window;
    if (o->isSet(QStringLiteral("compare"))) {
        const QStringList problems = window.openScenarioStore(o->text(QStringLiteral("scenarios")));
        for (const QString& problem : problems)
            err << command.invocation() << ": " << problem << Qt::endl;
        ScenarioCompareDialog* dialog = window.showScenarioComparison();
        QStringList names { dialog->currentName() };
        for (const QString& name : o->text(QStringLiteral("compare")).split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
        dialog->setChecked(names);
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->resize(size);
        QCoreApplication::processEvents();
        shown = dialog;
    } else if (o->isSet(QStringLiteral("explain"))) {
        // "report" names no part: the whole report.
        QDialog* dialog = window.showComputation(memoryPartFromId(o->text(QStringLiteral("explain"))));
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->resize(size);
        QCoreApplication::processEvents();
        shown = dialog;
    } else if (o->isSet(QStringLiteral("add-model"))) {
        CustomModelDialog* dialog = window.showAddCustomModel();
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        const QString config = o->text(QStringLiteral("add-model"));
        if (config == QLatin1String("form")) {
            dialog->showForm(true);
        } else {
            // The file is read off the GUI thread: wait for its validation (at most ten seconds).
            QEventLoop loop;
            QObject::connect(dialog, &CustomModelDialog::validated, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            dialog->setConfigPath(config);
            loop.exec();
        }
        dialog->resize(size);
        QCoreApplication::processEvents();
        shown = dialog;
    }
    QPixmap shot = shown->grab();
    if (o->isSet(QStringLiteral("open"))) {
        const QString path = o->text(QStringLiteral("open"));
        QEventLoop loop;
        QString message;
        QObject::connect(&window, &MainWindow::modelFileOpened, &loop, [&](const QString&, const QString& why) {
            message = why;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        window.openModelFile(path);
        if (window.isOpeningModelFile())
            loop.exec();
        QCoreApplication::processEvents();
        if (!message.isEmpty())
            err << command.invocation() << ": " << message << Qt::endl;
        window.resize(size);
        QCoreApplication::processEvents();
        shot = window.grab();
        // The message box is a window of its own: drawn where Qt places it, centred over the main window.
        if (auto* box = window.findChild<QMessageBox*>(QStringLiteral("openErrorBox"))) {
            box->setAttribute(Qt::WA_DontShowOnScreen);
            box->adjustSize();
            QCoreApplication::processEvents();
            const QPixmap boxShot = box->grab();
            QPainter painter(&shot);
            // The painter works in logical pixels, as the sizes below are.
            const QSize boxSize = boxShot.deviceIndependentSize().toSize();
            const QPoint at((size.width() - boxSize.width()) / 2, (size.height() - boxSize.height()) / 2);
            painter.fillRect(QRect(at + QPoint(4, 4), boxSize), QColor(0, 0, 0, 60));
            painter.drawPixmap(at, boxShot);
            painter.setPen(box->palette().color(QPalette::Mid));
            painter.drawRect(QRect(at, boxSize).adjusted(0, 0, -1, -1));
            if (boxSize.width() > size.width() || boxSize.height() > size.height()) {
                err << command.invocation() << ": "
                    << QCoreApplication::translate("Gui", "--open: the message box (%1x%2) does not fit the window")
                           .arg(boxSize.width())
                           .arg(boxSize.height())
                    << Qt::endl;
                return 1;
            }
        }
    }
    // Under a scale factor (QT_SCALE_FACTOR=2) the picture has more pixels than the window has logical ones.
    if (const QSize laidOut = shot.deviceIndependentSize().toSize(); laidOut != size) {
        err << command.invocation() << ": "
            << QCoreApplication::translate("Gui", "--size: the window cannot be laid out at %1x%2 (got %3x%4)")
                   .arg(size.width())
                   .arg(size.height())
                   .arg(laidOut.width())
                   .arg(laidOut.height())
            << Qt::endl;
        return 2;
    }
    if (!shot.save(file, "PNG")) {
        err << command.invocation() << ": " << QCoreApplication::translate("Gui", "cannot write '%1'").arg(file)
            << Qt::endl;
        return 1;
    }
    return 0;
}

// Where Qt would abort for want of a display (X11 or Wayland, on Linux and the BSDs), what to do instead; an
// empty string when there is one, or the platform was chosen on the command line.
#if defined(Q_OS_LINUX)
// Whether a local X display (":N", ":N.S" or "unix:N") accepts connections: its socket in the abstract namespace or
// in /tmp/.X11-unix, as libxcb tries them. Remote displays ("host:N") are not checked (true).
bool localX11DisplayAnswers(const QByteArray& display)
{
    QByteArray rest = display;
    if (rest.startsWith("unix:"))
        rest = rest.mid(4);
    if (!rest.startsWith(':'))
        return true;
    const QByteArray number = rest.mid(1).split('.').value(0);
    bool ok = false;
    number.toInt(&ok);
    if (!ok)
        return true;
    const QByteArray path = "/tmp/.X11-unix/X" + number;
    for (const bool abstract : { true, false }) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return true;
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const size_t offset = abstract ? 1 : 0; // an abstract name starts with a NUL byte
        std::memcpy(address.sun_path + offset, path.constData(), size_t(path.size()));
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + offset + size_t(path.size()));
        const bool answered = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), length) == 0;
        ::close(fd);
        if (answered)
            return true;
    }
    return false;
}
#endif

QString missingDisplay(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0)
            return {};
    }
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    bool shown = true;
    if (platform.isEmpty())
        shown = x11 || wayland;
    else if (platform.startsWith("xcb"))
        shown = x11;
    else if (platform.startsWith("wayland"))
        shown = wayland;
#if defined(Q_OS_LINUX)
    // Only X11 can be used and its display does not answer: Qt would abort.
    const bool onlyX11 = platform.startsWith("xcb") || (platform.isEmpty() && !wayland);
    if (shown && onlyX11 && x11 && !localX11DisplayAnswers(qgetenv("DISPLAY")))
        return QCoreApplication::translate("Gui",
            "the X display %1 does not answer (no X server listens on it). Run a command instead ('fitplanner "
            "--help' lists them), start the X server, or choose another display or Qt platform with DISPLAY or "
            "QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen).")
            .arg(QString::fromLocal8Bit(qgetenv("DISPLAY")).left(64));
#endif
    if (shown)
        return {};
    return QCoreApplication::translate("Gui",
        "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run a command "
        "instead ('fitplanner --help' lists them), or choose a display or a Qt platform with QT_QPA_PLATFORM "
        "(for example QT_QPA_PLATFORM=offscreen).");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return {};
#endif
}

} // namespace

int runGui(int& argc, char** argv)
{
    const bool screenshot = isScreenshot(argc, argv);
    // Screenshots need no display: render offscreen unless the caller chose a platform.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (const QString why = missingDisplay(argc, argv); !why.isEmpty()) {
        QTextStream(stderr) << "fitplanner: " << why << Qt::endl;
        return 2;
    }
    QApplication app(argc, argv);
    const Catalogs catalogs = Catalogs::loadEmbedded();
    for (const QString& e : catalogs.errors)
        QTextStream(stderr) << "fitplanner: warning: " << e << Qt::endl;
    AppTranslations translations;
    if (screenshot)
        return runScreenshot(catalogs, translations);

    QSettings settings;
    const Preferences prefs = PreferencesStore::load(settings);
    translations.apply(prefs.language);
    MainWindow window(catalogs.models, catalogs.quants, catalogs.gpus);
    // The custom models first: the last scenario may use one.
    window.openCustomModelStore(CustomModelStore::defaultPath());
    window.applyPreferences(prefs);
    window.openScenarioStore(ScenarioStore::defaultPath());
    // This machine's CPU calibration: the stored one, else measured in the background on this first start.
    auto* hardware = window.findChild<HardwarePanel*>();
    const std::optional<CpuCalibration> calibration = PreferencesStore::loadCalibration(settings);
    hardware->setCalibration(calibration);
    QObject::connect(hardware, &HardwarePanel::calibrationMeasured, &window,
        [&settings](const CpuCalibration& c) { PreferencesStore::saveCalibration(c, settings); });
    window.startHardwareDetection();
    if (!calibration)
        hardware->startCalibration();
    QObject::connect(&window, &MainWindow::languageRequested, &window,
        [&translations](const QString& language) { translations.apply(language); });
    window.show();
    const int rc = QApplication::exec();
    PreferencesStore::save(window.preferences(), settings);
    return rc;
}
