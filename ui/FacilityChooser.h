#pragma once

#include "facility/FacilityProfile.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QMessageBox;
class QLabel;
class QPushButton;

namespace daas::ui {

class AddFacilityDialog;

// First start with no facility configured (and no local demo facility running): pick the local demo or a
// facility added before, add one from the address of its profile, or open a profile file. Nothing is
// bundled. The choice is remembered. A facility added before can be fetched again from its address or
// removed; the settings (language, shared computer) are reachable before any facility is chosen.
class FacilityChooser : public QDialog
{
    Q_OBJECT
public:
    explicit FacilityChooser(QWidget *parent = nullptr);
    std::optional<facility::FacilityProfile> chosen() const { return m_chosen; }
    // "Add from address…": opens AddFacilityDialog (window-modal); the list then shows what was added.
    QPushButton *addFromAddressButton() const { return m_addFromAddress; }
    AddFacilityDialog *addDialog() const;
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *settingsButton() const { return m_settings; }
    // The "Remove …?" question while it is open (tests answer it).
    QMessageBox *removeQuestion() const { return m_removeQuestion; }

private:
    void reload(const QString &selectId);
    void choose();
    void openFile();
    void addFromAddress();
    void refresh();
    void remove();
    void showSettings();
    void updateButtons();
    bool isImported(int row) const;
    QListWidget *m_list;
    QLabel *m_error;
    QLabel *m_empty;
    QPushButton *m_use = nullptr;
    QPushButton *m_addFromAddress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_settings = nullptr;
    QPointer<AddFacilityDialog> m_addDialog;
    QPointer<QMessageBox> m_removeQuestion;
    QList<QPair<QString, facility::FacilityProfile>> m_profiles; // (setting value, profile)
    std::optional<facility::FacilityProfile> m_chosen;
};

} // namespace daas::ui
