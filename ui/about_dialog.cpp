#include "ui/about_dialog.h"

#include "moderato_version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace moderato {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Moderato"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/moderato.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Moderato %1").arg(QLatin1String(MODERATO_VERSION_STRING)), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(tr("A console for moderators of Microsoft Teams calls: see who is in the call, remove and mute "
                     "participants, invite people and follow their invitations.")
                  + QStringLiteral("\n\n") + tr("Released under the MIT licence.") + QLatin1Char('\n')
                  + tr("Built with Qt %1.").arg(QLatin1String(qVersion())));
    text->setMinimumWidth(360);

    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(text);
    texts->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon);
    row->addLayout(texts, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace moderato
