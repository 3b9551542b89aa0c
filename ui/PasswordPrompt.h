#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace daas::ui {

// Asks for the password of the facility account again when a service (the storage server) refused the one
// kept from the sign-in, or when the session was resumed without it. Opened with open(), never exec():
// whoever asked waits for accepted()/rejected().
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const QString &userName, const QString &service, QWidget *parent = nullptr);
    QString userName() const { return m_user; }
    QString password() const;
    QLineEdit *passwordField() const { return m_password; }

private:
    QString m_user;
    QLineEdit *m_password;
};

} // namespace daas::ui
