#include "PasswordPrompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daas::ui {

PasswordPrompt::PasswordPrompt(const QString &userName, const QString &service, QWidget *parent)
    : QDialog(parent)
    , m_user(userName)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Password needed"));
    auto *intro =
        new QLabel(tr("%1 asks for your password again. Your transfers wait and carry on once it is "
                      "accepted.")
                       .arg(service),
                   this);
    intro->setWordWrap(true);
    auto *user = new QLabel(userName.toHtmlEscaped(), this);
    user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

} // namespace daas::ui
