// moderato-graphsim: serves a scenario as Microsoft Graph's calls API over HTTP.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "moderato-graphsim: not built yet\n";
    return 1;
}
