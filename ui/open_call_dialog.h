#pragma once
// OpenCallDialog: which call to moderate — typed or picked from the recent ones.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace moderato {

class OpenCallDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenCallDialog(const QStringList &recentCallIds, QWidget *parent = nullptr);

    QString callId() const;
    //! The trimmed id, or empty when \a text cannot be a call id (Graph ids have no spaces or slashes).
    static QString normalisedCallId(const QString &text);

    void accept() override;

Q_SIGNALS:
    void callChosen(const QString &callId);

private:
    void updateState();

    QComboBox *m_callId;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace moderato
