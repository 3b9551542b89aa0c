#include "Breadcrumb.h"
#include "ThemedIcon.h"

#include "RemoteFolderProxy.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>

namespace daas::ui {

Breadcrumb::Breadcrumb(const QString &rootLabel, QWidget *parent)
    : QWidget(parent)
    , m_rootLabel(rootLabel)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    setAccessibleName(tr("Folder path"));
    setAcceptDrops(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setPath(QString());
}

void Breadcrumb::setPath(const QString &path)
{
    m_path = path;
    m_highlighted = nullptr;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    m_separators.clear();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.prepend(QString());
    QString acc;
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            acc = acc.isEmpty() ? parts.at(i) : acc + QLatin1Char('/') + parts.at(i);
            auto *sep = new QLabel(QStringLiteral("›"), this);
            sep->setContentsMargins(2, 0, 2, 0);
            sep->setForegroundRole(QPalette::PlaceholderText);
            m_layout->addWidget(sep);
            m_separators << sep;
        }
        auto *b = new QToolButton(this);
        b->setAutoRaise(true);
        b->setText(i == 0 ? m_rootLabel : parts.at(i));
        if (i == 0) {
            b->setIcon(themedIcon(QStringLiteral(":/icons/go-home.svg")));
            b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
        b->setProperty("daasPath", acc);
        b->setToolTip(i == 0 ? tr("The top of your storage") : acc);
        if (i == parts.size() - 1) {
            QFont f = b->font();
            f.setWeight(QFont::DemiBold);
            b->setFont(f);
        }
        const QString target = acc;
        connect(b, &QToolButton::clicked, this, [this, target] { Q_EMIT pathActivated(target); });
        m_layout->addWidget(b);
        m_buttons << b;
    }
    m_ellipsis = new QLabel(QStringLiteral("…"), this);
    m_ellipsis->setContentsMargins(4, 0, 4, 0);
    m_layout->insertWidget(1, m_ellipsis);
    m_layout->addStretch(1);
    fit();
}

void Breadcrumb::fit()
{
    // show everything, then hide the middle from the left until it fits
    for (QToolButton *b : std::as_const(m_buttons))
        b->setVisible(true);
    for (QWidget *s : std::as_const(m_separators))
        s->setVisible(true);
    m_ellipsis->setVisible(false);
    auto widthNeeded = [this] {
        int w = 0;
        for (int i = 0; i < m_layout->count(); ++i)
            if (QWidget *wd = m_layout->itemAt(i)->widget(); wd && !wd->isHidden())
                w += wd->sizeHint().width();
        return w;
    };
    const int available = width();
    for (int i = 1; i < m_buttons.size() - 1 && widthNeeded() > available; ++i) {
        m_buttons.at(i)->setVisible(false);
        m_separators.at(i - 1)->setVisible(false);
        m_ellipsis->setVisible(true);
    }
}

void Breadcrumb::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

QToolButton *Breadcrumb::buttonAt(const QPoint &pos) const
{
    for (QToolButton *b : m_buttons)
        if (b->isVisible() && b->geometry().contains(pos))
            return b;
    return nullptr;
}

void Breadcrumb::highlight(QToolButton *button)
{
    if (m_highlighted == button)
        return;
    if (m_highlighted)
        m_highlighted->setDown(false);
    m_highlighted = button;
    if (button)
        button->setDown(true);
}

void Breadcrumb::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(RemoteFolderProxy::internalMimeType()) || event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void Breadcrumb::dragMoveEvent(QDragMoveEvent *event)
{
    QToolButton *b = buttonAt(event->position().toPoint());
    // the current folder is where the entries already are
    if (b && b != m_buttons.last()) {
        highlight(b);
        event->acceptProposedAction();
    } else {
        highlight(nullptr);
        event->ignore();
    }
}

void Breadcrumb::dragLeaveEvent(QDragLeaveEvent *)
{
    highlight(nullptr);
}

void Breadcrumb::dropEvent(QDropEvent *event)
{
    QToolButton *b = buttonAt(event->position().toPoint());
    highlight(nullptr);
    if (!b)
        return;
    Q_EMIT dropRequested(event->mimeData(), event->dropAction(), b->property("daasPath").toString());
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace daas::ui
