#pragma once
// The console the `daas` tool reads from: what differs between platforms, one file per platform
// (Terminal_posix.cpp, Terminal_win.cpp), so that no POSIX or Win32 call sits in the commands.

#include <QtGlobal>

#include <memory>

namespace daas::cli {

bool stdinIsTerminal();

// Stops the terminal from echoing what is typed (a password) for its lifetime; nothing when standard
// input is not a terminal.
class EchoSuppressor
{
public:
    EchoSuppressor();
    ~EchoSuppressor();
    Q_DISABLE_COPY_MOVE(EchoSuppressor)

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace daas::cli
