#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace daas::jobs {

// A job's output is bytes; this turns them, chunk by chunk, into lines of text as a terminal would show them.
// UTF-8, with invalid sequences shown as U+FFFD and a multibyte sequence cut at a chunk's end completed by
// the next chunk. A carriage return that is not part of "\r\n" starts its line again (a progress bar redraws
// itself that way), so a bar that prints a million updates keeps one line, not a million. NUL bytes (the hole
// of a file truncated under a writer that kept its offset) are left out. A line longer than maxLineLength is
// cut there, so one endless line cannot grow without bound either.
class OutputText
{
public:
    static constexpr qsizetype maxLineLength = 64 * 1024;

    struct Update
    {
        QString lines;       // complete lines, each ending in '\n'
        QString currentLine; // the unfinished last line as it stands now
        bool currentLineChanged = false;
    };
    Update feed(QByteArrayView bytes);
    // Starting again from another place of the file: nothing of the previous text carries over. `midStream`:
    // the next bytes may start inside a UTF-8 sequence, whose remaining bytes are skipped.
    void reset(bool midStream = false);
    QString currentLine() const { return m_line; }

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_line;
    bool m_pendingReturn = false; // a '\r' at the end of the last chunk: "\r\n" or a redraw?
    bool m_skipContinuation = false;
};

} // namespace daas::jobs
