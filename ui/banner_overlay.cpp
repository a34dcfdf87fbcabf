#include "ui/banner_overlay.h"

#include "ui/message_banner.h"

#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace moderato {

namespace {
constexpr int Margin = 8;
} // namespace

BannerOverlay::BannerOverlay(QWidget *anchor, QWidget *parent)
    : QWidget(parent)
    , m_anchor(anchor)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("bannerOverlay"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_anchor->installEventFilter(this);
    hide();
}

void BannerOverlay::addBanner(MessageBanner *banner)
{
    m_banners.append(banner);
    m_layout->addWidget(banner);
    banner->installEventFilter(this);
    place();
}

bool BannerOverlay::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
    case QEvent::LayoutRequest:
        // After the banner has taken its new text and size.
        QTimer::singleShot(0, this, &BannerOverlay::place);
        break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void BannerOverlay::place()
{
    const bool any =
        std::any_of(m_banners.cbegin(), m_banners.cend(), [](const MessageBanner *b) { return !b->isHidden(); });
    if (!any || !m_anchor->isVisible()) {
        hide();
        return;
    }
    const QRect anchor(m_anchor->mapTo(parentWidget(), QPoint(0, 0)), m_anchor->size());
    const int width = std::max(0, anchor.width() - 2 * Margin);
    int height = m_layout->hasHeightForWidth() ? m_layout->heightForWidth(width) : m_layout->sizeHint().height();
    height = std::min(height, anchor.height() - 2 * Margin);
    setGeometry(anchor.left() + Margin, anchor.bottom() - Margin - height, width, height);
    show();
    raise();
}

} // namespace moderato
