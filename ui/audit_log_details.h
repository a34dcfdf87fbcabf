#pragma once
// AuditLogDetails: every field of one audit entry, as text the moderator can select and copy.

#include "core/calls/audit_log.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace moderato {

class AuditLogDetails : public QGroupBox
{
    Q_OBJECT
public:
    explicit AuditLogDetails(QWidget *parent = nullptr);

    void showEntry(const AuditEntry &entry);
    //! Nothing selected: the fields are empty and a hint says how to fill them.
    void clear();
    //! The text of the field named \a key (toJson()'s keys), as shown.
    QString field(const QString &key) const;

private:
    void addField(const char *key, const QString &label);

    QFormLayout *m_form;
    QLabel *m_hint;
};

} // namespace moderato
