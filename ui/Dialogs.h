#pragma once

#include <QString>
#include <QStringList>

#include <optional>

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
    static QStringList chooseFiles(QWidget *parent, const QString &title, const QString &start);
    static QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter);
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    // One line of text (a name); std::nullopt when the user cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &suggested);

    static void setNextFolder(const QString &path) { s_nextFolder = path; }
    static void setNextFile(const QString &path) { s_nextFile = path; }
    static void setNextFiles(const QStringList &paths) { s_nextFiles = paths; }
    static void setNextSaveFile(const QString &path) { s_nextSaveFile = path; }
    static void setNextConfirm(bool answer) { s_nextConfirm = answer ? 1 : 0; }
    static void setNextText(const std::optional<QString> &answer)
    {
        s_nextText = answer;
        s_hasNextText = true;
    }
    // Whether the last confirm() was answered by the seam (tests check a question was asked).
    static int confirmCount() { return s_confirms; }

private:
    static inline QString s_nextFolder;
    static inline QString s_nextFile;
    static inline int s_nextConfirm = -1;
    static inline std::optional<QStringList> s_nextFiles;
    static inline QString s_nextSaveFile;
    static inline int s_confirms = 0;
    static inline std::optional<QString> s_nextText;
    static inline bool s_hasNextText = false;
};

} // namespace daas::ui
