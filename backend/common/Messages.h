#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <concepts>

namespace outflow {

/// Backend messages that reach the console in its language (issue 16 §2), while everything else
/// keeps them in English: the CLI's output, the logs and the catalog (so a Chinese console and an
/// English `outflow-engine` can share one catalog and old catalogs read as before).
///
/// The backend makes its messages from the templates below with `english()`: the text it returns,
/// stores and prints is always English. The console passes whatever backend text it shows through
/// `translate()`, which recognises the templates in it (also in text stored by an older Outflow,
/// and in the arguments of another template, e.g. a create failure inside an action-history
/// entry) and renders them with QCoreApplication::translate — English when no translator is
/// installed, which is the CLI's case. Text that no template produced (librdkafka's reasons, file
/// names, user input) passes through unchanged.
///
/// Every template lives here, in one place: `translate()` can only recognise what it knows, and
/// `update_translations` finds them all in this file (context "Messages").
class Messages final
{
    Q_DECLARE_TR_FUNCTIONS(Messages)

public:
    /// `source` is one of the msg:: templates; `%1`…`%9` are replaced by the arguments in one pass
    /// (numbers as QString::number writes them).
    template <typename... Args>
    static QString english(const char *source, const Args &...args)
    {
        return substitute(QString::fromUtf8(source), QStringList{argText(args)...});
    }
    /// The console's rendering of a backend text: translated where templates made it, else as is.
    static QString translate(const QString &english);
    /// `%1`…`%9` of `text` replaced by `args` in one pass (an argument's own `%n` stays).
    static QString substitute(const QString &text, const QStringList &args);
    /// How many templates translate() knows (a test checks this file lists each of them there).
    static int templateCount();

private:
    static QString argText(const QString &s) { return s; }
    static QString argText(QLatin1StringView s) { return QString(s); }
    static QString argText(QChar c) { return QString(c); }
    static QString argText(double d) { return QString::number(d); }
    template <std::integral T>
    static QString argText(T n) { return QString::number(n); }
};

/// The templates. Arguments marked "nested" in Messages.cpp are themselves translated when they
/// are a template's text (a label such as "Task name", a status, another message); the others
/// (names, numbers, paths, librdkafka's words) never are.
namespace msg {

// ---- Validation (PRODUCT.md section 2) ----
inline constexpr char kNameCharsDotDash[] = QT_TRANSLATE_NOOP("Messages", "letters, digits, '_', '.' and '-'");
inline constexpr char kNameChars[] = QT_TRANSLATE_NOOP("Messages", "letters, digits and '_'");
inline constexpr char kCharSpace[] = QT_TRANSLATE_NOOP("Messages", "a space");
inline constexpr char kCharControl[] = QT_TRANSLATE_NOOP("Messages", "control character U+%1");
inline constexpr char kIdentifierEmpty[] = QT_TRANSLATE_NOOP("Messages", "%1 is empty; use 1 to %2 characters: %3");
inline constexpr char kIdentifierTooLong[] = QT_TRANSLATE_NOOP("Messages", "%1 is %2 characters long; the limit is %3");
inline constexpr char kIdentifierBadChar[] = QT_TRANSLATE_NOOP("Messages", "%1 contains %2 at position %3; only %4 are allowed");
inline constexpr char kLabelTaskName[] = QT_TRANSLATE_NOOP("Messages", "Task name");
inline constexpr char kLabelClusterName[] = QT_TRANSLATE_NOOP("Messages", "Cluster name");
inline constexpr char kLabelWarehouseName[] = QT_TRANSLATE_NOOP("Messages", "Warehouse name");
inline constexpr char kLabelTopic[] = QT_TRANSLATE_NOOP("Messages", "Topic");
inline constexpr char kLabelBid[] = QT_TRANSLATE_NOOP("Messages", "BID");
inline constexpr char kLabelTid[] = QT_TRANSLATE_NOOP("Messages", "TID");
inline constexpr char kLabelColumnName[] = QT_TRANSLATE_NOOP("Messages", "Column name \"%1\"");
inline constexpr char kColumnsNotForFormat[] =
    QT_TRANSLATE_NOOP("Messages", "target.columns apply to the parquet, orc and delimited formats");
inline constexpr char kDelimitedFieldsOrColumns[] = QT_TRANSLATE_NOOP("Messages", "The delimited format takes fields or columns, not both");
inline constexpr char kFormatNeedsColumn[] = QT_TRANSLATE_NOOP("Messages", "The %1 format needs at least one column");
inline constexpr char kColumnNamedTwice[] =
    QT_TRANSLATE_NOOP("Messages", "Column \"%1\" is named twice (names are compared ignoring case, as Hive does)");
inline constexpr char kColumnMetaMismatch[] = QT_TRANSLATE_NOOP("Messages", "Column \"%1\" holds the record's %2, which does not fit type %3");
inline constexpr char kColumnBadPath[] =
    QT_TRANSLATE_NOOP("Messages", "Column \"%1\" has the path \"%2\"; a path is field names joined by dots, such as buyer.city");
inline constexpr char kTopicDots[] = QT_TRANSLATE_NOOP("Messages", "Topic cannot be \".\" or \"..\"");
inline constexpr char kTopicTooLong[] =
    QT_TRANSLATE_NOOP("Messages", "Topic \"%1…\" has %2 characters; Outflow dumps topics of at most %3, because its file names carry "
                                  "the topic and must stay within the file system's 255 bytes");
inline constexpr char kBootstrapEmpty[] = QT_TRANSLATE_NOOP("Messages", "Bootstrap servers are empty; expected host:port[,host:port]");
inline constexpr char kBootstrapNotHostPort[] = QT_TRANSLATE_NOOP("Messages", "Bootstrap server \"%1\" is not host:port");
inline constexpr char kBootstrapBadHost[] = QT_TRANSLATE_NOOP("Messages", "Bootstrap server \"%1\" has %2 in its host name");
inline constexpr char kBootstrapBadPort[] = QT_TRANSLATE_NOOP("Messages", "Bootstrap server \"%1\" has port \"%2\"; ports are 1-65535");
inline constexpr char kStartPositionInvalid[] =
    QT_TRANSLATE_NOOP("Messages", "Start position \"%1\" is not earliest, latest or an ISO-8601 date-time such as 2026-01-31T08:00:00Z");
inline constexpr char kDelimitedNeedsField[] = QT_TRANSLATE_NOOP("Messages", "The delimited format needs at least one field to write");
inline constexpr char kDelimitedEmptyField[] = QT_TRANSLATE_NOOP("Messages", "Field names of the delimited format cannot be empty");
inline constexpr char kSeparatorLength[] = QT_TRANSLATE_NOOP("Messages", "Separator must be 1 to 8 characters");
inline constexpr char kSeparatorChars[] = QT_TRANSLATE_NOOP("Messages", "Separator cannot contain a line break or a backslash");
inline constexpr char kSeparatorStart[] =
    QT_TRANSLATE_NOOP("Messages", "Separator cannot start with 'n', 'r' or 'N': escaped, it would read as a line break or as NULL (\\N)");
inline constexpr char kPartitionByNotPath[] =
    QT_TRANSLATE_NOOP("Messages", "partitionBy.field \"%1\" is not a path: field names joined by dots, such as event.time");
inline constexpr char kSnappyTextFormat[] =
    QT_TRANSLATE_NOOP("Messages", "snappy compression is for the parquet and orc formats; text files take none, gzip or zstd");
inline constexpr char kMaxFileBytes[] = QT_TRANSLATE_NOOP("Messages", "maxFileBytes must be at least 1024, not %1");
inline constexpr char kFlushInterval[] = QT_TRANSLATE_NOOP("Messages", "flushIntervalSec must be 1 to 86400, not %1");
inline constexpr char kCloseGrace[] = QT_TRANSLATE_NOOP("Messages", "closeGraceSec must be 0 to 86400, not %1");
inline constexpr char kTimeZoneUnknown[] =
    QT_TRANSLATE_NOOP("Messages", "Time zone \"%1\" is not known (use an IANA name such as UTC or Asia/Shanghai)");
inline constexpr char kParallelism[] = QT_TRANSLATE_NOOP("Messages", "parallelism must be 1 to 256, not %1");
inline constexpr char kSecurityProtocol[] = QT_TRANSLATE_NOOP("Messages", "Security protocol \"%1\" is not one of %2");
inline constexpr char kSaslMechanism[] = QT_TRANSLATE_NOOP("Messages", "%1 needs a SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)");
inline constexpr char kPropertyName[] = QT_TRANSLATE_NOOP("Messages", "Property name \"%1\" is not valid");
inline constexpr char kRegistryUserWithoutUrl[] = QT_TRANSLATE_NOOP("Messages", "A schema registry user needs a schema registry URL");
inline constexpr char kRegistryUrl[] =
    QT_TRANSLATE_NOOP("Messages", "Schema registry URL \"%1\" must look like http://host:8081 (credentials go in the user and password "
                                  "fields)");
inline constexpr char kRegistryPortZero[] = QT_TRANSLATE_NOOP("Messages", "Schema registry URL \"%1\" has port 0; ports are 1-65535");
inline constexpr char kMetastoreUrl[] = QT_TRANSLATE_NOOP("Messages", "Hive Metastore \"%1\" must look like thrift://host:9083");
inline constexpr char kMetastorePort[] = QT_TRANSLATE_NOOP("Messages", "Hive Metastore \"%1\" needs a port 1 to 65535, like thrift://host:9083");
inline constexpr char kMetastoreOnlyHostPort[] = QT_TRANSLATE_NOOP("Messages", "Hive Metastore \"%1\" must be only thrift://host:port");
inline constexpr char kLocalWarehouseDir[] =
    QT_TRANSLATE_NOOP("Messages", "Local warehouse directory must be an absolute path, not \"%1\"");
inline constexpr char kWebHdfsUrl[] = QT_TRANSLATE_NOOP("Messages", "WebHDFS URL \"%1\" must look like http://namenode:9870");
inline constexpr char kHdfsUser[] = QT_TRANSLATE_NOOP("Messages", "HDFS warehouse needs a user name");

// ---- Catalog look-ups a Create or an edit runs into ----
inline constexpr char kNoCluster[] = QT_TRANSLATE_NOOP("Messages", "no Kafka cluster named \"%1\"");
inline constexpr char kNoWarehouse[] = QT_TRANSLATE_NOOP("Messages", "no warehouse named \"%1\"");
inline constexpr char kNoTask[] = QT_TRANSLATE_NOOP("Messages", "no task with id or name \"%1\"");
inline constexpr char kTaskNameTaken[] = QT_TRANSLATE_NOOP("Messages", "a task named \"%1\" already exists (%2)");
inline constexpr char kTaskChangedMeanwhile[] =
    QT_TRANSLATE_NOOP("Messages", "task %1 was changed by another process meanwhile (now %2); nothing was written, try again");

// ---- Task lifecycle (Engine): refusals, create failures, action history ----
inline constexpr char kTaskExists[] = QT_TRANSLATE_NOOP("Messages", "A task named \"%1\" already exists (%2)");
inline constexpr char kTableTaken[] =
    QT_TRANSLATE_NOOP("Messages", "Task %1 (%2) already dumps topic %3 into that table (%4); two tasks cannot write the same files");
inline constexpr char kNotPossibleWhile[] = QT_TRANSLATE_NOOP("Messages", "%1 is not possible while task %2 is %3 (only when %4)");
inline constexpr char kEither[] = QT_TRANSLATE_NOOP("Messages", "%1 or %2");
inline constexpr char kResetNotPossibleWhile[] =
    QT_TRANSLATE_NOOP("Messages", "Reset position is not possible while task %1 is %2 (only when Paused or Error)");
inline constexpr char kTaskBusy[] = QT_TRANSLATE_NOOP("Messages", "Task %1 is busy starting or stopping; try again in a moment");
inline constexpr char kChecksPassedAfter[] = QT_TRANSLATE_NOOP("Messages", "checks passed after %1");
inline constexpr char kSavedButCreateFails[] = QT_TRANSLATE_NOOP("Messages", "%1 was saved, but task %2 still cannot be created: %3");
inline constexpr char kTransition[] = QT_TRANSLATE_NOOP("Messages", "%1 → %2");
inline constexpr char kTransitionDetail[] = QT_TRANSLATE_NOOP("Messages", "%1 → %2: %3");
inline constexpr char kStatusDetail[] = QT_TRANSLATE_NOOP("Messages", "%1: %2");
inline constexpr char kRetryIn[] = QT_TRANSLATE_NOOP("Messages", "%1 (retry %2 in %3 s)");
inline constexpr char kResetMove[] = QT_TRANSLATE_NOOP("Messages", "partition %1: %2 → %3%4");
inline constexpr char kResetNotStarted[] = QT_TRANSLATE_NOOP("Messages", "not started yet");
// The notes of a move follow each other: each ends with the rest of the line (%2, maybe empty).
inline constexpr char kResetSkips[] = QT_TRANSLATE_NOOP("Messages", " (skips %1 records)%2");
inline constexpr char kResetReadsAgain[] = QT_TRANSLATE_NOOP("Messages", " (reads %1 records again)%2");
inline constexpr char kResetWarehouseHolds[] = QT_TRANSLATE_NOOP("Messages", "; the warehouse holds up to %1, which is not written again%2");
inline constexpr char kResetPastLogEnd[] =
    QT_TRANSLATE_NOOP("Messages", "; still past the log end (%1): only a new table (Change target) dumps this log%2");
inline constexpr char kResetSummary[] = QT_TRANSLATE_NOOP("Messages", "to %1:\n%2");
inline constexpr char kLines[] = QT_TRANSLATE_NOOP("Messages", "%1\n%2");
inline constexpr char kResetCommitFailed[] =
    QT_TRANSLATE_NOOP("Messages", "%1 (is the task running on another engine? Pause it there first)");
inline constexpr char kResetNotRecorded[] = QT_TRANSLATE_NOOP("Messages", "The position was reset (%1), but recording it failed: %2");

// Task states, as the catalog and the CLI name them.
inline constexpr char kStatusCreating[] = QT_TRANSLATE_NOOP("Messages", "Creating");
inline constexpr char kStatusCreateFailed[] = QT_TRANSLATE_NOOP("Messages", "CreateFailed");
inline constexpr char kStatusRunning[] = QT_TRANSLATE_NOOP("Messages", "Running");
inline constexpr char kStatusPausing[] = QT_TRANSLATE_NOOP("Messages", "Pausing");
inline constexpr char kStatusPaused[] = QT_TRANSLATE_NOOP("Messages", "Paused");
inline constexpr char kStatusResuming[] = QT_TRANSLATE_NOOP("Messages", "Resuming");
inline constexpr char kStatusError[] = QT_TRANSLATE_NOOP("Messages", "Error");
inline constexpr char kStatusRestarting[] = QT_TRANSLATE_NOOP("Messages", "Restarting");
inline constexpr char kStatusDeleting[] = QT_TRANSLATE_NOOP("Messages", "Deleting");

// Action-history labels: the action and its result.
inline constexpr char kActionCreate[] = QT_TRANSLATE_NOOP("Messages", "Create");
inline constexpr char kActionPause[] = QT_TRANSLATE_NOOP("Messages", "Pause");
inline constexpr char kActionStart[] = QT_TRANSLATE_NOOP("Messages", "Start");
inline constexpr char kActionRestart[] = QT_TRANSLATE_NOOP("Messages", "Restart");
inline constexpr char kActionRetry[] = QT_TRANSLATE_NOOP("Messages", "Retry");
inline constexpr char kActionDelete[] = QT_TRANSLATE_NOOP("Messages", "Delete");
inline constexpr char kActionChangeSource[] = QT_TRANSLATE_NOOP("Messages", "Change source");
inline constexpr char kActionChangeTarget[] = QT_TRANSLATE_NOOP("Messages", "Change target");
inline constexpr char kActionResetPosition[] = QT_TRANSLATE_NOOP("Messages", "Reset position");
inline constexpr char kActionConsumerError[] = QT_TRANSLATE_NOOP("Messages", "Consumer error");
inline constexpr char kActionRecordsLost[] = QT_TRANSLATE_NOOP("Messages", "Records lost to retention");
inline constexpr char kActionHiveTableCreated[] = QT_TRANSLATE_NOOP("Messages", "Hive table created");
inline constexpr char kActionHiveCaughtUp[] = QT_TRANSLATE_NOOP("Messages", "Hive registration caught up");
inline constexpr char kActionHiveWaits[] = QT_TRANSLATE_NOOP("Messages", "Hive registration waits");
inline constexpr char kResultStarted[] = QT_TRANSLATE_NOOP("Messages", "started");
inline constexpr char kResultOk[] = QT_TRANSLATE_NOOP("Messages", "ok");
inline constexpr char kResultFailed[] = QT_TRANSLATE_NOOP("Messages", "failed");
inline constexpr char kResultWarning[] = QT_TRANSLATE_NOOP("Messages", "warning");

// ---- Kafka ----
inline constexpr char kClusterUnreachable[] = QT_TRANSLATE_NOOP("Messages", "Cannot reach Kafka cluster \"%1\" at %2 within %3 s: %4");
inline constexpr char kTopicMissing[] = QT_TRANSLATE_NOOP("Messages", "Topic \"%1\" does not exist on Kafka cluster \"%2\" (%3)");
inline constexpr char kClusterCallFailed[] = QT_TRANSLATE_NOOP("Messages", "%1 on Kafka cluster \"%2\" (%3) failed: %4");
inline constexpr char kCallConnecting[] = QT_TRANSLATE_NOOP("Messages", "Connecting");
inline constexpr char kCallReadingMetadata[] = QT_TRANSLATE_NOOP("Messages", "Reading metadata");
inline constexpr char kGroupCallFailed[] = QT_TRANSLATE_NOOP("Messages", "%1 of topic %2 failed: %3");
inline constexpr char kCallReadingCommitted[] = QT_TRANSLATE_NOOP("Messages", "Reading the committed offsets");
inline constexpr char kCallReadingPartitionOffsets[] = QT_TRANSLATE_NOOP("Messages", "Reading the offsets of partition %1");
inline constexpr char kCallResolvingStart[] = QT_TRANSLATE_NOOP("Messages", "Resolving the start time %1");
inline constexpr char kCallCommittingStart[] = QT_TRANSLATE_NOOP("Messages", "Committing the start position");
inline constexpr char kCallCommittingStartOf[] = QT_TRANSLATE_NOOP("Messages", "Committing the start position of partition %1");
inline constexpr char kCannotCreateConsumer[] = QT_TRANSLATE_NOOP("Messages", "Cannot create a Kafka consumer: %1");
// A running task's Kafka errors (SinkWorker).
inline constexpr char kBrokersDown[] = QT_TRANSLATE_NOOP("Messages", "All brokers of Kafka cluster \"%1\" (%2) are down: %3");
inline constexpr char kKafkaClusterSays[] = QT_TRANSLATE_NOOP("Messages", "Kafka cluster \"%1\": %2");
inline constexpr char kKafkaSays[] = QT_TRANSLATE_NOOP("Messages", "Kafka: %1");
inline constexpr char kConsumerErrorOn[] = QT_TRANSLATE_NOOP("Messages", "Kafka consumer error on %1: %2");
inline constexpr char kConsumerErrorLeftLog[] =
    QT_TRANSLATE_NOOP("Messages", "Kafka consumer error on %1: %2 (the position left the log: retention or truncation; the task restarts "
                                  "from its committed files)");
inline constexpr char kCannotSubscribe[] = QT_TRANSLATE_NOOP("Messages", "Cannot subscribe to %1: %2");
inline constexpr char kCommitOffsetsFailed[] = QT_TRANSLATE_NOOP("Messages", "Committing offsets to Kafka failed: %1");
inline constexpr char kAssignFailed[] = QT_TRANSLATE_NOOP("Messages", "Assigning partitions failed: %1");
inline constexpr char kPartitionQueueFailed[] = QT_TRANSLATE_NOOP("Messages", "Cannot open the queue of partition %1/%2");
inline constexpr char kOffItsQueue[] =
    QT_TRANSLATE_NOOP("Messages", "%1/%2 offset %3 arrived on the consumer queue instead of its partition's queue; the task restarts from "
                                  "its committed files");
inline constexpr char kRetentionGap[] =
    QT_TRANSLATE_NOOP("Messages", "%1/%2: offsets %3 to %4 (%5 records) were deleted from Kafka before they were dumped; continuing at "
                                  "offset %6");
inline constexpr char kNotOwner[] =
    QT_TRANSLATE_NOOP("Messages", "Not committing a file of %1/%2: the consumer group could not confirm that this engine still owns the "
                                  "partition (%3); its records are read again by the owner");
/// What an operator does when the table was dumped from another log than Kafka has now.
inline constexpr char kAnotherLogWayOut[] =
    QT_TRANSLATE_NOOP("Messages", "the topic was deleted and recreated, truncated, or the task now points at another cluster. Nothing more "
                                  "is consumed: change the task's target to a new table and reset its position (task reset) to dump this "
                                  "log.");
inline constexpr char kLogShorter[] =
    QT_TRANSLATE_NOOP("Messages", "Partition %1/%2 ends at offset %3, but the task's position is %4 (warehouse files: %5, group offset: "
                                  "%6): %7");
inline constexpr char kOtherRecord[] =
    QT_TRANSLATE_NOOP("Messages", "Partition %1/%2: the record Kafka has at offset %3 (timestamp %4) is not the one the table holds "
                                  "(timestamp %5): %6");

// ---- Warehouses and records ----
inline constexpr char kDiskFull[] = QT_TRANSLATE_NOOP("Messages", "The warehouse disk is full: cannot write %1 (%2)");
inline constexpr char kCannotWrite[] = QT_TRANSLATE_NOOP("Messages", "Cannot write %1: %2");
inline constexpr char kRootMissing[] = QT_TRANSLATE_NOOP("Messages", "Warehouse root %1 is missing (unmounted or deleted?)");
inline constexpr char kRootNotFolder[] = QT_TRANSLATE_NOOP("Messages", "Warehouse root %1 is not a folder");
inline constexpr char kTableNotWritable[] = QT_TRANSLATE_NOOP("Messages", "Table folder %1 is not writable: %2");
inline constexpr char kCannotCreateFolder[] = QT_TRANSLATE_NOOP("Messages", "Cannot create folder %1");
inline constexpr char kCannotCreateFolderNotFolder[] = QT_TRANSLATE_NOOP("Messages", "Cannot create folder %1: %2 is not a folder");
inline constexpr char kCannotCreateFolderNotWritable[] = QT_TRANSLATE_NOOP("Messages", "Cannot create folder %1: %2 is not writable");
inline constexpr char kHdfsUnreachable[] = QT_TRANSLATE_NOOP("Messages", "Cannot reach HDFS: %1 failed: %2%3");
inline constexpr char kHdfsDenied[] = QT_TRANSLATE_NOOP("Messages", "HDFS denied user \"%1\": %2 (%3, HTTP %4)");
inline constexpr char kHdfsRootMissing[] =
    QT_TRANSLATE_NOOP("Messages", "Warehouse root %1 is missing on HDFS at %2 (deleted, or a wrong folder in the URL?)");
inline constexpr char kHdfsRootNotFolder[] = QT_TRANSLATE_NOOP("Messages", "Warehouse root %1 on HDFS at %2 is not a folder");
inline constexpr char kBadRecordFail[] = QT_TRANSLATE_NOOP("Messages", "Bad record at %1/%2 offset %3: %4 (bad-record policy: fail)");
inline constexpr char kCannotDecode[] = QT_TRANSLATE_NOOP("Messages", "Cannot decode %1/%2 offset %3: %4");

} // namespace msg
} // namespace outflow
