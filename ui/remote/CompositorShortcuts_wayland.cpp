#include "remote/CompositorShortcuts.h"

#include "support/Logging.h"

#include "qwayland-keyboard-shortcuts-inhibit-unstable-v1.h"

#include <QGuiApplication>
#include <QHash>
#include <QWaylandClientExtensionTemplate>
#include <QWindow>
#include <qpa/qplatformnativeinterface.h>

#include <wayland-client-core.h>

#include <utility>

namespace daas::ui {
namespace {

// (destroyed by hand: GCC with UBSan does not take the template's destructor argument as a constant)
class InhibitManager : public QWaylandClientExtensionTemplate<InhibitManager>,
                       public QtWayland::zwp_keyboard_shortcuts_inhibit_manager_v1
{
public:
    InhibitManager()
        : QWaylandClientExtensionTemplate(1)
    {
        initialize();
    }
    ~InhibitManager() override
    {
        if (isActive())
            destroy();
    }
    InhibitManager(const InhibitManager &) = delete;
    InhibitManager &operator=(const InhibitManager &) = delete;
};

// Sent now, not at the next turn of the event loop: a shortcut pressed in between would go the wrong way.
void flush()
{
    if (auto *wayland = qGuiApp->nativeInterface<QNativeInterface::QWaylandApplication>())
        wl_display_flush(wayland->display());
}

class Inhibitor : public QtWayland::zwp_keyboard_shortcuts_inhibitor_v1
{
public:
    Inhibitor(std::shared_ptr<InhibitManager> manager, ::zwp_keyboard_shortcuts_inhibitor_v1 *id)
        : QtWayland::zwp_keyboard_shortcuts_inhibitor_v1(id)
        , m_manager(std::move(manager))
    {}
    ~Inhibitor() override
    {
        destroy(); // before the manager it came from (m_manager outlives this call)
        flush();
    }
    Inhibitor(const Inhibitor &) = delete;
    Inhibitor &operator=(const Inhibitor &) = delete;

    bool isActive() const { return m_active; }

protected:
    void zwp_keyboard_shortcuts_inhibitor_v1_active() override { m_active = true; }
    void zwp_keyboard_shortcuts_inhibitor_v1_inactive() override { m_active = false; }

private:
    std::shared_ptr<InhibitManager> m_manager;
    bool m_active = false;
};

// The manager lives while an inhibitor does, so that it is gone before the application's Wayland
// connection (a static would outlive it). GUI thread only.
std::shared_ptr<InhibitManager> manager()
{
    static std::weak_ptr<InhibitManager> shared;
    if (std::shared_ptr<InhibitManager> existing = shared.lock())
        return existing;
    auto made = std::make_shared<InhibitManager>();
    if (!made->isActive()) {
        static bool said = false;
        if (!std::exchange(said, true))
            qCInfo(lcUi) << "the Wayland compositor does not offer keyboard-shortcuts-inhibit: its shortcuts"
                         << "stay its own while a remote desktop has the keyboard";
        return {};
    }
    shared = made;
    return made;
}

QHash<const QWindow *, std::weak_ptr<Inhibitor>> &inhibitors()
{
    static QHash<const QWindow *, std::weak_ptr<Inhibitor>> byWindow;
    return byWindow;
}

} // namespace

ShortcutsInhibition inhibitCompositorShortcuts(QWindow *window)
{
    if (!window || !QGuiApplication::platformName().startsWith(u"wayland"))
        return {};
    if (std::shared_ptr<Inhibitor> existing = inhibitors().value(window).lock())
        return existing;
    auto *native = QGuiApplication::platformNativeInterface();
    auto *wayland = qGuiApp->nativeInterface<QNativeInterface::QWaylandApplication>();
    auto *surface =
        native ? static_cast<::wl_surface *>(native->nativeResourceForWindow("surface", window)) : nullptr;
    ::wl_seat *seat = wayland ? wayland->seat() : nullptr;
    if (!surface || !seat)
        return {};
    std::shared_ptr<InhibitManager> inhibitManager = manager();
    if (!inhibitManager)
        return {};
    auto inhibitor =
        std::make_shared<Inhibitor>(inhibitManager, inhibitManager->inhibit_shortcuts(surface, seat));
    // the entry goes with the window; an expired one is replaced on the next inhibition
    if (!inhibitors().contains(window))
        QObject::connect(window, &QObject::destroyed, qApp, [window] { inhibitors().remove(window); });
    inhibitors().insert(window, inhibitor);
    flush();
    return inhibitor;
}

bool compositorShortcutsInhibited(const QWindow *window)
{
    const std::shared_ptr<Inhibitor> inhibitor = inhibitors().value(window).lock();
    return inhibitor && inhibitor->isActive();
}

} // namespace daas::ui
