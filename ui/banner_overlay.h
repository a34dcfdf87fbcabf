#pragma once
// BannerOverlay: the main window's banners, laid over the bottom of the roster table instead of
// into the layout, so that a banner appearing or going never moves the rows under the pointer.

#include <QWidget>

class QVBoxLayout;

namespace moderato {

class MessageBanner;

class BannerOverlay : public QWidget
{
    Q_OBJECT
public:
    //! Floats over the bottom of \a anchor; \a parent must be an ancestor of \a anchor.
    BannerOverlay(QWidget *anchor, QWidget *parent);

    //! Takes \a banner into the overlay (it stays hidden until shown).
    void addBanner(MessageBanner *banner);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_anchor;
    QVBoxLayout *m_layout;
    QList<MessageBanner *> m_banners;
};

} // namespace moderato
