#include "ui/message_banner.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace moderato {

namespace {

struct BannerColours
{
    QColor background;
    QColor border;
    QColor text;
};

// Pairs chosen for a contrast ratio above 7:1 between text and background, light and dark.
BannerColours coloursFor(MessageBanner::Kind kind, bool dark)
{
    using K = MessageBanner::Kind;
    switch (kind) {
    case K::Positive:
        return dark ? BannerColours{QColor(0x05, 0x1b, 0x11), QColor(0x0f, 0x51, 0x32), QColor(0x75, 0xb7, 0x98)}
                    : BannerColours{QColor(0xd1, 0xe7, 0xdd), QColor(0xa3, 0xcf, 0xbb), QColor(0x0a, 0x36, 0x22)};
    case K::Warning:
        return dark ? BannerColours{QColor(0x33, 0x27, 0x01), QColor(0x99, 0x74, 0x04), QColor(0xff, 0xda, 0x6a)}
                    : BannerColours{QColor(0xff, 0xf3, 0xcd), QColor(0xff, 0xe6, 0x9c), QColor(0x4d, 0x3a, 0x02)};
    case K::Error:
        return dark ? BannerColours{QColor(0x2c, 0x0b, 0x0e), QColor(0x84, 0x20, 0x29), QColor(0xf1, 0xae, 0xb5)}
                    : BannerColours{QColor(0xf8, 0xd7, 0xda), QColor(0xf1, 0xae, 0xb5), QColor(0x58, 0x15, 0x1c)};
    case K::Information: break;
    }
    return dark ? BannerColours{QColor(0x03, 0x1a, 0x33), QColor(0x08, 0x42, 0x98), QColor(0x9e, 0xc5, 0xfe)}
                : BannerColours{QColor(0xcf, 0xe2, 0xff), QColor(0x9e, 0xc5, 0xfe), QColor(0x05, 0x2c, 0x65)};
}

QStyle::StandardPixmap pixmapFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error: return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Kind::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Positive: return QStyle::SP_DialogApplyButton;
    case MessageBanner::Kind::Information: break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_expand(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    m_expand->setObjectName(QStringLiteral("bannerExpand"));
    m_expand->setFlat(true);
    m_expand->hide();
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_icon->setAlignment(Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    texts->addWidget(m_expand, 0, Qt::AlignLeft);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 6, 6);
    row->setSpacing(10);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    row->addWidget(m_action, 0, Qt::AlignVCenter);
    row->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_expand, &QPushButton::clicked, this, [this] {
        const bool expanding = m_text->text() == m_collapsedText;
        m_text->setText(expanding ? m_expandedText : m_collapsedText);
        m_expand->setText(expanding ? tr("Show fewer") : tr("Show all"));
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    applyColours();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    setActionText({}); // a button belongs to the message it came with
    m_collapsedText.clear();
    m_expandedText.clear();
    m_expand->hide();
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmapFor(kind)).pixmap(iconSize, iconSize));
    setAccessibleName(text);
    applyColours();
    show();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
}

void MessageBanner::setExpandableText(const QString &collapsed, const QString &expanded)
{
    m_collapsedText = collapsed;
    m_expandedText = expanded;
    m_text->setText(collapsed);
    m_expand->setText(tr("Show all"));
    m_expand->setVisible(collapsed != expanded);
}

void MessageBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

QString MessageBanner::actionText() const
{
    return m_action->isVisible() || !m_action->text().isEmpty() ? m_action->text() : QString();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Our own setPalette() also sends PaletteChange: only react to the application's.
        if (!m_applyingColours)
            applyColours();
    }
}

void MessageBanner::applyColours()
{
    m_applyingColours = true;
    const QPalette base = QApplication::palette(this);
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    const BannerColours colours = coloursFor(m_kind, dark);
    QPalette pal = base;
    pal.setColor(QPalette::Window, colours.background);
    pal.setColor(QPalette::WindowText, colours.text);
    pal.setColor(QPalette::Text, colours.text);
    pal.setColor(QPalette::Light, colours.border);
    pal.setColor(QPalette::Dark, colours.border);
    pal.setColor(QPalette::Mid, colours.border);
    setPalette(pal);
    m_applyingColours = false;
}

} // namespace moderato
