#include "CommitIndex.h"

#include <QLoggingCategory>

#include <algorithm>

namespace outflow {

Q_LOGGING_CATEGORY(lcCommitIndex, "outflow.commitindex")

namespace {
const QString kCompleteMarker = QStringLiteral(".index");
// Folder names (dt=…, hr=…, _deadletter) and final names never hold '@': topic names are
// [A-Za-z0-9._-] (Validation), so the last '@' separates the folder from the file name.
constexpr QChar kFolderSeparator = u'@';
// Entries must not look like table files: a reader globbing the table recursively
// (read_parquet('table/**/*.parquet')) would take an empty entry for a broken data file.
const QString kEntrySuffix = QStringLiteral(".commit");
} // namespace

CommitIndex::CommitIndex(Warehouse &warehouse, QString bid, QString tid, QString topic, int partition)
    : m_warehouse(warehouse), m_bid(std::move(bid)), m_tid(std::move(tid)), m_topic(std::move(topic)), m_partition(partition)
{
}

QString CommitIndex::stagingDir() const
{
    return FileNaming::ownFolder() + QStringLiteral("/staging/%1+%2").arg(m_topic).arg(m_partition);
}

QString CommitIndex::commitsFolder() const { return QStringLiteral("commits/%1+%2").arg(m_topic).arg(m_partition); }

QString CommitIndex::entryName(const QString &relativeDir, const QString &fileName) const
{
    QString folder = relativeDir;
    folder.replace(u'/', kFolderSeparator);
    return commitsFolder() + u'/' + folder + kFolderSeparator + fileName + kEntrySuffix;
}

std::optional<CommitIndex::Entry> CommitIndex::parseEntry(const QString &name) const
{
    const qsizetype cut = name.lastIndexOf(kFolderSeparator);
    if (cut <= 0 || !name.endsWith(kEntrySuffix)) return std::nullopt;
    const auto parsed = FileNaming::parseFinalName(name.mid(cut + 1, name.size() - cut - 1 - kEntrySuffix.size()));
    if (!parsed || parsed->topic != m_topic || parsed->partition != m_partition) return std::nullopt;
    QString folder = name.left(cut);
    folder.replace(kFolderSeparator, u'/');
    return Entry{commitsFolder() + u'/' + name, CommittedFile{folder, *parsed}};
}

Result<int> CommitIndex::discardStaged()
{
    const QString folder = stagingDir().mid(FileNaming::ownFolder().size() + 1);
    auto names = m_warehouse.listOwnFiles(m_bid, m_tid, folder);
    if (!names) return Result<int>::fail(names.error());
    int removed = 0;
    for (const QString &name : names.value().value_or(QStringList())) {
        if (!FileNaming::isTempOf(name, m_topic, m_partition)) continue;
        // On HDFS this also deletes a file another writer still has open: its later RENAME
        // fails, which is what fences that writer off.
        if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, folder + u'/' + name); !s)
            return Result<int>::fail(QStringLiteral("Cannot remove stale temporary file %1: %2").arg(name, s.error()));
        ++removed;
    }
    return Result<int>::ok(removed);
}

Result<qint64> CommitIndex::recover()
{
    if (auto discarded = discardStaged(); !discarded) return Result<qint64>::fail(discarded.error());
    return find(true);
}

Result<qint64> CommitIndex::position() { return find(false); }

Result<qint64> CommitIndex::find(bool tidy)
{
    using R = Result<qint64>;
    auto names = m_warehouse.listOwnFiles(m_bid, m_tid, commitsFolder());
    if (!names) return R::fail(names.error());
    if (!names.value() || !names.value()->contains(kCompleteMarker)) return walkTable(tidy);
    std::vector<Entry> entries;
    for (const QString &name : *names.value()) {
        if (auto entry = parseEntry(name)) entries.push_back(*entry);
    }
    if (entries.empty()) return R::ok(-1); // complete and empty: nothing committed yet
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.file.name.lastOffset > b.file.name.lastOffset; });
    for (const Entry &entry : entries) {
        auto exists = m_warehouse.hasFile(m_bid, m_tid, entry.file.relativeDir + u'/' + FileNaming::finalName(entry.file.name));
        if (!exists) return R::fail(exists.error());
        if (exists.value()) {
            if (tidy) m_lastEntry = entry.name;
            return R::ok(entry.file.name.lastOffset + 1);
        }
        // Announced, never renamed: the writer crashed or was fenced off in between.
        if (tidy) {
            if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, entry.name); !s) return R::fail(s.error());
        }
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
        // Temporary files of versions that wrote them beside the data, once.
        if (auto discarded = m_warehouse.discardTempFiles(m_bid, m_tid, m_topic, m_partition); !discarded) return R::fail(discarded.error());
    }
    auto files = m_warehouse.committedFiles(m_bid, m_tid, m_topic, m_partition);
    if (!files) return R::fail(files.error());
    const CommittedFile *last = nullptr;
    for (const CommittedFile &f : files.value())
        if (!last || f.name.lastOffset > last->name.lastOffset) last = &f;
    if (seed) {
        if (last) {
            const QString entry = entryName(last->relativeDir, FileNaming::finalName(last->name));
            if (Status s = m_warehouse.writeOwnFile(m_bid, m_tid, entry, {}); !s) return R::fail(s.error());
            m_lastEntry = entry;
        }
        if (Status s = m_warehouse.writeOwnFile(m_bid, m_tid, commitsFolder() + u'/' + kCompleteMarker, {}); !s) return R::fail(s.error());
    }
    return R::ok(last ? last->name.lastOffset + 1 : -1);
}

Status CommitIndex::announce(const QString &relativeDir, const QString &fileName)
{
    m_announcedEntry = entryName(relativeDir, fileName);
    return m_warehouse.writeOwnFile(m_bid, m_tid, m_announcedEntry, {});
}

void CommitIndex::settle()
{
    if (m_announcedEntry.isEmpty()) return;
    if (!m_lastEntry.isEmpty() && m_lastEntry != m_announcedEntry) {
        // Only tidiness: an extra entry whose file exists is harmless (recovery takes the
        // highest), so a failure here stops nothing.
        if (Status s = m_warehouse.removeOwnFile(m_bid, m_tid, m_lastEntry); !s)
            qCWarning(lcCommitIndex).noquote() << "cannot remove the old commit entry" << m_lastEntry << ":" << s.error();
    }
    m_lastEntry = m_announcedEntry;
    m_announcedEntry.clear();
}

} // namespace outflow
