#include "Messages.h"

#include <QRegularExpression>

#include <algorithm>

#include <vector>

namespace outflow {

namespace {

/// A template and how to read its arguments back out of an English text: `nested` lists the
/// arguments that are translated in turn, `words` those that never hold a space (a status, an
/// id, a number), which keeps "%1 → %2: %3" from reading a colon inside %3 as its own, and
/// `known` those that must be a template's text for the template to apply at all (so "%1: %2"
/// reads "Running: …" but leaves librdkafka's "Local: …" alone).
struct Entry
{
    const char *source;
    const char *nested = "";
    const char *words = "";
    const char *known = "";
};

const Entry kEntries[] = {
    {msg::kNameCharsDotDash},
    {msg::kNameChars},
    {msg::kCharSpace},
    {msg::kCharControl},
    {msg::kIdentifierEmpty, "13", "2"},
    {msg::kIdentifierTooLong, "1", "23"},
    {msg::kIdentifierBadChar, "124", "3"},
    {msg::kLabelTaskName},
    {msg::kLabelClusterName},
    {msg::kLabelWarehouseName},
    {msg::kLabelTopic},
    {msg::kLabelBid},
    {msg::kLabelTid},
    {msg::kLabelColumnName},
    {msg::kColumnsNotForFormat},
    {msg::kDelimitedFieldsOrColumns},
    {msg::kFormatNeedsColumn, "", "1"},
    {msg::kColumnNamedTwice},
    {msg::kColumnMetaMismatch},
    {msg::kColumnBadPath},
    {msg::kTopicDots},
    {msg::kTopicTooLong, "", "23"},
    {msg::kBootstrapEmpty},
    {msg::kBootstrapNotHostPort},
    {msg::kBootstrapBadHost, "2"},
    {msg::kBootstrapBadPort},
    {msg::kStartPositionInvalid},
    {msg::kDelimitedNeedsField},
    {msg::kDelimitedEmptyField},
    {msg::kSeparatorLength},
    {msg::kSeparatorChars},
    {msg::kSeparatorStart},
    {msg::kPartitionByNotPath},
    {msg::kSnappyTextFormat},
    {msg::kMaxFileBytes, "", "1"},
    {msg::kFlushInterval, "", "1"},
    {msg::kCloseGrace, "", "1"},
    {msg::kTimeZoneUnknown},
    {msg::kParallelism, "", "1"},
    {msg::kSecurityProtocol},
    {msg::kSaslMechanism, "", "1"},
    {msg::kPropertyName},
    {msg::kRegistryUserWithoutUrl},
    {msg::kRegistryUrl},
    {msg::kRegistryPortZero},
    {msg::kMetastoreUrl},
    {msg::kMetastorePort},
    {msg::kMetastoreOnlyHostPort},
    {msg::kLocalWarehouseDir},
    {msg::kWebHdfsUrl},
    {msg::kHdfsUser},
    {msg::kNoCluster},
    {msg::kNoWarehouse},
    {msg::kNoTask},
    {msg::kTaskNameTaken, "", "2"},
    {msg::kTaskChangedMeanwhile, "2", "12"},
    {msg::kTaskExists, "", "2"},
    {msg::kTableTaken, "", "123"},
    {msg::kNotPossibleWhile, "134", "23", "3"},
    {msg::kEither, "12", "1", "12"},
    {msg::kResetNotPossibleWhile, "2", "12", "2"},
    {msg::kTaskBusy, "", "1"},
    {msg::kChecksPassedAfter, "1"},
    {msg::kSavedButCreateFails, "13", "2"},
    {msg::kTransition, "12", "12", "12"},
    {msg::kTransitionDetail, "123", "12", "12"},
    {msg::kStatusDetail, "12", "1", "1"},
    {msg::kRetryIn, "1", "23"},
    {msg::kResetMove, "24", "13"},
    {msg::kResetNotStarted},
    {msg::kResetSkips, "2", "1"},
    {msg::kResetReadsAgain, "2", "1"},
    {msg::kResetWarehouseHolds, "2", "1"},
    {msg::kResetPastLogEnd, "2", "1"},
    {msg::kResetSummary, "2"},
    {msg::kLines, "12"},
    {msg::kResetCommitFailed, "1"},
    {msg::kResetNotRecorded, "12"},
    {msg::kStatusCreating},
    {msg::kStatusCreateFailed},
    {msg::kStatusRunning},
    {msg::kStatusPausing},
    {msg::kStatusPaused},
    {msg::kStatusResuming},
    {msg::kStatusError},
    {msg::kStatusRestarting},
    {msg::kStatusDeleting},
    {msg::kActionCreate},
    {msg::kActionPause},
    {msg::kActionStart},
    {msg::kActionRestart},
    {msg::kActionRetry},
    {msg::kActionDelete},
    {msg::kActionChangeSource},
    {msg::kActionChangeTarget},
    {msg::kActionResetPosition},
    {msg::kActionConsumerError},
    {msg::kActionRecordsLost},
    {msg::kActionHiveTableCreated},
    {msg::kActionHiveCaughtUp},
    {msg::kActionHiveWaits},
    {msg::kResultStarted},
    {msg::kResultOk},
    {msg::kResultFailed},
    {msg::kResultWarning},
    {msg::kClusterUnreachable},
    {msg::kTopicMissing},
    {msg::kClusterCallFailed, "1"},
    {msg::kCallConnecting},
    {msg::kCallReadingMetadata},
    {msg::kGroupCallFailed, "1"},
    {msg::kCallReadingCommitted},
    {msg::kCallReadingPartitionOffsets, "", "1"},
    {msg::kCallResolvingStart},
    {msg::kCallCommittingStart},
    {msg::kCallCommittingStartOf, "", "1"},
    {msg::kCannotCreateConsumer},
    {msg::kBrokersDown},
    {msg::kKafkaClusterSays},
    {msg::kKafkaSays},
    {msg::kConsumerErrorOn},
    {msg::kConsumerErrorLeftLog},
    {msg::kCannotSubscribe},
    {msg::kCommitOffsetsFailed},
    {msg::kAssignFailed},
    {msg::kPartitionQueueFailed, "", "2"},
    {msg::kOffItsQueue, "", "23"},
    {msg::kRetentionGap, "", "23456"},
    {msg::kNotOwner, "", "2"},
    {msg::kAnotherLogWayOut},
    {msg::kLogShorter, "7", "23456"},
    {msg::kOtherRecord, "6", "2345"},
    {msg::kDiskFull},
    {msg::kCannotWrite},
    {msg::kRootMissing},
    {msg::kRootNotFolder},
    {msg::kTableNotWritable},
    {msg::kCannotCreateFolder},
    {msg::kCannotCreateFolderNotFolder},
    {msg::kCannotCreateFolderNotWritable},
    {msg::kHdfsUnreachable},
    {msg::kHdfsDenied},
    {msg::kHdfsRootMissing},
    {msg::kHdfsRootNotFolder},
    {msg::kBadRecordFail},
    {msg::kCannotDecode},
};

/// A template as a pattern over English text.
struct Compiled
{
    const char *source = nullptr;
    QString prefix;      // the literal text before the first argument: a cheap first test
    int literalLength = 0; // more literal text is a more specific template
    int argCount = 0;
    QString nested;
    QString known;
    QRegularExpression pattern;
};

Compiled compile(const Entry &entry)
{
    Compiled c;
    c.source = entry.source;
    c.nested = QString::fromLatin1(entry.nested);
    c.known = QString::fromLatin1(entry.known);
    const QString words = QString::fromLatin1(entry.words);
    const QString text = QString::fromUtf8(entry.source);
    QString pattern;
    QString literal;
    bool seenArg = false;
    QList<int> seen;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const int n = text.at(i + 1).digitValue();
            ++i;
            pattern += QRegularExpression::escape(literal);
            c.literalLength += int(literal.size());
            if (!seenArg) c.prefix = literal;
            literal.clear();
            seenArg = true;
            const QString group = QStringLiteral("a%1").arg(n);
            if (seen.contains(n)) {
                pattern += QStringLiteral("\\k<%1>").arg(group);
            } else {
                seen << n;
                // A word (a status, an id, a number) takes all it can ("9" of "9 (skips…)", "3" of
                // "3; the warehouse…"); any other text as little as it can.
                const QString any = words.contains(QChar(u'0' + n)) ? QStringLiteral("[^\\s;,()]*") : QStringLiteral(".*?");
                pattern += QStringLiteral("(?<%1>%2)").arg(group, any);
            }
            c.argCount = qMax(c.argCount, n);
            continue;
        }
        literal += ch;
    }
    pattern += QRegularExpression::escape(literal);
    c.literalLength += int(literal.size());
    if (!seenArg) c.prefix = literal;
    c.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption);
    c.pattern.optimize();
    return c;
}

const std::vector<Compiled> &compiled()
{
    static const std::vector<Compiled> all = [] {
        std::vector<Compiled> out;
        for (const Entry &e : kEntries) out.push_back(compile(e));
        return out;
    }();
    return all;
}

} // namespace

QString Messages::substitute(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'%' && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += ch;
    }
    return out;
}

namespace {

/// The template that made `text`: of those that match, the one with the most literal text.
const Compiled *templateOf(const QString &text, QRegularExpressionMatch *match)
{
    const Compiled *best = nullptr;
    for (const Compiled &c : compiled()) {
        if (!text.startsWith(c.prefix) || (best && c.literalLength <= best->literalLength)) continue;
        QRegularExpressionMatch m = c.pattern.match(text);
        if (!m.hasMatch()) continue;
        const bool argsKnown = std::all_of(c.known.cbegin(), c.known.cend(), [&](QChar n) {
            const QString arg = m.captured(QStringLiteral("a") + n);
            return arg.size() < text.size() && templateOf(arg, nullptr);
        });
        if (!argsKnown) continue;
        best = &c;
        if (match) *match = m;
    }
    return best;
}

} // namespace

QString Messages::translate(const QString &english)
{
    if (english.isEmpty()) return english;
    QRegularExpressionMatch bestMatch;
    const Compiled *best = templateOf(english, &bestMatch);
    if (!best) return english;
    QStringList args;
    for (int n = 1; n <= best->argCount; ++n) {
        QString arg = bestMatch.captured(QStringLiteral("a%1").arg(n));
        // Each nested argument is shorter than the text it came from: the recursion ends.
        if (best->nested.contains(QChar(u'0' + n)) && arg.size() < english.size()) arg = translate(arg);
        args << arg;
    }
    return substitute(QCoreApplication::translate("Messages", best->source), args);
}

int Messages::templateCount() { return int(std::size(kEntries)); }

} // namespace outflow
