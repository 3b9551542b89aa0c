#pragma once

#include <QString>

class QWidget;

namespace daas::ui {

// Every file dialog and question the GUI asks goes through here, so GUI tests can answer in advance
// (KeePassXC's FileDialog::setNextFileName seam).
class Dialogs
{
public:
    static QString chooseFolder(QWidget *parent, const QString &title, const QString &start);
    static QString chooseFile(QWidget *parent, const QString &title, const QString &start,
                              const QString &filter);
    static bool confirm(QWidget *parent, const QString &title, const QString &text);

    static void setNextFolder(const QString &path) { s_nextFolder = path; }
    static void setNextFile(const QString &path) { s_nextFile = path; }
    static void setNextConfirm(bool answer) { s_nextConfirm = answer ? 1 : 0; }

private:
    static inline QString s_nextFolder;
    static inline QString s_nextFile;
    static inline int s_nextConfirm = -1;
};

} // namespace daas::ui
