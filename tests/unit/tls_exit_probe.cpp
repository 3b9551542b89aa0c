// tls_exit_probe [--leave-to-process-end]: a thread that used OpenSSL is still leaving when the process
// exits, as one of Qt's network threads may be (support/TlsLibrary.h). The race is made certain with events,
// not timing: the thread's first thread-local destructor holds it until the exit handlers registered after
// this program's own have run (OpenSSL's clean-up among them, unless it was left out), and this program's
// exit handler then waits for the thread's last destructor and for the thread to be gone (Linux: the
// probe runs in the asan builds only). ASan's leak check runs after both.
#include "support/TlsLibrary.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <semaphore>
#include <thread>

namespace {

std::binary_semaphore laterExitHandlersRan{0};
std::binary_semaphore threadDestructorsRan{0};
pthread_key_t firstKey; // made before OpenSSL's keys: its destructor runs before theirs
pthread_key_t lastKey;  // made after them: runs after theirs

void holdUntilLaterExitHandlersRan(void *)
{
    laterExitHandlersRan.acquire();
}

void sayDestructorsRan(void *)
{
    threadDestructorsRan.release();
}

std::ptrdiff_t threadsAtStart = 0;

std::ptrdiff_t threadsNow()
{
    return std::distance(std::filesystem::directory_iterator("/proc/self/task"),
                         std::filesystem::directory_iterator());
}

void atProcessExit()
{
    laterExitHandlersRan.release();
    threadDestructorsRan.acquire();
    // and until the thread has left the kernel as well, so that no register or stack of it is left for the
    // leak check to find the state in
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (threadsNow() > threadsAtStart && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

} // namespace

int main(int argc, char **argv)
{
    pthread_key_create(&firstKey, holdUntilLaterExitHandlersRan);
    std::atexit(atProcessExit); // before OpenSSL registers its clean-up, so it runs after it
    if (argc > 1 && std::strcmp(argv[1], "--leave-to-process-end") == 0)
        daas::support::leaveTlsLibraryToProcessEnd();
    QCoreApplication app(argc, argv);
    threadsAtStart = threadsNow();
    QThread *thread = QThread::create([] {
        pthread_setspecific(firstKey, &firstKey);
        unsigned char bytes[16];
        RAND_bytes(bytes, sizeof bytes);                                       // its random generators
        EVP_CIPHER_free(EVP_CIPHER_fetch(nullptr, "no such cipher", nullptr)); // an error in its queue
        pthread_key_create(&lastKey, sayDestructorsRan);
        pthread_setspecific(lastKey, &lastKey);
    });
    thread->start();
    thread->wait(); // returns before the thread ran its thread-local destructors
    delete thread;
    return 0;
}
