#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace daas::ui {

// The countdown before an idle sign-out on a shared workstation: "Signing out in 60 s", the transfers that
// will not finish, and "Stay signed in". Any input anywhere cancels it too (identity::IdleSignOut).
class IdleWarning : public QDialog
{
    Q_OBJECT
public:
    explicit IdleWarning(QWidget *parent = nullptr);

    void setSecondsLeft(int seconds);
    void setUnfinishedTransfers(const QStringList &transfers);
    QString text() const;
    QPushButton *stayButton() const { return m_stay; }

Q_SIGNALS:
    void stayRequested();

private:
    QLabel *m_countdown;
    QLabel *m_transfers;
    QPushButton *m_stay;
};

} // namespace daas::ui
