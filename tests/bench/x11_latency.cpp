// daas-x11-latency WINDOW COLOUR PRESSED_COLOUR [ROUNDS] -- input-to-screen latency of any viewer window on
// this X display, measured from outside the viewer so that ours and a peer (xfreerdp3, TigerVNC's vncviewer)
// are timed the same way. The viewer shows a remote display where daas-vnc-probe paints COLOUR, and
// PRESSED_COLOUR while a button is held. The pointer is moved to the middle of WINDOW; then, ROUNDS times,
// a button press or release is injected with XTest and the screen pixel under the pointer is read back
// (XGetImage on the root window, every 0.2 ms) until it shows the colour the remote program painted.
// Prints one line per sample ("sample MS") and "median_ms=… samples=…"; exits 1 when nothing was measured.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

namespace {

struct Rgb
{
    int r, g, b;
};

bool parseColour(const char *text, Rgb &out)
{
    if (text[0] == '#')
        ++text;
    if (std::strlen(text) != 6)
        return false;
    char *end = nullptr;
    const long v = std::strtol(text, &end, 16);
    if (*end)
        return false;
    out = {int((v >> 16) & 0xff), int((v >> 8) & 0xff), int(v & 0xff)};
    return true;
}

bool near(const Rgb &a, const Rgb &b)
{
    // the RDP path is lossy (H.264): a colour arrives close, not exact
    return std::abs(a.r - b.r) < 24 && std::abs(a.g - b.g) < 24 && std::abs(a.b - b.b) < 24;
}

Rgb pixelAt(Display *dpy, Window root, int x, int y)
{
    XImage *image = XGetImage(dpy, root, x, y, 1, 1, AllPlanes, ZPixmap);
    if (!image)
        return {-1, -1, -1};
    const unsigned long p = XGetPixel(image, 0, 0);
    XDestroyImage(image);
    return {int((p >> 16) & 0xff), int((p >> 8) & 0xff), int(p & 0xff)};
}

using Clock = std::chrono::steady_clock;

// Polls the pixel until it is near `want`; the time it took, or a negative number after `timeoutMs`.
double waitForColour(Display *dpy, Window root, int x, int y, const Rgb &want, Clock::time_point since,
                     int timeoutMs)
{
    for (;;) {
        const Rgb now = pixelAt(dpy, root, x, y);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - since).count();
        if (near(now, want))
            return ms;
        if (ms > timeoutMs)
            return -1;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s WINDOW COLOUR PRESSED_COLOUR [ROUNDS]\n", argv[0]);
        return 2;
    }
    const Window window = std::strtoul(argv[1], nullptr, 0);
    Rgb colour{}, pressed{};
    if (!parseColour(argv[2], colour) || !parseColour(argv[3], pressed)) {
        std::fprintf(stderr, "colours are RRGGBB\n");
        return 2;
    }
    const int rounds = argc > 4 ? std::atoi(argv[4]) : 40;
    Display *dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "no X display\n");
        return 1;
    }
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(dpy, &event, &error, &major, &minor)) {
        std::fprintf(stderr, "the X server has no XTEST\n");
        return 1;
    }
    XWindowAttributes attributes;
    if (!XGetWindowAttributes(dpy, window, &attributes)) {
        std::fprintf(stderr, "no window %lu\n", window);
        return 1;
    }
    const Window root = DefaultRootWindow(dpy);
    int x = 0, y = 0;
    Window child = 0;
    XTranslateCoordinates(dpy, window, root, attributes.width / 2, attributes.height / 2, &x, &y, &child);
    // the middle of the window, kept on the screen when the window is larger than it
    const Screen *screen = DefaultScreenOfDisplay(dpy);
    x = std::clamp(x, 0, screen->width - 1);
    y = std::clamp(y, 0, screen->height - 1);
    XRaiseWindow(dpy, window);
    XTestFakeMotionEvent(dpy, DefaultScreen(dpy), x, y, CurrentTime);
    XSync(dpy, False);
    if (waitForColour(dpy, root, x, y, colour, Clock::now(), 15000) < 0) {
        const Rgb now = pixelAt(dpy, root, x, y);
        std::fprintf(stderr, "the window does not show the probe's colour at %d,%d (it shows %02x%02x%02x)\n",
                     x, y, now.r, now.g, now.b);
        return 1;
    }
    std::vector<double> samples;
    for (int i = 0; i < rounds; ++i) {
        const bool press = i % 2 == 0;
        const Clock::time_point t0 = Clock::now();
        XTestFakeButtonEvent(dpy, 1, press ? True : False, CurrentTime);
        XFlush(dpy);
        const double ms = waitForColour(dpy, root, x, y, press ? pressed : colour, t0, 3000);
        if (ms >= 0) {
            samples.push_back(ms);
            std::printf("sample %.2f\n", ms);
        } else {
            std::fprintf(stderr, "round %d: no change within 3 s\n", i);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    XTestFakeButtonEvent(dpy, 1, False, CurrentTime); // never leave the button held
    XSync(dpy, False);
    XCloseDisplay(dpy);
    if (samples.empty())
        return 1;
    std::sort(samples.begin(), samples.end());
    std::printf("median_ms=%.2f samples=%zu\n", samples[samples.size() / 2], samples.size());
    return 0;
}
