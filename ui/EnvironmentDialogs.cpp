#include "EnvironmentDialogs.h"
#include "ThemedIcon.h"

#include "EnvironmentModels.h"
#include "MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace daas::ui {

LaunchDialog::LaunchDialog(const cloud::EnvironmentTemplate &environmentTemplate,
                           const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_template(environmentTemplate)
    , m_name(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("launchDialog"));
    setWindowTitle(tr("Launch %1").arg(environmentTemplate.name));
    auto *title = new QLabel(u"<b>"_s + environmentTemplate.name.toHtmlEscaped() + u"</b>"_s, this);
    auto *summary = new QLabel(this);
    QStringList lines{environmentTemplate.description.toHtmlEscaped()};
    if (!environmentTemplate.software.isEmpty())
        lines << tr("Software: %1").arg(environmentTemplate.software.join(u", "_s)).toHtmlEscaped();
    lines << TemplateModel::sizeSummary(environmentTemplate).toHtmlEscaped();
    lines.removeAll(QString());
    summary->setText(lines.join(u"<br>"_s));
    summary->setWordWrap(true);
    m_name->setText(suggestedName);
    m_name->selectAll();
    m_name->setMaxLength(128);
    m_name->setAccessibleName(tr("Name of the new environment"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *launch = buttons->addButton(tr("&Launch"), QDialogButtonBox::AcceptRole);
    launch->setDefault(true);
    launch->setIcon(themedIcon(u":/icons/launch.svg"_s));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

QString LaunchDialog::name() const
{
    return m_name->text().simplified();
}

QString LaunchDialog::checkName(const QString &name)
{
    if (name.isEmpty())
        return tr("Give the environment a name, so you can tell it from your others.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c == u'"' || c == u'\\' || c == u'[' || c == u']')
            return tr("A name may not contain quotes, backslashes, brackets or control characters.");
    return {};
}

void LaunchDialog::accept()
{
    const QString problem = checkName(name());
    if (!problem.isEmpty()) {
        m_message->showMessage(problem);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

CloudPasswordDialog::CloudPasswordDialog(const QString &userName, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_userName(userName)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("cloudPasswordDialog"));
    setWindowTitle(tr("Password for Analysis Environments"));
    auto *text = new QLabel(reason, this);
    text->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *user = new QLabel(userName, this);
    auto *form = new QFormLayout;
    form->addRow(tr("User:"), user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloudPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(400);
    m_password->setFocus();
}

QString CloudPasswordDialog::password() const
{
    return m_password->text();
}

void CloudPasswordDialog::accept()
{
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace daas::ui
