#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace daas::ui {

// An inline, non-modal message above a view (KMessageWidget's idea): recoverable errors are said here
// in a plain sentence instead of interrupting with a dialog.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Level level = Level::Error);
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace daas::ui
