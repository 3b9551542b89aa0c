#include "remote/RemoteDialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daas::ui {

CertificateDecisionBox::CertificateDecisionBox(const remote::CertificateQuestion &question, QWidget *parent)
    : QMessageBox(parent)
    , m_gateway(question.gateway)
{
    setObjectName(QStringLiteral("untrustedCertificateBox"));
    // the gateway by the name administrators and Windows give it: its certificate is not the desktop's
    const QString where =
        question.gateway ? tr("The RD Gateway %1 (port %2), through which the remote desktop is reached,")
                         : tr("The remote desktop %1 (port %2)");
    if (question.changed()) {
        setIcon(QMessageBox::Critical);
        setWindowTitle(question.gateway ? tr("RD Gateway Certificate Changed") : tr("Certificate Changed"));
        setText(tr("%1 presented a different certificate from the one you trusted before. This happens when "
                   "the machine was rebuilt, and also when someone intercepts the connection.\n\n"
                   "New SHA-256 fingerprint:\n%2\n\nConnect only if your facility confirms the new "
                   "fingerprint.")
                    .arg(where.arg(question.host).arg(question.port), question.fingerprint()));
    } else {
        setIcon(QMessageBox::Warning);
        setWindowTitle(question.gateway ? tr("Untrusted RD Gateway Certificate")
                                        : tr("Untrusted Certificate"));
        const QString text =
            question.gateway
                ? tr("%1 presented a certificate that is not trusted.\n\nSHA-256 fingerprint:\n%2\n\nTrust "
                     "it "
                     "only if your facility confirms this fingerprint. The decision is remembered for this "
                     "gateway.")
                : tr("%1 presented a certificate that is not trusted.\n\nSHA-256 fingerprint:\n%2\n\nTrust "
                     "it "
                     "only if your facility confirms this fingerprint. The decision is remembered for this "
                     "desktop.");
        setText(text.arg(where.arg(question.host).arg(question.port), question.fingerprint()));
    }
    setDetailedText(question.reasons + u"\n\n" + question.certificate.toText());
    m_trust = addButton(question.changed() ? tr("Trust the New Certificate") : tr("Trust and Connect"),
                        QMessageBox::AcceptRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
}

RemoteSignInDialog::RemoteSignInDialog(const remote::CredentialsQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(question.userName, this))
    , m_password(new QLineEdit(this))
    , m_domain(new QLineEdit(question.domain, this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_gateway(question.purpose == remote::CredentialsQuestion::Purpose::Gateway)
{
    setObjectName(QStringLiteral("remoteSignInDialog"));
    const bool gateway = m_gateway;
    setWindowTitle(gateway ? tr("Sign In to the RD Gateway") : tr("Sign In to the Remote Desktop"));
    auto *layout = new QVBoxLayout(this);
    QString text = gateway ? tr("The RD Gateway %1, through which the remote desktop is reached, asks you to "
                                "sign in.")
                                 .arg(question.host)
                           : tr("The remote desktop %1 asks you to sign in.").arg(question.host);
    if (question.retry)
        text = tr("The password was not accepted. Check it and try again.") + u"\n\n" + text;
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_domain->setAccessibleName(tr("Domain"));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Domain:"), m_domain);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (question.userName.isEmpty() ? m_user : m_password)->setFocus();
}

remote::Credentials RemoteSignInDialog::credentials() const
{
    return {m_user->text().trimmed(), m_password->text(), m_domain->text().trimmed(),
            m_remember->isVisibleTo(this) && m_remember->isChecked()};
}

void RemoteSignInDialog::setRememberOffered(bool offered)
{
    m_remember->setChecked(m_remember->isChecked() && offered);
    m_remember->setVisible(offered);
}

} // namespace daas::ui
