#pragma once

#include "cloud/Environment.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace daas::ui {

class MessageBar;

// Asks for the name of a new environment of one template (the rest comes from the template).
class LaunchDialog : public QDialog
{
    Q_OBJECT
public:
    LaunchDialog(const cloud::EnvironmentTemplate &environmentTemplate, const QString &suggestedName,
                 QWidget *parent = nullptr);

    const cloud::EnvironmentTemplate &environmentTemplate() const { return m_template; }
    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    // Checks the name; on a bad one says why and stays open.
    void accept() override;

    static QString checkName(const QString &name); // empty when fine, else the sentence

private:
    cloud::EnvironmentTemplate m_template;
    QLineEdit *m_name;
    MessageBar *m_message;
};

// The facility password again, for the cloud: after a resumed session (never typed in this run) or when
// the cloud refused the one kept. The user name is the sign-in's and is not asked.
class CloudPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    CloudPasswordDialog(const QString &userName, const QString &reason, QWidget *parent = nullptr);

    QString userName() const { return m_userName; }
    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    void accept() override;

private:
    QString m_userName;
    QLineEdit *m_password;
};

} // namespace daas::ui
