#pragma once

#include "facility/FacilityProfile.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QLabel;
class QPushButton;

namespace daas::ui {

class AddFacilityDialog;

// First start with no facility configured (and no local demo facility running): pick the local demo or a
// facility added before, add one from the address of its profile, or open a profile file. Nothing is
// bundled. The choice is remembered.
class FacilityChooser : public QDialog
{
    Q_OBJECT
public:
    explicit FacilityChooser(QWidget *parent = nullptr);
    std::optional<facility::FacilityProfile> chosen() const { return m_chosen; }
    // "Add from address…": opens AddFacilityDialog (window-modal); the list then shows what was added.
    QPushButton *addFromAddressButton() const { return m_addFromAddress; }
    AddFacilityDialog *addDialog() const;

private:
    void reload(const QString &selectId);
    void choose();
    void openFile();
    void addFromAddress();
    QListWidget *m_list;
    QLabel *m_error;
    QLabel *m_empty;
    QPushButton *m_use = nullptr;
    QPushButton *m_addFromAddress = nullptr;
    QPointer<AddFacilityDialog> m_addDialog;
    QList<QPair<QString, facility::FacilityProfile>> m_profiles; // (setting value, profile)
    std::optional<facility::FacilityProfile> m_chosen;
};

} // namespace daas::ui
