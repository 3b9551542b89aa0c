#include "Terminal.h"

#include <termios.h>
#include <unistd.h>

namespace daas::cli {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO);
}

struct EchoSuppressor::Saved
{
    termios settings;
};

EchoSuppressor::EchoSuppressor()
{
    termios old{};
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &old) != 0)
        return;
    termios noEcho = old;
    noEcho.c_lflag &= ~tcflag_t(ECHO);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &noEcho) == 0)
        m_saved = std::make_unique<Saved>(Saved{old});
}

EchoSuppressor::~EchoSuppressor()
{
    if (m_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->settings);
}

} // namespace daas::cli
