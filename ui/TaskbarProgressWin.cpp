// The Windows half of TaskbarProgress: the taskbar button's progress through ITaskbarList3.
#include "TaskbarProgress.h"

#include <shobjidl.h>
#include <windows.h>

namespace daas::ui {

namespace {
ITaskbarList3 *taskbar(void *p)
{
    return static_cast<ITaskbarList3 *>(p);
}
} // namespace

TaskbarProgress::TaskbarProgress(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    ITaskbarList3 *list = nullptr;
    if (SUCCEEDED(CoCreateInstance(CLSID_TaskbarList, nullptr, CLSCTX_INPROC_SERVER, IID_PPV_ARGS(&list)))) {
        if (SUCCEEDED(list->HrInit()))
            m_platform = list;
        else
            list->Release();
    }
}

TaskbarProgress::~TaskbarProgress()
{
    setProgress(0.0, false, 0); // nothing left on the entry of a window that is gone
    if (m_platform)
        taskbar(m_platform)->Release();
}

void TaskbarProgress::publish()
{
    if (!m_platform || !m_window)
        return;
    const HWND hwnd = reinterpret_cast<HWND>(m_window->window()->winId());
    if (!m_visible) {
        taskbar(m_platform)->SetProgressState(hwnd, TBPF_NOPROGRESS);
        return;
    }
    taskbar(m_platform)->SetProgressState(hwnd, TBPF_NORMAL);
    taskbar(m_platform)->SetProgressValue(hwnd, ULONGLONG(m_permille), 1000);
}

} // namespace daas::ui
