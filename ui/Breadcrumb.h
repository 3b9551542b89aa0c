#pragma once

#include <QWidget>

class QHBoxLayout;
class QMimeData;
class QToolButton;

namespace daas::ui {

// The path of the folder shown, as buttons: "Storage › analysis › 2026". A click opens that folder; files
// dragged onto a button go into that folder. When the path is wider than the bar, the middle folders give
// way to "…" (the root and the current folder always show).
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(const QString &rootLabel, QWidget *parent = nullptr);
    void setPath(const QString &path);
    QString path() const { return m_path; }
    QList<QToolButton *> crumbs() const { return m_buttons; }

Q_SIGNALS:
    void pathActivated(const QString &path);
    void dropRequested(const QMimeData *data, Qt::DropAction action, const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fit();
    QToolButton *buttonAt(const QPoint &pos) const;
    void highlight(QToolButton *button);

    QString m_rootLabel;
    QString m_path;
    QHBoxLayout *m_layout;
    QList<QToolButton *> m_buttons;
    QList<QWidget *> m_separators;
    QWidget *m_ellipsis = nullptr;
    QToolButton *m_highlighted = nullptr;
};

} // namespace daas::ui
