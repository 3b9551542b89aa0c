#include "Terminal.h"

#include <windows.h>

#include <cstdio>
#include <io.h>

namespace daas::cli {

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

struct EchoSuppressor::Saved
{
    HANDLE console;
    DWORD mode;
};

EchoSuppressor::EchoSuppressor()
{
    // a console's input mode; GetConsoleMode fails for a pipe or a file, which have no echo to stop
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (console == INVALID_HANDLE_VALUE || console == nullptr || !GetConsoleMode(console, &mode))
        return;
    if (SetConsoleMode(console, mode & ~DWORD(ENABLE_ECHO_INPUT)))
        m_saved = std::make_unique<Saved>(Saved{console, mode});
}

EchoSuppressor::~EchoSuppressor()
{
    if (m_saved)
        SetConsoleMode(m_saved->console, m_saved->mode);
}

} // namespace daas::cli
