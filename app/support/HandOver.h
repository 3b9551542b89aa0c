#pragma once

#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define DAAS_TSAN_HAND_OVER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define DAAS_TSAN_HAND_OVER 1
#endif
#endif

#ifdef DAAS_TSAN_HAND_OVER
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace daas::support {

// Debian's Qt is not built with ThreadSanitizer, so TSan sees none of the locks in Qt's queues between
// threads (the thread pool's, the posted events', a future's: they wait on futexes inside libQt6Core).
// What our code hands to another thread through them would read as a race. These two say it: what one
// thread wrote before handOverRelease(p) is seen by the thread that calls handOverAcquire(p) after taking
// the hand-over from Qt. Without TSan they are nothing.
inline void handOverRelease([[maybe_unused]] const void *p)
{
#ifdef DAAS_TSAN_HAND_OVER
    __tsan_release(const_cast<void *>(p));
#endif
}

inline void handOverAcquire([[maybe_unused]] const void *p)
{
#ifdef DAAS_TSAN_HAND_OVER
    __tsan_acquire(const_cast<void *>(p));
#endif
}

// A closure sent to another thread through Qt (the worker pool, a queued call, a future's continuation):
// each copy is released where it was made and acquired where it is called, copied on or destroyed, so that
// TSan sees the hand-over Qt makes of it. Without TSan it is the closure itself.
template<typename F>
class HandedOver
{
public:
    explicit HandedOver(F f)
        : m_f(std::move(f))
    {
        handOverRelease(this);
    }
    HandedOver(HandedOver &&other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_f((handOverAcquire(&other), std::move(other.m_f)))
    {
        handOverRelease(this);
    }
    HandedOver(const HandedOver &other)
        : m_f((handOverAcquire(&other), other.m_f))
    {
        handOverRelease(this);
    }
    HandedOver &operator=(const HandedOver &) = delete;
    HandedOver &operator=(HandedOver &&) = delete;
    ~HandedOver() { handOverAcquire(this); }

    // Released again after the call: the closure may be destroyed on another thread than it ran on.
    auto operator()() -> decltype(std::declval<F &>()())
    {
        handOverAcquire(this);
        const ReleaseOnReturn release{this};
        return m_f();
    }

private:
    struct ReleaseOnReturn
    {
        const void *p;
        ~ReleaseOnReturn() { handOverRelease(p); }
    };

    F m_f;
};

} // namespace daas::support
