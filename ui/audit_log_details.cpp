#include "ui/audit_log_details.h"

#include "core/calls/audit_log_model.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace moderato {

namespace {

const char *const kKeys[] = {"time",     "callSubject", "callId",    "action", "targetName",
                             "targetId", "outcome",     "requestId", "message"};

QString objectNameFor(const QString &key)
{
    return QStringLiteral("auditDetail_") + key;
}

} // namespace

AuditLogDetails::AuditLogDetails(QWidget *parent)
    : QGroupBox(tr("Details"), parent)
    , m_form(new QFormLayout(this))
    , m_hint(new QLabel(tr("Select an entry to see all of it."), this))
{
    setObjectName(QStringLiteral("auditDetails"));
    m_hint->setObjectName(QStringLiteral("auditDetailsHint"));
    m_form->addRow(m_hint);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[] = {tr("Time:"),     tr("Call subject:"), tr("Call id:"),    tr("Action:"), tr("Name:"),
                              tr("Who (id):"), tr("Outcome:"),      tr("Request id:"), tr("Message:")};
    int i = 0;
    for (const char *key : kKeys)
        addField(key, labels[i++]);
    clear();
}

void AuditLogDetails::addField(const char *key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectNameFor(QLatin1String(key)));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    m_form->addRow(label, value);
}

void AuditLogDetails::showEntry(const AuditEntry &entry)
{
    m_hint->hide();
    const QString values[] = {QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat),
                              entry.callSubject,
                              entry.callId,
                              AuditLogModel::actionLabel(entry.action),
                              entry.targetName,
                              entry.targetId,
                              AuditLogModel::outcomeLabel(entry.outcome),
                              entry.requestId,
                              entry.message};
    int i = 0;
    for (const char *key : kKeys) {
        const QString &value = values[i++];
        // An old line has no subject, a guest may have no name, a success no message.
        findChild<QLabel *>(objectNameFor(QLatin1String(key)))->setText(value.isEmpty() ? QStringLiteral("—") : value);
    }
}

void AuditLogDetails::clear()
{
    m_hint->show();
    for (const char *key : kKeys)
        findChild<QLabel *>(objectNameFor(QLatin1String(key)))->clear();
}

QString AuditLogDetails::field(const QString &key) const
{
    const auto *label = findChild<QLabel *>(objectNameFor(key));
    return label ? label->text() : QString();
}

} // namespace moderato
