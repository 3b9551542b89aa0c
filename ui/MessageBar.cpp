#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace daas::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    // the sentences name files and servers' answers: a name like "<img src=…>" is shown, not rendered
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level)
{
    m_label->setText(text);
    setAccessibleDescription(text);
    // a red (blue) tint over the view's colour and the palette's text: readable on light, dark and
    // high-contrast palettes (fixed pastel colours left white text on pink in a dark scheme)
    const QColor base = palette().color(QPalette::Base);
    const QColor hue = level == Level::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x1f, 0x6f, 0xc8);
    const QColor tint = QColor::fromRgbF(base.redF() * 0.82f + hue.redF() * 0.18f,
                                         base.greenF() * 0.82f + hue.greenF() * 0.18f,
                                         base.blueF() * 0.82f + hue.blueF() * 0.18f);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; } #messageBar QLabel { color: %2; }")
                      .arg(tint.name(), palette().color(QPalette::Text).name()));
    QFrame::show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace daas::ui
