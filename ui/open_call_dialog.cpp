#include "ui/open_call_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace moderato {

OpenCallDialog::OpenCallDialog(const QStringList &recentCallIds, QWidget *parent)
    : QDialog(parent)
    , m_callId(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openCallDialog"));
    setWindowTitle(tr("Open Call"));
    m_callId->setObjectName(QStringLiteral("callIdCombo"));
    m_callId->setEditable(true);
    m_callId->setInsertPolicy(QComboBox::NoInsert);
    m_callId->addItems(recentCallIds);
    m_callId->setCurrentIndex(recentCallIds.isEmpty() ? -1 : 0);
    m_callId->lineEdit()->setPlaceholderText(tr("e.g. 491f0b00-ffff-4bc9-a43e-b226498ec22a"));
    m_callId->setMinimumContentsLength(40);
    m_callId->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *hint = new QLabel(tr("The app must already be in the call: Graph has no list of calls, so the id comes "
                               "from the bot that joined or from your notes."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("openCallError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Call &id:"), m_callId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenCallDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_callId, &QComboBox::currentTextChanged, this, &OpenCallDialog::updateState);
    updateState();
}

QString OpenCallDialog::normalisedCallId(const QString &text)
{
    static const QRegularExpression acceptable(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._~:-]+")));
    const QString id = text.trimmed();
    return acceptable.match(id).hasMatch() ? id : QString();
}

QString OpenCallDialog::callId() const
{
    return normalisedCallId(m_callId->currentText());
}

void OpenCallDialog::updateState()
{
    const QString text = m_callId->currentText().trimmed();
    const bool valid = !callId().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(valid);
    const bool wasVisible = m_error->isVisibleTo(this);
    m_error->setVisible(!text.isEmpty() && !valid);
    if (!text.isEmpty() && !valid)
        m_error->setText(tr("A call id has only letters, digits and dashes."));
    // Grow (or shrink) with the error line, so that no wrapped line of the help is cut off.
    if (wasVisible != m_error->isVisibleTo(this) && isVisible())
        QTimer::singleShot(0, this, [this] {
            const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
            resize(width(), std::max(needed, minimumSizeHint().height()));
        });
}

void OpenCallDialog::accept()
{
    const QString id = callId();
    if (id.isEmpty())
        return;
    Q_EMIT callChosen(id);
    QDialog::accept();
}

} // namespace moderato
