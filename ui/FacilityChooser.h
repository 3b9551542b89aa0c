#pragma once

#include "facility/FacilityProfile.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace daas::ui {

// First start with no facility configured (and no local demo facility running): pick a bundled facility
// or open a profile file. The choice is remembered.
class FacilityChooser : public QDialog
{
    Q_OBJECT
public:
    explicit FacilityChooser(QWidget *parent = nullptr);
    std::optional<facility::FacilityProfile> chosen() const { return m_chosen; }

private:
    void choose();
    void openFile();
    QListWidget *m_list;
    QLabel *m_error;
    QList<QPair<QString, facility::FacilityProfile>> m_profiles; // (setting value, profile)
    std::optional<facility::FacilityProfile> m_chosen;
};

} // namespace daas::ui
