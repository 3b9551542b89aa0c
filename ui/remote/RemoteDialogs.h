#pragma once

#include "remote/UserDecisions.h"

#include <QDialog>
#include <QMessageBox>

class QCheckBox;
class QLineEdit;

namespace daas::ui {

// "Trust this certificate?" for a remote desktop (VNC or RDP) or an RD Gateway: the fingerprint to
// compare, and loudly when the certificate differs from the one trusted before. Window-modal and
// asynchronous (open(), never exec()): the other tabs keep running while the user compares.
class CertificateDecisionBox : public QMessageBox
{
    Q_OBJECT
public:
    CertificateDecisionBox(const remote::CertificateQuestion &question, QWidget *parent = nullptr);
    bool trusted() const { return clickedButton() == m_trust; }
    bool isGateway() const { return m_gateway; }

private:
    QAbstractButton *m_trust;
    bool m_gateway;
};

// A sign-in the remote desktop or its gateway asks for: user, password, domain, and "Remember" (the
// password then goes to the system keychain).
class RemoteSignInDialog : public QDialog
{
    Q_OBJECT
public:
    RemoteSignInDialog(const remote::CredentialsQuestion &question, QWidget *parent = nullptr);
    remote::Credentials credentials() const;
    // Off on a shared computer: the box is not shown and nothing is kept.
    void setRememberOffered(bool offered);
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    bool isGateway() const { return m_gateway; }

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_domain;
    QCheckBox *m_remember;
    bool m_gateway;
};

} // namespace daas::ui
