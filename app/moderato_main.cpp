// moderato: the desktop app.
#include "app/desktop_launcher.h"
#include "app/single_instance.h"
#include "ui/main_window.h"
#include "core/graph/user_agent.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Moderato"));
    QApplication::setApplicationName(QStringLiteral("Moderato"));
    QApplication::setApplicationVersion(moderato::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.moderato.Moderato"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/moderato.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Moderate Microsoft Teams calls from the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Start against an embedded simulator with a lively meeting."));
    const QCommandLineOption call(QStringLiteral("call"), QStringLiteral("Open the call with this id."), QStringLiteral("ID"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the main window as a PNG once the roster has loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Use this language (e.g. de, en)."), QStringLiteral("CODE"));
    parser.addOptions({demo, call, screenshot, lang});
    parser.process(app);

    moderato::installTranslations(app, parser.value(lang));
    moderato::LaunchOptions options;
    options.demo = parser.isSet(demo);
    options.callId = parser.value(call);
    options.screenshotPath = parser.value(screenshot);
    options.language = parser.value(lang);

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
