#pragma once
// MediaDelegate: the media column as a row of small icons (audio, video, screen sharing).

#include <QStyledItemDelegate>

namespace moderato {

class MediaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    //! \a mediaRole holds the MediaKinds flags as an int (ParticipantModel's SortRole of the column).
    explicit MediaDelegate(int mediaRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_mediaRole;
};

} // namespace moderato
