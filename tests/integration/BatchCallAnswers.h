#pragma once
// Waiting for a batch provider's call in the jobs suites (Slurm over REST, Slurm and LSF over SSH): the
// call's one answer is the event waited for.

#include "jobs/BatchProvider.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace daas::testing {

// What the call started by `start` answered; empty when it did not answer within `timeoutMs`.
template<typename T>
std::shared_ptr<std::optional<Result<T>>>
answerOf(const std::function<jobs::BatchCall *(jobs::BatchProvider::Callback<T>)> &start,
         int timeoutMs = 60000)
{
    auto answer = std::make_shared<std::optional<Result<T>>>();
    start([answer](const Result<T> &r) { *answer = r; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([answer] { return answer->has_value(); }, timeoutMs);
    return answer;
}

// The same for a call that answers with an error or none (cancel, hold, release).
inline std::shared_ptr<std::optional<Error>>
doneOf(const std::function<jobs::BatchCall *(jobs::BatchProvider::Done)> &start, int timeoutMs = 60000)
{
    auto answer = std::make_shared<std::optional<Error>>();
    start([answer](const Error &e) { *answer = e; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([answer] { return answer->has_value(); }, timeoutMs);
    return answer;
}

// doneOf's answer as a Result (true when done), to be read like the other calls' answers.
inline std::optional<Result<bool>>
doneResultOf(const std::function<jobs::BatchCall *(jobs::BatchProvider::Done)> &start, int timeoutMs = 60000)
{
    const auto answer = doneOf(start, timeoutMs);
    if (!answer->has_value())
        return std::nullopt;
    return **answer ? Result<bool>(**answer) : Result<bool>(true);
}

} // namespace daas::testing
