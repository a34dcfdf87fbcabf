#include "app/cli/cli_audit_options.h"

#include "app/cli/cli_text.h"

namespace moderato::cli {

namespace {

QString timeProblem(const QCommandLineParser &parser, const QString &name, bool endOfDay, QDateTime *time)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    *time = auditTimeFromText(text, endOfDay);
    if (time->isValid())
        return {};
    return CliText::tr("--%1: \"%2\" is not an ISO 8601 date or date and time, like 2024-05-01 or "
                       "2024-05-01T14:30.")
        .arg(name, text);
}

} // namespace

QDateTime auditTimeFromText(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return endOfDay ? date.endOfDay() : date.startOfDay();
    }
    return QDateTime::fromString(trimmed, Qt::ISODateWithMs);
}

QString auditOptionsProblem(const QCommandLineParser &parser, CliOptions &options)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (!arguments.isEmpty())
        return CliText::tr("Unexpected argument \"%1\".").arg(arguments.first());
    AuditLogFilter &filter = options.auditFilter;
    filter.callId = parser.value(QStringLiteral("call"));
    options.auditFile = parser.value(QStringLiteral("file"));
    options.csv = parser.isSet(QStringLiteral("csv"));
    if (options.csv && options.json)
        return CliText::tr("Give --csv or --json, not both.");
    if (parser.isSet(QStringLiteral("action"))) {
        const QString name = parser.value(QStringLiteral("action"));
        filter.action = AuditEntry::actionFromName(name);
        if (!filter.action)
            return CliText::tr("--action: \"%1\" is not remove, cancel, invite, mute, hold or resume.").arg(name);
    }
    if (parser.isSet(QStringLiteral("outcome"))) {
        const QString name = parser.value(QStringLiteral("outcome"));
        filter.outcome = AuditEntry::outcomeFromName(name);
        if (!filter.outcome)
            return CliText::tr("--outcome: \"%1\" is not done, failed, alreadyGone, unknown, notInCall or refused.")
                .arg(name);
    }
    if (QString problem = timeProblem(parser, QStringLiteral("since"), false, &filter.since); !problem.isEmpty())
        return problem;
    return timeProblem(parser, QStringLiteral("until"), true, &filter.until);
}

} // namespace moderato::cli
