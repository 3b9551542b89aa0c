#include "SignInDialog.h"

#include "MessageBar.h"
#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "support/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace daas::support;

namespace daas::ui {

SignInDialog::SignInDialog(identity::Account *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_intro(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_authenticator(new QComboBox(this))
    , m_form(nullptr)
    , m_fields(new QWidget(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_busy(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to %1").arg(account->profile().name));
    setMinimumWidth(420);
    m_intro->setText(tr("Sign in with your facility account to see your experiments and their data."));
    m_intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_authenticator->setAccessibleName(tr("Account type"));
    m_remember->setToolTip(tr("Keeps the password in this computer's keychain, never in a file."));
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    // a shared workstation remembers nobody: the next person must not find this one's name or password
    m_shared = account->isSharedWorkstation();
    if (m_shared) {
        m_remember->setChecked(false);
        m_remember->hide();
    }

    // the account type is the first row of the fields' form, so all labels share one column
    m_form = new QFormLayout(m_fields);
    m_form->addRow(tr("Account &type:"), m_authenticator);
    m_form->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_fields);
    layout->addWidget(m_remember);
    layout->addStretch();
    auto *bottom = new QHBoxLayout;
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->hide();
    bottom->addWidget(m_busy);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    identity::IcatSession *icat = account->icat();
    connect(m_authenticator, &QComboBox::currentIndexChanged, this, &SignInDialog::rebuildFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(icat, &identity::IcatSession::propertiesLoaded, this, &SignInDialog::populate);
    connect(icat, &identity::IcatSession::propertiesFailed, this, [this](const Error &e) {
        setBusy(false);
        m_message->showMessage(
            tr("%1 Check the network, then close and open this window again.").arg(e.userText()));
    });
    connect(icat, &identity::IcatSession::signInFailed, this, [this](const Error &e) {
        setBusy(false);
        m_message->showMessage(e.userText());
        if (!m_edits.isEmpty())
            m_edits.last().second->selectAll();
    });
    connect(icat, &identity::IcatSession::signedIn, this, &SignInDialog::onSignedIn);

    if (icat->properties().authenticators.isEmpty()) {
        setBusy(true, tr("Asking the facility how to sign in…"));
        icat->loadProperties();
    } else {
        populate();
    }
}

void SignInDialog::setReason(const QString &reason)
{
    m_message->showMessage(reason, MessageBar::Level::Info);
}

void SignInDialog::populate()
{
    setBusy(false);
    m_authenticators = m_account->icat()->properties().userAuthenticators();
    const QString last = Settings::value(keys::lastAuthenticator);
    m_authenticator->clear();
    for (const identity::Authenticator &a : std::as_const(m_authenticators))
        m_authenticator->addItem(a.displayName(), a.mnemonic);
    const int lastIndex = m_authenticator->findData(last);
    m_authenticator->setCurrentIndex(lastIndex >= 0 ? lastIndex : 0);
    rebuildFields();
    restoreRemembered();
}

void SignInDialog::rebuildFields()
{
    while (m_form->rowCount() > 1) // the account type stays
        m_form->removeRow(1);
    m_edits.clear();
    const int index = m_authenticator->currentIndex();
    if (index < 0 || index >= m_authenticators.size())
        return;
    for (const identity::AuthenticatorKey &key : m_authenticators.at(index).keys) {
        auto *edit = new QLineEdit(m_fields);
        edit->setObjectName(key.name);
        if (key.hide)
            edit->setEchoMode(QLineEdit::Password);
        if (!key.pattern.isEmpty())
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(key.pattern), edit));
        // the keys' names are ICAT's ("username", "password"): show them as words a person reads
        QString label = key.name;
        if (key.name == u"username")
            label = tr("&User name:");
        else if (key.name == u"password")
            label = tr("&Password:");
        else
            label = label.left(1).toUpper() + label.mid(1) + u':';
        m_form->addRow(label, edit);
        // a screen reader says the label, not ICAT's key name
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        m_edits.append({key.name, edit});
    }
    m_remember->setEnabled(!m_edits.isEmpty() && !m_shared);
    if (!m_edits.isEmpty())
        m_edits.first().second->setFocus();
}

QLineEdit *SignInDialog::field(const QString &key) const
{
    for (const auto &[name, edit] : m_edits)
        if (name == key)
            return edit;
    return nullptr;
}

QString SignInDialog::errorText() const
{
    return m_message->text();
}

void SignInDialog::restoreRemembered()
{
    if (m_shared || !Settings::value(keys::rememberMe))
        return;
    m_remember->setChecked(true);
    const QString user = Settings::value(keys::lastUserName);
    QLineEdit *userEdit = field(QStringLiteral("username"));
    QLineEdit *passEdit = field(QStringLiteral("password"));
    if (!userEdit || !passEdit || user.isEmpty())
        return;
    userEdit->setText(user);
    const QString key = identity::CredentialStore::key(m_account->profile().id,
                                                       m_authenticator->currentData().toString(), user);
    identity::CredentialStore::read(key, passEdit, [passEdit](const Result<QString> &secret) {
        if (secret && passEdit->text().isEmpty())
            passEdit->setText(secret.value());
    });
    passEdit->setFocus();
}

void SignInDialog::submit()
{
    const int index = m_authenticator->currentIndex();
    if (index < 0)
        return;
    identity::Credentials credentials;
    for (const auto &[name, edit] : std::as_const(m_edits)) {
        if (edit->text().isEmpty()) {
            m_message->showMessage(tr("Please fill in every field."));
            edit->setFocus();
            return;
        }
        credentials.append({name, edit->text()});
    }
    setBusy(true, tr("Signing in…"));
    m_account->signIn(m_authenticator->currentData().toString(), credentials);
}

void SignInDialog::onSignedIn()
{
    setBusy(false);
    const QString mnemonic = m_authenticator->currentData().toString();
    QLineEdit *userEdit = field(QStringLiteral("username"));
    QLineEdit *passEdit = field(QStringLiteral("password"));
    const QString user = userEdit ? userEdit->text() : QString();
    if (m_shared) { // nothing of this person is kept for the next one
        if (passEdit)
            passEdit->clear();
        accept();
        return;
    }
    Settings::setValue(keys::lastAuthenticator, mnemonic);
    Settings::setValue(keys::rememberMe, m_remember->isChecked());
    Settings::setValue(keys::lastUserName, user);
    if (userEdit && passEdit) {
        const QString key = identity::CredentialStore::key(m_account->profile().id, mnemonic, user);
        if (m_remember->isChecked())
            identity::CredentialStore::write(key, passEdit->text(), m_account, [](const Error &) {});
        else
            identity::CredentialStore::remove(key, m_account, [](const Error &) {});
    }
    if (passEdit)
        passEdit->clear();
    accept();
}

bool SignInDialog::isBusy() const
{
    return !m_busy->isHidden();
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    m_authenticator->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace daas::ui
