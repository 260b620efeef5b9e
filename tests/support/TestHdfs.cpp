#include "TestHdfs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace TestHdfs {

namespace {

QString stateDir() { return qEnvironmentVariable("OUTFLOW_HDFS_DIR"); }

QString operationUrl(const QString &path, const QString &op, const QString &user, const QString &query)
{
    QString url = baseUrl() + QStringLiteral("/webhdfs/v1") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/+=")) +
                  QStringLiteral("?op=%1&user.name=%2").arg(op, user);
    if (!query.isEmpty()) url += u'&' + query;
    return url;
}

/// curl with the HTTP status appended after a newline, so one process gives both.
Response curl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("60"),
                                                QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} +
                                        args);
    p.waitForFinished(90000);
    QByteArray out = p.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    Response r;
    r.status = out.mid(cut + 1).toInt();
    r.body = out.left(std::max<qsizetype>(cut, 0));
    return r;
}

/// Relative path → length of every file below `dir`; false when `dir` cannot be listed.
bool collect(const QString &dir, const QString &relative, QHash<QString, qint64> &out)
{
    const Response r = call("GET", dir, QStringLiteral("LISTSTATUS"), superuser());
    if (r.status != 200) return false;
    const QJsonArray entries =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("FileStatuses")).toObject().value(QStringLiteral("FileStatus")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("pathSuffix")).toString();
        const QString rel = relative.isEmpty() ? name : relative + u'/' + name;
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("DIRECTORY")) collect(dir + u'/' + name, rel, out);
        else out.insert(rel, qint64(o.value(QStringLiteral("length")).toDouble()));
    }
    return true;
}

} // namespace

QString baseUrl()
{
    QFile ports(stateDir() + QStringLiteral("/ports"));
    if (stateDir().isEmpty() || !ports.open(QIODevice::ReadOnly)) {
        qWarning("OUTFLOW_HDFS_DIR does not name a test HDFS cluster; run this test through ctest");
        return QStringLiteral("http://127.0.0.1:1");
    }
    // "<rpc port> <http port>", written by scripts/hdfs.sh
    return QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(ports.readAll()).split(u' ').value(1).trimmed());
}

QString superuser()
{
    static const QString owner = [] {
        const Response r = call("GET", QStringLiteral("/"), QStringLiteral("GETFILESTATUS"), QStringLiteral("nobody"));
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("FileStatus")).toObject().value(QStringLiteral("owner")).toString();
    }();
    return owner;
}

Response call(const QByteArray &verb, const QString &path, const QString &op, const QString &user, const QString &query)
{
    return curl({QStringLiteral("-X"), QString::fromLatin1(verb), operationUrl(path, op, user, query)});
}

bool makeFolder(const QString &path, const QString &owner, const QString &permission)
{
    const QString su = superuser();
    return call("PUT", path, QStringLiteral("MKDIRS"), su).status == 200 &&
           call("PUT", path, QStringLiteral("SETOWNER"), su, QStringLiteral("owner=") + owner).status == 200 &&
           call("PUT", path, QStringLiteral("SETPERMISSION"), su, QStringLiteral("permission=") + permission).status == 200;
}

bool writeFile(const QString &path, const QByteArray &content, const QString &user)
{
    // noredirect=true: the NameNode names the DataNode in a JSON body instead of a 307.
    const Response where = call("PUT", path, QStringLiteral("CREATE"), user, QStringLiteral("noredirect=true"));
    const QString location = QJsonDocument::fromJson(where.body).object().value(QStringLiteral("Location")).toString();
    if (where.status != 200 || location.isEmpty()) return false;
    QProcess p;
    p.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-X"), QStringLiteral("PUT"),
                                     QStringLiteral("--data-binary"), QStringLiteral("@-"), QStringLiteral("-H"),
                                     QStringLiteral("Content-Type: application/octet-stream"), location});
    p.write(content);
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

QByteArray readFile(const QString &path)
{
    const Response r = curl({QStringLiteral("-L"), operationUrl(path, QStringLiteral("OPEN"), superuser(), QString())});
    return r.status == 200 ? r.body : QByteArray();
}

QStringList listFiles(const QString &dir)
{
    QHash<QString, qint64> files;
    collect(dir, QString(), files);
    QStringList out = files.keys();
    std::sort(out.begin(), out.end());
    return out;
}

int auditedCalls(const QString &command, const QString &path, const QString &user)
{
    // scripts/hdfs.sh logs the NameNode's audit lines into cluster.log, one per call, e.g.
    // "... audit: allowed=true\tugi=alice (auth:SIMPLE)\tip=/127.0.0.1\tcmd=listStatus\tsrc=/a/b\t..."
    QFile log(stateDir() + QStringLiteral("/cluster.log"));
    if (!log.open(QIODevice::ReadOnly)) return -1;
    const QByteArray who = "\tugi=" + user.toUtf8() + " ";
    const QByteArray what = "\tcmd=" + command.toUtf8() + "\tsrc=";
    const QByteArray where = path.toUtf8();
    int count = 0;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        const qsizetype at = line.indexOf(what);
        if (at < 0 || !line.contains(who)) continue;
        const QByteArray src = line.mid(at + what.size()).split('\t').first();
        if (src == where || src.startsWith(where + '/')) ++count;
    }
    return count;
}

bool mirror(const QString &dir, const QString &localDir)
{
    QHash<QString, qint64> remote;
    if (!collect(dir, QString(), remote)) return call("GET", dir, QStringLiteral("GETFILESTATUS"), superuser()).status == 404;
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        const QString local = localDir + u'/' + it.key();
        if (QFileInfo(local).size() == it.value() && QFileInfo::exists(local)) continue;
        // A file still being written may read shorter than listed: the next pass reads it again.
        const QByteArray bytes = readFile(dir + u'/' + it.key());
        QDir().mkpath(QFileInfo(local).path());
        QFile f(local);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) return false;
    }
    QDirIterator it(localDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString local = it.next();
        if (!remote.contains(QDir(localDir).relativeFilePath(local))) QFile::remove(local);
    }
    return true;
}

bool clusterControl(const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/scripts/hdfs.sh"), {command});
    return p.waitForFinished(180000) && p.exitCode() == 0;
}

} // namespace TestHdfs
