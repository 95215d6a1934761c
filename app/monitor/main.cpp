// shuriken-monitor: the Widgets GUI. A thin main(): options, settings, the secret store, the
// controller and the window; everything else lives in the classes it creates.

#include "appicon.h"
#include "mainwindow.h"
#include "monitorcontroller.h"
#include "monitorsettings.h"
#include "profile.h"
#include "screenshotrunner.h"
#include "secretstore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace shuriken;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "shuriken-monitor: %s\n", qPrintable(message));
}

/// The profile asked for on the command line, or the last one used. nullopt (with a message
/// printed) when the request cannot be met.
std::optional<Profile> chooseProfile(const QCommandLineParser &parser, const MonitorSettings &settings,
                                     bool forceSimulator)
{
    Profile profile = settings.profile(settings.lastProfileId());
    if (forceSimulator) {
        profile = settings.profile(Profile::simulatorId());
    } else if (parser.isSet(QStringLiteral("profile"))) {
        const QString wanted = parser.value(QStringLiteral("profile"));
        bool found = false;
        QStringList known;
        for (const auto &candidate : settings.profiles()) {
            known.append(candidate.id);
            if (candidate.id == wanted || candidate.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                profile = candidate;
                found = true;
            }
        }
        if (!found) {
            printError(QCoreApplication::translate("main", "unknown profile \"%1\"; known profiles: %2")
                           .arg(wanted, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("base-url")) && !forceSimulator) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("base-url")));
        const QString problem = validateBaseUrl(url);
        if (!problem.isEmpty()) {
            printError(QCoreApplication::translate("main", "--base-url: %1").arg(problem));
            return std::nullopt;
        }
        if (profile.isSimulator()) {
            // For this run only: not saved, no key unless one is stored under this id.
            profile = Profile {QStringLiteral("command-line"),
                               QCoreApplication::translate("main", "Command line"),
                               Profile::Kind::CustomUrl,
                               url,
                               {}};
        } else {
            profile.baseUrl = url;
        }
    }
    return profile;
}

/// Translations and the names Qt uses for settings, --version and the help text. Before the
/// first kept tr(): the command-line help is translated.
void describeApplication(QCoreApplication &app)
{
    Translations::install(app);
    QCoreApplication::setOrganizationName(QStringLiteral("Shuriken"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("shuriken.trade"));
    QCoreApplication::setApplicationName(QStringLiteral("shuriken-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHURIKEN_VERSION));
}

/// The command line. Translated when the translators are installed first.
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Native monitor for the Shuriken trading API's real-time streams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("simulator"),
         QCoreApplication::translate("main", "Use the built-in simulator, whatever profile was last used.")});
    parser.addOption({QStringLiteral("base-url"),
                      QCoreApplication::translate("main", "Connect to this API base URL (for this run only)."),
                      QCoreApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Start with this connection profile (id or name)."),
                      QCoreApplication::translate("main", "profile")});
    parser.addOption({QStringLiteral("screenshots"),
                      QCoreApplication::translate("main",
                                                  "Save PNGs of the catalog, a live event table and the debugger "
                                                  "into <dir> (on the simulator, with fresh settings), then quit."),
                      QCoreApplication::translate("main", "dir")});
}

/// Whether the command line asks only for --help or --version, read from argv before any
/// application object exists. Only a command line this parser accepts whole: one with Qt's own
/// GUI options (-platform, -style, ...) or a mistake goes to the QApplication as before, which
/// takes its options out first. --help-all also lists the GUI platform's options, which only a
/// QApplication knows, so it goes there too.
bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    describeOptions(parser);
    return parser.parse(arguments) && !parser.isSet(QStringLiteral("help-all"))
        && (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version print and quit without a display, as command-line tools do: a
    // QCoreApplication answers them, because a QApplication cannot be created without one.
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication(app);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Shuriken Stream Monitor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("trade.shuriken.StreamMonitor"));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const bool screenshots = parser.isSet(QStringLiteral("screenshots"));

    // Screenshots must look the same on every machine: fresh settings in a temporary file, keys
    // in memory, the simulator.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> qsettings;
    if (screenshots) {
        if (!scratch.isValid()) {
            printError(QCoreApplication::translate("main", "cannot create a temporary directory"));
            return 1;
        }
        qsettings = std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    MonitorSettings settings(std::move(qsettings));
    std::unique_ptr<SecretStore> secrets;
    if (screenshots)
        secrets = std::make_unique<SessionSecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("trade.shuriken.StreamMonitor"));

    const auto profile = chooseProfile(parser, settings, screenshots || parser.isSet(QStringLiteral("simulator")));
    if (!profile)
        return 2;

    MonitorController controller(&settings, secrets.get(), MonitorController::Options());
    MainWindow window(&controller, &settings, secrets.get());
    if (!screenshots)
        window.restoreWindowState();
    else
        window.resize(1400, 900);
    window.show();

    std::unique_ptr<ScreenshotRunner> runner;
    if (screenshots) {
        runner = std::make_unique<ScreenshotRunner>(&window, QDir(parser.value(QStringLiteral("screenshots"))));
        QObject::connect(runner.get(), &ScreenshotRunner::finished, &app, [](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "shuriken-monitor: screenshots: %s\n", qPrintable(message));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        runner->start();
    }
    // Connect once the window is on screen, so the first paint is never held up.
    QTimer::singleShot(0, &controller, [&controller, &settings, profile] {
        if (profile->id != QLatin1String("command-line"))
            settings.setLastProfileId(profile->id);
        controller.activateProfile(*profile);
    });
    return app.exec();
}
