#include "CommitIndex.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace outflow {

Q_LOGGING_CATEGORY(lcCommitIndex, "outflow.commitindex")

namespace {
const QString kCompleteMarker = QStringLiteral(".index");
// Entries never end like table files: a reader globbing the table recursively
// (read_parquet('table/**/*.parquet')) must not take an entry for data.
const QString kEntrySuffix = QStringLiteral(".commit");
} // namespace

CommitIndex::CommitIndex(Warehouse &warehouse, QString bid, QString tid, QString topic, int partition)
    : m_warehouse(warehouse), m_bid(std::move(bid)), m_tid(std::move(tid)), m_topic(std::move(topic)), m_partition(partition)
{
}

QString CommitIndex::stagingFolder() const { return QStringLiteral("staging/%1+%2").arg(m_topic).arg(m_partition); }

QString CommitIndex::stagingDir() const { return FileNaming::ownFolder() + u'/' + stagingFolder(); }

QString CommitIndex::commitsFolder() const { return QStringLiteral("commits/%1+%2").arg(m_topic).arg(m_partition); }

QString CommitIndex::entryName(qint64 lastOffset, const QString &token)
{
    return QStringLiteral("%1.%2%3").arg(lastOffset, 20, 10, QChar(u'0')).arg(token, kEntrySuffix);
}

Status CommitIndex::writeEntry(const QString &name, const QList<StagedFile> &files)
{
    QByteArray content;
    for (const StagedFile &f : files) content += (f.relativeDir + u'\t' + f.finalName + u'\t' + f.tempName + u'\n').toUtf8();
    return m_warehouse.writeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + name, content);
}

Result<QList<CommitIndex::StagedFile>> CommitIndex::readEntry(const Entry &entry)
{
    using R = Result<QList<StagedFile>>;
    auto content = m_warehouse.readOwnFile(m_bid, m_tid, commitsFolder() + u'/' + entry.name);
    if (!content) return R::fail(content.error());
    QList<StagedFile> files;
    if (!content.value()) return R::ok(files); // removed meanwhile
    for (const QByteArray &line : content.value()->split('\n')) {
        if (line.isEmpty()) continue;
        const QList<QByteArray> parts = line.split('\t');
        const auto name = parts.size() == 3 ? FileNaming::parseFinalName(QString::fromUtf8(parts.at(1))) : std::nullopt;
        if (!name || name->topic != m_topic || name->partition != m_partition || parts.at(0).isEmpty()) {
            qCWarning(lcCommitIndex).noquote() << "unreadable commit entry" << entry.name << "of" << m_topic << m_partition;
            return R::ok({});
        }
        files << StagedFile{QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2))};
    }
    return R::ok(files);
}

Result<QSet<QString>> CommitIndex::stagedTemps()
{
    auto names = m_warehouse.listOwnFiles(m_bid, m_tid, stagingFolder());
    if (!names) return Result<QSet<QString>>::fail(names.error());
    QSet<QString> temps;
    for (const QString &name : names.value().value_or(QStringList()))
        if (FileNaming::isTempOf(name, m_topic, m_partition)) temps.insert(name);
    return Result<QSet<QString>>::ok(temps);
}

Result<qint64> CommitIndex::recover()
{
    using R = Result<qint64>;
    auto staged = stagedTemps();
    if (!staged) return R::fail(staged.error());
    auto position = find(true, staged.value());
    if (!position) return position;
    // What an interrupted commit did not claim is uncommitted by definition. Deleting it also
    // fences off a writer that still holds it: its rename now fails.
    for (const QString &temp : std::as_const(staged.value())) {
        if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, stagingFolder() + u'/' + temp); !s)
            return R::fail(QStringLiteral("Cannot remove stale temporary file %1: %2").arg(temp, s.error()));
    }
    return position;
}

Result<qint64> CommitIndex::position()
{
    auto staged = stagedTemps();
    if (!staged) return Result<qint64>::fail(staged.error());
    return find(false, staged.value());
}

Result<qint64> CommitIndex::find(bool tidy, QSet<QString> &staged)
{
    using R = Result<qint64>;
    auto names = m_warehouse.listOwnFiles(m_bid, m_tid, commitsFolder());
    if (!names) return R::fail(names.error());
    if (!names.value() || !names.value()->contains(kCompleteMarker)) return walkTable(tidy);
    if (tidy) {
        // An entry being written when its writer died (a local warehouse writes it aside first).
        for (const QString &name : *names.value()) {
            if (name.startsWith(u'.') && name.endsWith(QLatin1String(".tmp")))
                (void)m_warehouse.removeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + name);
        }
    }
    static const QRegularExpression entryName(QStringLiteral("^(\\d{20})\\.[A-Za-z0-9]+\\.commit$"));
    std::vector<Entry> entries;
    for (const QString &name : *names.value()) {
        const QRegularExpressionMatch m = entryName.match(name);
        if (m.hasMatch()) entries.push_back({name, m.captured(1).toLongLong()});
    }
    if (entries.empty()) return R::ok(-1); // complete and empty: nothing committed yet
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.lastOffset > b.lastOffset; });
    for (const Entry &entry : entries) {
        auto files = readEntry(entry);
        if (!files) return R::fail(files.error());
        int present = 0, gone = 0;
        QList<StagedFile> unpublished;
        for (const StagedFile &f : std::as_const(files.value())) {
            auto exists = m_warehouse.hasFile(m_bid, m_tid, f.relativeDir + u'/' + f.finalName);
            if (!exists) return R::fail(exists.error());
            if (exists.value()) ++present;
            else if (!f.tempName.isEmpty() && staged.contains(f.tempName)) unpublished << f;
            else ++gone;
        }
        if (gone == 0 && present + unpublished.size() > 0) {
            // Sealed before the announcement: completing the commit is what the writer would
            // have done next.
            for (const StagedFile &f : std::as_const(unpublished)) {
                if (tidy) {
                    if (Status s = m_warehouse.publishStaged(m_bid, m_tid, stagingDir(), f.tempName, f.relativeDir, f.finalName); !s)
                        return R::fail(s.error());
                    qCInfo(lcCommitIndex).noquote() << "completed an interrupted commit:" << f.relativeDir + u'/' + f.finalName;
                }
                staged.remove(f.tempName);
            }
            if (tidy) m_lastEntry = entry.name;
            return R::ok(entry.lastOffset + 1);
        }
        if (present == 0 && unpublished.isEmpty()) {
            // Announced, nothing of it anywhere: the writer was fenced off (or crashed) before
            // its renames, and its staged files were deleted by the recovery that took over.
            if (tidy) {
                if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + entry.name); !s) return R::fail(s.error());
            }
            continue;
        }
        qCWarning(lcCommitIndex).noquote() << "commit" << entry.name << "of" << m_topic << m_partition
                                           << "names files that are gone (deleted by hand?); walking the table";
        return walkTable(tidy);
    }
    // Entries, but none of their files: deleted by hand or by a retention job. The table
    // itself says what is left.
    qCWarning(lcCommitIndex).noquote() << "none of the" << entries.size() << "commit entries of" << m_topic << m_partition
                                       << "names an existing file; walking the table";
    return walkTable(tidy);
}

Result<qint64> CommitIndex::walkTable(bool seed)
{
    using R = Result<qint64>;
    if (seed) {
        // Temporary files of versions that wrote them beside the data, and staged ones, once.
        if (auto discarded = m_warehouse.discardTempFiles(m_bid, m_tid, m_topic, m_partition); !discarded) return R::fail(discarded.error());
    }
    auto files = m_warehouse.committedFiles(m_bid, m_tid, m_topic, m_partition);
    if (!files) return R::fail(files.error());
    const CommittedFile *last = nullptr;
    for (const CommittedFile &f : files.value())
        if (!last || f.name.lastOffset > last->name.lastOffset) last = &f;
    if (seed) {
        if (last) {
            const QString entry = entryName(last->name.lastOffset, QStringLiteral("seed"));
            if (Status s = writeEntry(entry, {StagedFile{last->relativeDir, FileNaming::finalName(last->name), {}}}); !s)
                return R::fail(s.error());
            m_lastEntry = entry;
        }
        if (Status s = m_warehouse.writeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + kCompleteMarker, {}); !s) return R::fail(s.error());
    }
    return R::ok(last ? last->name.lastOffset + 1 : -1);
}

Status CommitIndex::announce(qint64 lastOffset, const QList<StagedFile> &files)
{
    // The token keeps a fenced-off writer's late announcement from replacing the entry of the
    // owner's commit that ends at the same offset.
    m_announcedEntry = entryName(lastOffset, QUuid::createUuid().toString(QUuid::Id128).left(12));
    return writeEntry(m_announcedEntry, files);
}

void CommitIndex::settle()
{
    if (m_announcedEntry.isEmpty()) return;
    if (!m_lastEntry.isEmpty() && m_lastEntry != m_announcedEntry) {
        // Only tidiness: an older entry whose files exist is harmless (recovery takes the
        // newest), so a failure here stops nothing.
        if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + m_lastEntry); !s)
            qCWarning(lcCommitIndex).noquote() << "cannot remove the old commit entry" << m_lastEntry << ":" << s.error();
    }
    m_lastEntry = m_announcedEntry;
    m_announcedEntry.clear();
}

} // namespace outflow
