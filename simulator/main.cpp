// moderato-graphsim: serves a scenario as Microsoft Graph's calls API and the token endpoint over HTTP.
#include "simulator/graph_simulator.h"

#include "moderato_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("moderato-graphsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODERATO_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A stand-in for Microsoft Graph's calls API and the Entra token "
                                                    "endpoint, serving a scenario file over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on (port 0 = any free port)."),
                                          QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Scenario file (JSON)."),
                                            QStringLiteral("FILE"));
    parser.addOption(listenOption);
    parser.addOption(scenarioOption);
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(scenarioOption)) {
        err << "moderato-graphsim: --scenario FILE is required\n";
        return 2;
    }
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!portOk || port > 65535 || address.isNull()) {
        err << "moderato-graphsim: --listen expects HOST:PORT with a numeric address, got \"" << listen << "\"\n";
        return 2;
    }

    graphsim::GraphSimulator simulator;
    QString error;
    if (!simulator.loadScenarioFile(parser.value(scenarioOption), &error)) {
        err << "moderato-graphsim: " << error << "\n";
        return 1;
    }
    if (simulator.listen(address, quint16(port)) == 0) {
        err << "moderato-graphsim: cannot listen on " << listen << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << simulator.baseUrl().toString() << Qt::endl; // endl flushes: scripts wait for it
    return app.exec();
}
