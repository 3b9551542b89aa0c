#pragma once

namespace daas::support {

// What the GUI and the `daas` tool call first, before anything uses TLS: OpenSSL's own clean-up at exit is
// left out and the operating system takes its memory back when the process ends.
//
// Why: Qt's network threads are detached, and QThread::wait() (what ~QNetworkAccessManager uses) returns
// before the thread has run its thread-local destructors (measured with Qt 6.8). OpenSSL's exit handler
// deletes the key of those destructors, so a network thread still leaving when main() returns never frees
// its error queue and random generators (ASan's leak check then fails the process, about 10 KB), and
// OpenSSL's clean-up is not meant to run while another thread is still inside the library.
void leaveTlsLibraryToProcessEnd();

} // namespace daas::support
