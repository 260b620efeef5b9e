#include "WebHdfsClient.h"
#include "common/Messages.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QThreadStorage>

namespace outflow {

namespace {

constexpr int kAttempts = 5;
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 2000;
// A transfer timeout (no bytes moving for this long), not a deadline: a large upload to a slow
// DataNode is fine as long as it progresses.
constexpr int kTransferTimeoutMs = 30000;
// Best-effort clean-up gives up sooner: recovery deletes what it leaves behind.
constexpr int kCleanupTimeoutMs = 5000;

QThreadStorage<QNetworkAccessManager *> &managers()
{
    static QThreadStorage<QNetworkAccessManager *> storage;
    return storage;
}

/// The calling thread's manager. QNetworkAccessManager is a QObject bound to the thread that
/// made it, and reusing it keeps HTTP connections alive between calls. QThreadStorage deletes it
/// when a pool thread ends; the main thread's goes with the application object.
QNetworkAccessManager &manager()
{
    if (!managers().hasLocalData()) {
        managers().setLocalData(new QNetworkAccessManager);
        if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
            qAddPostRoutine([] { managers().setLocalData(nullptr); });
    }
    return *managers().localData();
}

void backoff(int attempt)
{
    QThread::msleep(ulong(std::min(kFirstBackoffMs << (attempt - 1), kMaxBackoffMs)));
}

// A path segment may hold '+' (file names do); a query value may not, because the NameNode
// decodes '+' in a query as a space. toPercentEncoding escapes it.
QString queryValue(const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value, "/")); }

} // namespace

/// One WebHDFS operation against the NameNode.
struct WebHdfsClient::Call
{
    QByteArray verb;
    QString path;
    const char *op = "";
    QList<QPair<QString, QString>> params;
    bool retry = true;
    int timeoutMs = kTransferTimeoutMs;
};

/// What one HTTP exchange produced.
struct WebHdfsClient::Reply
{
    /// 0 when no HTTP answer came (connection refused, timeout, connection closed).
    int httpStatus = 0;
    QString networkError;
    QByteArray body;
    QUrl location;
    /// From HDFS's `{"RemoteException":{"exception":…,"message":…}}` error body.
    QString exception;
    QString message;

    bool succeeded() const { return httpStatus >= 200 && httpStatus < 300; }
    bool retriable() const
    {
        // HDFS answers 403 for every IOException, including the ones that mean "ask again soon".
        static const QStringList tryAgain{QStringLiteral("SafeModeException"), QStringLiteral("RetriableException"),
                                          QStringLiteral("StandbyException")};
        return httpStatus == 0 || httpStatus >= 500 || tryAgain.contains(exception);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

WebHdfsClient::WebHdfsClient(const QUrl &nameNode, QString user)
    : m_nameNode(nameNode.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)),
      m_user(std::move(user))
{
}

QString WebHdfsClient::nameNodeUrl() const { return m_nameNode.toString(); }

QUrl WebHdfsClient::operationUrl(const QString &path, const char *op, const QList<QPair<QString, QString>> &params) const
{
    QUrl url = m_nameNode;
    url.setPath(QStringLiteral("/webhdfs/v1") + (path.startsWith(u'/') ? path : u'/' + path));
    QString query = QStringLiteral("op=%1&user.name=%2").arg(QLatin1String(op), queryValue(m_user));
    for (const auto &[name, value] : params) query += QStringLiteral("&%1=%2").arg(name, queryValue(value));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

WebHdfsClient::Reply WebHdfsClient::send(const Call &call, const QUrl &url, const QByteArray *body)
{
    QNetworkRequest request(url);
    // The NameNode's 307 must come back to us: following it would send the body to the NameNode
    // first, and Qt would not resend a PUT body to the DataNode anyway.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(call.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply *reply = body ? manager().sendCustomRequest(request, call.verb, *body) : manager().sendCustomRequest(request, call.verb);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Reply out;
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (out.httpStatus == 0) out.networkError = reply->errorString();
    out.body = reply->readAll();
    out.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    const QJsonObject remote = out.json().value(QStringLiteral("RemoteException")).toObject();
    out.exception = remote.value(QStringLiteral("exception")).toString();
    out.message = remote.value(QStringLiteral("message")).toString();
    reply->deleteLater();
    return out;
}

QString WebHdfsClient::failure(const Call &call, const QUrl &url, const Reply &reply, int attempts) const
{
    const QString what = QStringLiteral("%1 %2?op=%3")
                             .arg(QString::fromLatin1(call.verb), url.adjusted(QUrl::RemoveQuery).toString(), QLatin1String(call.op));
    const QString tries = attempts > 1 ? QStringLiteral(" (tried %1 times)").arg(attempts) : QString();
    if (reply.httpStatus == 0) return Messages::english(msg::kHdfsUnreachable, what, reply.networkError, tries);
    if (reply.exception == QLatin1String("AccessControlException"))
        return Messages::english(msg::kHdfsDenied, m_user, reply.message, what, reply.httpStatus);
    if (!reply.exception.isEmpty())
        return QStringLiteral("HDFS %1 failed: HTTP %2 %3: %4%5").arg(what).arg(reply.httpStatus).arg(reply.exception, reply.message, tries);
    // Not WebHDFS's JSON error: usually a URL that points at another server or port.
    return QStringLiteral("%1 answered HTTP %2 without a WebHDFS error%3; is %4 the NameNode's HTTP address (like http://namenode:9870)?")
        .arg(what)
        .arg(reply.httpStatus)
        .arg(tries, nameNodeUrl());
}

Result<WebHdfsClient::Reply> WebHdfsClient::perform(const Call &call) const
{
    const QUrl url = operationUrl(call.path, call.op, call.params);
    const int attempts = call.retry ? kAttempts : 1;
    for (int attempt = 1;; ++attempt) {
        Reply reply = send(call, url, nullptr);
        // 404 is an answer, not a failure: callers ask whether something exists.
        if (reply.succeeded() || reply.httpStatus == 307 || reply.exception == QLatin1String("FileNotFoundException"))
            return Result<Reply>::ok(std::move(reply));
        if (!reply.retriable() || attempt == attempts) return Result<Reply>::fail(failure(call, url, reply, attempt));
        backoff(attempt);
    }
}

Status WebHdfsClient::upload(const Call &call, const QByteArray &data, qint64 lengthBefore) const
{
    const bool creating = qstrcmp(call.op, "CREATE") == 0;
    const qint64 lengthAfter = lengthBefore + data.size();
    Call step = call;
    for (int attempt = 1;; ++attempt) {
        // Step 1: the NameNode answers 307 with the DataNode that takes the bytes. No body here,
        // so nothing is sent twice and the NameNode never carries data.
        auto redirect = perform(step);
        if (!redirect) return Status::fail(redirect.error());
        const QUrl nameNodeUrl = operationUrl(step.path, step.op, step.params);
        if (redirect->httpStatus != 307 || !redirect->location.isValid())
            return Status::fail(redirect->exception.isEmpty() ? QStringLiteral("%1 %2 did not redirect to a DataNode (HTTP %3)")
                                                                    .arg(QString::fromLatin1(step.verb), nameNodeUrl.adjusted(QUrl::RemoveQuery).toString())
                                                                    .arg(redirect->httpStatus)
                                                              : failure(step, nameNodeUrl, redirect.value(), 1));
        // Step 2: the bytes go to the DataNode, which writes them and closes the file.
        const Reply written = send(step, redirect->location, &data);
        if (written.succeeded()) return Status::ok();
        if (!written.retriable() || attempt == kAttempts) return Status::fail(failure(step, redirect->location, written, attempt));
        backoff(attempt);
        // The DataNode may have written the bytes before its answer got lost: look before trying
        // again, so a retry neither doubles nor truncates.
        auto now = status(call.path);
        if (!now) return Status::fail(now.error());
        const qint64 length = now.value() ? now.value()->length : -1;
        if (length == lengthAfter) return Status::ok();
        if (creating) {
            if (length >= 0) step.params << qMakePair(QStringLiteral("overwrite"), QStringLiteral("true"));
        } else if (length != lengthBefore) {
            return Status::fail(QStringLiteral("Appending to %1 on HDFS left it at %2 bytes, neither %3 nor %4; the file is given up")
                                    .arg(call.path)
                                    .arg(length)
                                    .arg(lengthBefore)
                                    .arg(lengthAfter));
        }
    }
}

Result<bool> WebHdfsClient::booleanCall(const Call &call) const
{
    auto reply = perform(call);
    if (!reply) return Result<bool>::fail(reply.error());
    if (!reply->exception.isEmpty()) return Result<bool>::fail(failure(call, operationUrl(call.path, call.op, call.params), reply.value(), 1));
    const QJsonValue value = reply->json().value(QStringLiteral("boolean"));
    if (!value.isBool())
        return Result<bool>::fail(QStringLiteral("%1 ?op=%2 on %3 gave an answer that is not WebHDFS's {\"boolean\":…}: %4")
                                      .arg(QString::fromLatin1(call.verb), QLatin1String(call.op), call.path,
                                           QString::fromUtf8(reply->body.left(200))));
    return Result<bool>::ok(value.toBool());
}

namespace {
HdfsFileStatus parseStatus(const QJsonObject &o)
{
    HdfsFileStatus s;
    s.name = o.value(QStringLiteral("pathSuffix")).toString();
    s.isDirectory = o.value(QStringLiteral("type")).toString() == QLatin1String("DIRECTORY");
    s.length = qint64(o.value(QStringLiteral("length")).toDouble());
    return s;
}
} // namespace

Result<std::optional<HdfsFileStatus>> WebHdfsClient::status(const QString &path) const
{
    using R = Result<std::optional<HdfsFileStatus>>;
    auto reply = perform({"GET", path, "GETFILESTATUS", {}});
    if (!reply) return R::fail(reply.error());
    if (!reply->exception.isEmpty()) return R::ok(std::nullopt);
    return R::ok(parseStatus(reply->json().value(QStringLiteral("FileStatus")).toObject()));
}

Result<std::optional<QList<HdfsFileStatus>>> WebHdfsClient::list(const QString &path) const
{
    using R = Result<std::optional<QList<HdfsFileStatus>>>;
    auto reply = perform({"GET", path, "LISTSTATUS", {}});
    if (!reply) return R::fail(reply.error());
    if (!reply->exception.isEmpty()) return R::ok(std::nullopt);
    QList<HdfsFileStatus> out;
    const QJsonArray entries =
        reply->json().value(QStringLiteral("FileStatuses")).toObject().value(QStringLiteral("FileStatus")).toArray();
    for (const QJsonValue &entry : entries) out << parseStatus(entry.toObject());
    return R::ok(out);
}

Status WebHdfsClient::mkdirs(const QString &path) const
{
    auto made = booleanCall({"PUT", path, "MKDIRS", {}});
    if (!made) return Status::fail(made.error());
    if (!made.value()) return Status::fail(QStringLiteral("HDFS could not create folder %1 at %2").arg(path, nameNodeUrl()));
    return Status::ok();
}

Status WebHdfsClient::create(const QString &path, const QByteArray &data, bool overwrite) const
{
    return upload({"PUT",
                   path,
                   "CREATE",
                   {{QStringLiteral("overwrite"), overwrite ? QStringLiteral("true") : QStringLiteral("false")},
                    {QStringLiteral("createparent"), QStringLiteral("false")}}},
                  data, 0);
}

Status WebHdfsClient::append(const QString &path, const QByteArray &data, qint64 lengthBefore) const
{
    return upload({"POST", path, "APPEND", {}}, data, lengthBefore);
}

Result<std::optional<QByteArray>> WebHdfsClient::read(const QString &path) const
{
    using R = Result<std::optional<QByteArray>>;
    const Call open{"GET", path, "OPEN", {}};
    auto answer = perform(open);
    if (!answer) return R::fail(answer.error());
    if (answer->exception == QLatin1String("FileNotFoundException")) return R::ok(std::nullopt);
    if (answer->httpStatus != 307) return R::ok(answer->body); // a NameNode that serves the bytes itself
    // The bytes come from the DataNode the NameNode names; a GET has no body to lose there.
    const Reply data = send(open, answer->location, nullptr);
    if (!data.succeeded()) return R::fail(failure(open, answer->location, data, 1));
    return R::ok(data.body);
}

Result<bool> WebHdfsClient::rename(const QString &from, const QString &to) const
{
    return booleanCall({"PUT", from, "RENAME", {{QStringLiteral("destination"), to}}});
}

Result<bool> WebHdfsClient::remove(const QString &path, bool recursive, bool retry) const
{
    return booleanCall({"DELETE",
                        path,
                        "DELETE",
                        {{QStringLiteral("recursive"), recursive ? QStringLiteral("true") : QStringLiteral("false")}},
                        retry,
                        retry ? kTransferTimeoutMs : kCleanupTimeoutMs});
}

} // namespace outflow
