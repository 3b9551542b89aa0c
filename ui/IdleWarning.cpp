#include "IdleWarning.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daas::ui {

IdleWarning::IdleWarning(QWidget *parent)
    : QDialog(parent)
    , m_countdown(new QLabel(this))
    , m_transfers(new QLabel(this))
    , m_stay(new QPushButton(tr("&Stay signed in"), this))
{
    setObjectName(QStringLiteral("idleWarning"));
    setWindowTitle(tr("Signing out"));
    setMinimumWidth(380);
    m_countdown->setObjectName(QStringLiteral("idleCountdown"));
    m_countdown->setWordWrap(true);
    m_transfers->setObjectName(QStringLiteral("idleTransfers"));
    m_transfers->setWordWrap(true);
    m_transfers->hide();
    m_stay->setObjectName(QStringLiteral("staySignedIn"));
    m_stay->setDefault(true);
    m_stay->setAccessibleDescription(tr("Keeps you signed in on this shared computer."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stay, QDialogButtonBox::AcceptRole);
    connect(m_stay, &QPushButton::clicked, this, [this] {
        Q_EMIT stayRequested();
        hide();
    });
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Nobody has used DAaaS Desktop for a while. This computer is shared, so you "
                                "will be signed out and everything of yours removed from it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_countdown);
    layout->addWidget(m_transfers);
    layout->addWidget(buttons);
}

void IdleWarning::setSecondsLeft(int seconds)
{
    m_countdown->setText(tr("Signing out in %n s", nullptr, seconds));
    // a screen reader hears the countdown as the dialog's description
    setAccessibleDescription(m_countdown->text());
}

void IdleWarning::setUnfinishedTransfers(const QStringList &transfers)
{
    m_transfers->setVisible(!transfers.isEmpty());
    m_transfers->setText(transfers.isEmpty() ? QString()
                                             : tr("These transfers will not finish:") + QLatin1Char('\n') +
                                                   transfers.join(QLatin1Char('\n')));
}

QString IdleWarning::text() const
{
    return m_countdown->text();
}

} // namespace daas::ui
