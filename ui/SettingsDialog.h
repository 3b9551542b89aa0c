#pragma once

#include "facility/FacilityProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace daas::ui {

// Settings: the language (the system's unless chosen; used from the next start), whether this computer is
// shared by several people (forced by the facility profile when it says so) and, there, the idle time
// before a sign-out. OK writes them (support::keys); the caller applies what applies at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const facility::FacilityProfile &profile, QWidget *parent = nullptr);

    QComboBox *languageChoice() const { return m_language; }
    QCheckBox *sharedChoice() const { return m_shared; }
    QSpinBox *idleMinutes() const { return m_idle; }
    // Writes the choices (what OK does).
    void save();

private:
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_shared;
    QLabel *m_sharedNote;
    QSpinBox *m_idle;
    bool m_forced;
};

// A language's own name for itself, capitalised as a menu shows it: "Deutsch", "Français", "日本語".
QString languageName(const QString &code);

} // namespace daas::ui
