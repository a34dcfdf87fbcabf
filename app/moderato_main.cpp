// moderato: the desktop app.
#include "app/desktop_launcher.h"
#include "app/single_instance.h"
#include "moderato_version.h"
#include "core/i18n/translations.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

namespace {

//! The help texts are translated: Options is made after installTranslations().
QString text(const char *source)
{
    return QCoreApplication::translate("moderato::main", source);
}

struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        text(QT_TRANSLATE_NOOP("moderato::main", "Start against an embedded simulator with a lively meeting."))};
    QCommandLineOption call{QStringLiteral("call"),
                            text(QT_TRANSLATE_NOOP("moderato::main", "Open the call with this id.")),
                            QStringLiteral("ID")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        text(QT_TRANSLATE_NOOP("moderato::main",
                               "Save the main window as a PNG once the roster has loaded, then exit.")),
        QStringLiteral("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            text(QT_TRANSLATE_NOOP("moderato::main", "Use this language (e.g. de, en).")),
                            QStringLiteral("CODE")};
};

//! --lang's value, read before the parser exists (its help texts are in that language).
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.sliced(7));
    }
    return {};
}

void describe(QCoreApplication &app, QCommandLineParser &parser, const Options &options)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Moderato"));
    QCoreApplication::setApplicationName(QStringLiteral("Moderato"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODERATO_VERSION_STRING));
    parser.setApplicationDescription(
        text(QT_TRANSLATE_NOOP("moderato::main", "Moderate Microsoft Teams calls from the desktop.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.call, options.screenshot, options.lang});
    parser.process(app);
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        // Answered without a display: QApplication would need one before it could print a word.
        QCoreApplication app(argc, argv);
        moderato::installTranslations(app, languageArgument(argc, argv));
        const Options o;
        QCommandLineParser parser;
        describe(app, parser, o); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.moderato.Moderato"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/moderato.svg")));
    moderato::installTranslations(app, languageArgument(argc, argv));
    const Options o;
    QCommandLineParser parser;
    describe(app, parser, o);
    moderato::LaunchOptions options;
    options.demo = parser.isSet(o.demo);
    options.callId = parser.value(o.call);
    options.screenshotPath = parser.value(o.screenshot);
    options.language = parser.value(o.lang);

    // One window per user session; --screenshot runs are one-offs and never forward.
    moderato::SingleInstance instance(options.demo ? QStringLiteral("demo") : QStringLiteral("main"));
    const bool interactive = options.screenshotPath.isEmpty();
    if (interactive && instance.forwardToRunningInstance())
        return 0;

    moderato::DesktopLauncher launcher(options);
    QString error;
    if (!launcher.start(&error)) {
        if (!options.screenshotPath.isEmpty() || qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen"))
            qCritical("moderato: %s", qPrintable(error));
        else
            QMessageBox::critical(nullptr, QStringLiteral("Moderato"), error);
        return 1;
    }
    if (interactive) {
        instance.listen();
        QObject::connect(&instance, &moderato::SingleInstance::activationRequested, launcher.window(), [&launcher] {
            launcher.window()->setWindowState(launcher.window()->windowState() & ~Qt::WindowMinimized);
            launcher.window()->raise();
            launcher.window()->activateWindow();
        });
    }
    return app.exec();
}
