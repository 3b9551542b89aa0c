#include "jobs/OutputText.h"

namespace daas::jobs {

void OutputText::reset(bool midStream)
{
    m_decoder.resetState();
    m_line.clear();
    m_pendingReturn = false;
    m_skipContinuation = midStream;
}

OutputText::Update OutputText::feed(QByteArrayView bytes)
{
    if (m_skipContinuation) {
        // a jump into the middle of the file: UTF-8 continuation bytes (10xxxxxx) belong to a character
        // whose first byte was not read
        qsizetype skip = 0;
        while (skip < bytes.size() && skip < 3 && (quint8(bytes[skip]) & 0xC0) == 0x80)
            ++skip;
        bytes = bytes.sliced(skip);
        if (!bytes.isEmpty())
            m_skipContinuation = false;
    }
    Update update;
    const QString before = m_line;
    const QString text = m_decoder.decode(bytes);
    for (const QChar c : text) {
        if (m_pendingReturn) {
            m_pendingReturn = false;
            if (c == u'\n') {
                update.lines += m_line;
                update.lines += u'\n';
                m_line.clear();
                continue;
            }
            m_line.clear(); // a redraw: what follows replaces the line
        }
        switch (c.unicode()) {
        case u'\r':
            m_pendingReturn = true;
            break;
        case u'\n':
            update.lines += m_line;
            update.lines += u'\n';
            m_line.clear();
            break;
        case 0:
            break;
        default:
            m_line += c;
            if (m_line.size() >= maxLineLength) {
                update.lines += m_line;
                update.lines += u'\n';
                m_line.clear();
            }
        }
    }
    update.currentLine = m_line;
    update.currentLineChanged = m_line != before || !update.lines.isEmpty();
    return update;
}

} // namespace daas::jobs
