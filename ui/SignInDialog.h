#pragma once

#include "identity/IcatSession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace daas::identity {
class Account;
}

namespace daas::ui {

class MessageBar;

// Sign-in to the facility's catalogue: the authenticators ICAT lists (admin ones hidden), one field per
// key (hidden keys as passwords), "Remember me" through the keychain. Used at start and again when the
// session ends mid-use; the work that was waiting carries on after a successful sign-in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(identity::Account *account, QWidget *parent = nullptr);
    // Shown when the session ended while the user was working.
    void setReason(const QString &reason);

    // for tests
    QComboBox *authenticatorBox() const { return m_authenticator; }
    QLineEdit *field(const QString &key) const;
    QString errorText() const;
    bool isBusy() const;
    void submit();

private:
    void populate();
    void rebuildFields();
    void setBusy(bool busy, const QString &what = {});
    void onSignedIn();
    void restoreRemembered();

    identity::Account *m_account;
    QLabel *m_intro;
    MessageBar *m_message;
    QComboBox *m_authenticator;
    QFormLayout *m_form;
    QWidget *m_fields;
    QList<QPair<QString, QLineEdit *>> m_edits;
    QCheckBox *m_remember;
    bool m_shared = false; // a shared workstation: nothing is remembered
    QLabel *m_busy;
    QDialogButtonBox *m_buttons;
    QList<identity::Authenticator> m_authenticators;
};

} // namespace daas::ui
