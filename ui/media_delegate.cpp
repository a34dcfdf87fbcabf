#include "ui/media_delegate.h"

#include "ui/identity_presentation.h"

#include <QApplication>
#include <QPainter>

namespace moderato {

namespace {
constexpr int IconSize = 16;
constexpr int Gap = 6;
constexpr MediaKind Shown[] = {MediaKind::Audio, MediaKind::Video, MediaKind::ScreenSharing};
} // namespace

MediaDelegate::MediaDelegate(int mediaRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mediaRole(mediaRole)
{}

void MediaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const MediaKinds kinds = MediaKinds::fromInt(index.data(m_mediaRole).toInt());
    QIcon::Mode mode = (option.state & QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled;
    if (option.state & QStyle::State_Selected)
        mode = QIcon::Selected;
    int x = option.rect.left() + 6;
    const int y = option.rect.top() + (option.rect.height() - IconSize) / 2;
    for (MediaKind kind : Shown) {
        if (!kinds.testFlag(kind))
            continue;
        IdentityPresentation::mediaIcon(kind).paint(painter, QRect(x, y, IconSize, IconSize), Qt::AlignCenter, mode);
        x += IconSize + Gap;
    }
}

QSize MediaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 12 + 3 * IconSize + 2 * Gap));
    size.setHeight(std::max(size.height(), IconSize + 6));
    return size;
}

} // namespace moderato
