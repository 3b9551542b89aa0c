#pragma once

#include "storage/Transfer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace daas::ui {

// "A file of that name is already there": both sides with size and date, and Overwrite / Skip / Keep both
// (the new one gets "name (1).ext") / Keep newer (by modification time: what a scientist syncing a folder
// of results wants), with "Apply to all" for the rest of the queue. Non-modal (open()); the
// choice comes back through decided().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(storage::Transfer *transfer, int othersWaiting, QWidget *parent = nullptr);
    int transferId() const { return m_id; }
    QCheckBox *applyToAll() const { return m_all; }
    QPushButton *button(storage::ConflictChoice choice) const;
    // Another conflict arrived while this one is shown.
    void setOthersWaiting(int n);
    // Escape or the window's close button: Skip, so no transfer waits for a dialog that is gone.
    void reject() override;

Q_SIGNALS:
    void decided(int transferId, daas::storage::ConflictChoice choice, bool applyToAll);

private:
    void choose(storage::ConflictChoice choice);

    int m_id;
    bool m_decided = false;
    QCheckBox *m_all;
    QLabel *m_others;
    QPushButton *m_overwrite;
    QPushButton *m_skip;
    QPushButton *m_keepBoth;
    QPushButton *m_keepNewer;
};

} // namespace daas::ui
