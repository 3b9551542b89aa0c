#include "jobs/SshBatchProvider.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::jobs {

SshBatchProvider::SshBatchProvider(const SshEndpoint &endpoint, const SshOptions &options, QObject *parent)
    : BatchProvider(parent)
    , m_connection(new SshConnection(endpoint, options, this))
{
    connect(m_connection, &SshConnection::hostKeyDecisionNeeded, this, &BatchProvider::hostKeyDecisionNeeded);
    connect(m_connection, &SshConnection::secretNeeded, this, &BatchProvider::secretNeeded);
}

QString SshBatchProvider::userName() const
{
    return m_connection->endpoint().user.isEmpty() ? m_learnedUser : m_connection->endpoint().user;
}

void SshBatchProvider::answerHostKey(bool trust)
{
    m_connection->answerHostKey(trust);
}

void SshBatchProvider::answerSecret(const std::optional<QString> &secret)
{
    m_connection->answerSecret(secret);
}

void SshBatchProvider::runStep(BatchCall *call, const QString &command, const QByteArray &input, Step next,
                               std::chrono::milliseconds timeout)
{
    QPointer<BatchCall> guard(call);
    SshCommand *c = m_connection->run(command, input, timeout.count() > 0 ? timeout : m_timeout,
                                      [guard, next = std::move(next)](const Result<SshOutput> &result) {
                                          if (guard && !guard->isFinished())
                                              next(result);
                                      });
    call->setAbort([c = QPointer<SshCommand>(c)] {
        if (c)
            c->cancel();
    });
}

void SshBatchProvider::whenReady(BatchCall *call, std::function<void(const Error &)> then)
{
    if (m_ready) {
        then({});
        return;
    }
    const QString probe = probeCommand();
    QString command = u"id -un"_s;
    if (!probe.isEmpty())
        command += u"; echo @@daas@@; "_s + probe;
    runStep(call, command, {}, [this, then = std::move(then)](const Result<SshOutput> &result) {
        if (!result) {
            then(result.error());
            return;
        }
        const QByteArray &out = result.value().standardOutput;
        const qsizetype marker = out.indexOf("@@daas@@\n");
        m_learnedUser = QString::fromUtf8(out.left(marker < 0 ? out.indexOf('\n') : marker)).trimmed();
        probed(marker < 0 ? QByteArray() : out.mid(marker + 9));
        m_ready = true;
        then({});
    });
}

bool SshBatchProvider::isJobId(const QString &id)
{
    static const QRegularExpression valid(u"^[0-9]{1,12}(_[0-9]{1,9}|\\[[0-9]{1,9}\\])?$"_s);
    return valid.match(id).hasMatch();
}

Error SshBatchProvider::invalidJobId(const QString &id) const
{
    return Error(Error::Kind::InvalidInput, tr("\"%1\" is not a %2 job id.").arg(id, schedulerName()));
}

Error SshBatchProvider::refused(const QString &what, const SshOutput &output, Error::Kind kind) const
{
    QString said = QString::fromUtf8(output.standardError).trimmed();
    if (said.isEmpty())
        said = QString::fromUtf8(output.standardOutput).trimmed();
    if (said.isEmpty())
        said = tr("exit code %1").arg(output.exitCode);
    return Error(kind, what).withServerMessage(schedulerName(), said).withDetail(said);
}

void SshBatchProvider::runJobCommand(BatchCall *call, const QString &command, const QString &id,
                                     const JobCommandWords &words, const Done &done)
{
    runStep(call, command + u' ' + SshConnection::shellQuote(id), {},
            [this, call, done, words, id](const Result<SshOutput> &result) {
                call->finish([&] {
                    if (!result) {
                        done(result.error());
                        return;
                    }
                    const QByteArray said = result->standardError + result->standardOutput;
                    const auto saysAny = [&said](const QByteArrayList &marks) {
                        return std::any_of(marks.cbegin(), marks.cend(),
                                           [&said](const QByteArray &m) { return said.contains(m); });
                    };
                    // the words first: scancel -v exits 0 for a job it does not know
                    if (saysAny(words.nothingToDo))
                        done({});
                    else if (saysAny(words.unknownMarks))
                        done(refused(unknownJob(id), *result, Error::Kind::NotFound));
                    else if (result->exitCode == 0)
                        done({});
                    else
                        done(refused(words.refusal, *result, Error::Kind::Conflict));
                });
            });
}

BatchCall *SshBatchProvider::readFile(const QString &path, qint64 offset, qint64 maxBytes,
                                      Callback<FileChunk> done)
{
    if (path.isEmpty() || path.contains(QChar(0)) || offset < 0)
        return failedCall(done, Error(Error::Kind::InvalidInput, tr("\"%1\" is not a file name.").arg(path)));
    auto *call = BatchCall::start(this, done);
    call->setProgress(tr("Reading %1…").arg(path));
    // the size first (one line), then the bytes from `offset`; exit 3: no such file
    const QString command =
        u"f=%1; [ -f \"$f\" ] || { echo \"$f: no such file\" >&2; exit 3; }; wc -c < \"$f\" && "
        "tail -c +%2 -- \"$f\" | head -c %3"_s.arg(SshConnection::shellQuote(path))
            .arg(offset + 1)
            .arg(qMax<qint64>(0, maxBytes));
    runStep(call, command, {}, [this, call, done, path, offset](const Result<SshOutput> &result) {
        call->finish([&] {
            if (!result) {
                done(result.error());
                return;
            }
            const SshOutput &out = result.value();
            if (out.exitCode == 3) {
                done(Error(Error::Kind::NotFound, tr("%1 does not exist on the cluster (yet).").arg(path)));
                return;
            }
            const qsizetype newline = out.standardOutput.indexOf('\n');
            bool sized = false;
            const qint64 size =
                newline < 0 ? -1 : out.standardOutput.left(newline).trimmed().toLongLong(&sized);
            if (out.exitCode != 0 || !sized) {
                done(
                    refused(tr("Could not read %1 on the cluster.").arg(path), out, Error::Kind::Permission));
                return;
            }
            FileChunk chunk;
            chunk.data = out.standardOutput.mid(newline + 1);
            // the file may have grown between wc and tail; a file shorter than the offset (truncated) keeps
            // its size, so that a reader notices
            chunk.fileSize = chunk.data.isEmpty() ? size : qMax(size, offset + chunk.data.size());
            done(chunk);
        });
    });
    return call;
}

} // namespace daas::jobs
