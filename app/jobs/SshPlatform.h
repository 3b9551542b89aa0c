#pragma once

#include <QString>

// What differs between platforms for the system's OpenSSH client; one implementation file per platform
// (SshPlatform_posix.cpp, SshPlatform_win.cpp).
namespace daas::jobs::SshPlatform {

// The system's OpenSSH program ("ssh", "ssh-keyscan"): on Windows the one that ships with Windows first
// (%SystemRoot%\System32\OpenSSH), then PATH. Empty when there is none.
QString findProgram(const QString &name);

// Whether one connection can be shared by all commands (ControlMaster). Windows' OpenSSH has no
// ControlMaster: every command logs in on its own there.
bool supportsConnectionSharing();

// A new path for a control socket: in a private folder with a short path (a Unix socket's path is limited
// to about 104 bytes, and ssh appends 17 characters while it creates one). Empty when no such folder can
// be made.
QString newControlPath();

// Asks the shared connection's background process to end, without waiting for it (its owner is going
// away). Nothing happens when there is no such process.
void closeSharedConnection(const QString &sshProgram, const QString &controlPath);

// Creates `path` if needed and makes it accessible to its owner only.
bool makePrivateFolder(const QString &path);

} // namespace daas::jobs::SshPlatform
