#pragma once
// ElidingLabel: one line of text that gives up width gracefully — cut with "…" when the window is
// narrow, the whole text in its tooltip — instead of forcing the window wider.

#include <QLabel>

namespace moderato {

class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace moderato
