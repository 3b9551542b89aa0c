#include "SettingsDialog.h"

#include "identity/Workstation.h"
#include "support/Settings.h"
#include "support/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace daas::support;

namespace daas::ui {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    // QLocale("en") is American English; the catalogue is plain English
    QString name =
        locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (name.isEmpty())
        name = code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

SettingsDialog::SettingsDialog(const facility::FacilityProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_shared(new QCheckBox(tr("This computer is &shared by several people"), this))
    , m_sharedNote(new QLabel(this))
    , m_idle(new QSpinBox(this))
    , m_forced(identity::Workstation::isForcedShared(profile))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(460);

    // the languages are the catalogues this build carries, so the list never offers one it cannot speak
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("System language (%1)").arg(languageName(QLocale::system().name())), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    const int current = m_language->findData(Settings::value(keys::language));
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of DAaaS Desktop, used from its next start."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("A new language takes effect the next time DAaaS Desktop starts."));
    m_languageNote->setWordWrap(true);

    m_shared->setObjectName(QStringLiteral("sharedWorkstation"));
    m_shared->setAccessibleDescription(
        tr("On a shared computer nobody is remembered, signing out removes everything of the person, "
           "and an idle session is signed out."));
    m_sharedNote->setObjectName(QStringLiteral("sharedNote"));
    m_sharedNote->setWordWrap(true);
    if (m_forced) {
        m_shared->setChecked(true);
        m_shared->setEnabled(false);
        m_sharedNote->setText(tr("Your facility has set this computer up as a shared workstation."));
    } else {
        m_shared->setChecked(Settings::value(keys::sharedWorkstation));
        m_sharedNote->setText(
            tr("Nobody is remembered, signing out removes your passwords, settings and files kept by "
               "DAaaS Desktop, and you are signed out when the computer is left unused."));
    }
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 480);
    m_idle->setValue(std::clamp(Settings::value(keys::idleSignOutMinutes), 1, 480));
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Sign out after this many minutes without use"));
    m_idle->setEnabled(m_shared->isChecked());
    connect(m_shared, &QCheckBox::toggled, m_idle, &QWidget::setEnabled);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(m_languageNote);

    auto *sharedBox = new QGroupBox(tr("Shared workstation"), this);
    auto *sharedForm = new QFormLayout(sharedBox);
    sharedForm->addRow(m_shared);
    sharedForm->addRow(m_sharedNote);
    sharedForm->addRow(tr("Sign out when &unused for:"), m_idle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(sharedBox);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        Settings::remove(keys::language); // follows the system again, whatever it becomes
    else
        Settings::setValue(keys::language, language);
    if (!m_forced)
        Settings::setValue(keys::sharedWorkstation, m_shared->isChecked());
    Settings::setValue(keys::idleSignOutMinutes, m_idle->value());
}

} // namespace daas::ui
