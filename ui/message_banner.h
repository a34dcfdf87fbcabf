#pragma once
// MessageBanner: an inline coloured bar for recoverable problems (stale roster, rate limit,
// a failed action) with an optional action button and a close button — no pop-up storm.

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace moderato {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    //! Shows \a text; \a details (e.g. a command line) appears below it in a monospace,
    //! selectable line. Replaces whatever the banner showed before, its action button included.
    void showMessage(Kind kind, const QString &text, const QString &details = {});
    //! Updates the text without touching kind, details or buttons (used by countdowns).
    void setText(const QString &text);
    //! Shows \a collapsed, with a "Show all" button that switches to \a expanded and back;
    //! without a button when both are the same. Call after showMessage().
    void setExpandableText(const QString &collapsed, const QString &expanded);
    //! Shows an action button with \a text; an empty text hides it. Emits actionTriggered().
    void setActionText(const QString &text);

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const;
    QString actionText() const;

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    bool m_applyingColours = false;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_action;
    QPushButton *m_expand;
    QToolButton *m_close;
    QString m_collapsedText;
    QString m_expandedText;
};

} // namespace moderato
