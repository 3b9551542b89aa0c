#pragma once
// What FileBrowser.cpp and FileBrowserOperations.cpp share: the batches of requests one user action starts,
// and how their problems are told.

#include "FileBrowser.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace daas::ui {

// Several requests started by one user action; their errors are shown together when the last one ends.
struct FileBrowser::Batch
{
    int pending = 0;
    QStringList errors;
    QStringList select; // names to select in the refreshed listing
    bool refresh = true;
};

// Downloads of files and (walked) folders into one local folder.
struct FileBrowser::DownloadBatch
{
    int walks = 0;
    QList<int> transfers;
    QSet<int> done;
    bool failed = false;
    QStringList errors;
    std::function<void(DownloadBatch &)> walked; // once all folders are listed
    bool ready() const { return walks == 0 && !failed && done.size() == transfers.size(); }
};

// The problems of a batch as one message: each said once, the first few in full, then how many more.
QString joinSentences(const QStringList &errors);

} // namespace daas::ui
