<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnInference</name>
    <message>
        <source>The sample value is not a JSON object, so it has no fields to make columns of.</source>
        <translation>样本消息的值不是 JSON 对象，没有可生成列的字段。</translation>
    </message>
    <message>
        <source>The sample value has no fields to make columns of.</source>
        <translation>样本消息的值没有可生成列的字段。</translation>
    </message>
    <message>
        <source>The value&apos;s schema is not a record, so it has no fields to make columns of.</source>
        <translation>值的模式不是记录（record），没有可生成列的字段。</translation>
    </message>
    <message>
        <source>The value&apos;s schema has no fields to make columns of.</source>
        <translation>值的模式没有可生成列的字段。</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>字母、数字、“_”、“.”和“-”</translation>
    </message>
    <message>
        <source>letters, digits and &apos;_&apos;</source>
        <translation>字母、数字和“_”</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>控制字符 U+%1</translation>
    </message>
    <message>
        <source>%1 is empty; use 1 to %2 characters: %3</source>
        <translation>%1为空；请使用 1 到 %2 个字符：%3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1长 %2 个字符，上限为 %3</translation>
    </message>
    <message>
        <source>%1 contains %2 at position %3; only %4 are allowed</source>
        <translation>%1的第 %3 个字符是%2；只允许%4</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Warehouse name</source>
        <translation>数据仓库名称</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>BID</source>
        <translation>BID</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Column name &quot;%1&quot;</source>
        <translation>列名“%1”</translation>
    </message>
    <message>
        <source>target.columns apply to the parquet, orc and delimited formats</source>
        <translation>target.columns 仅适用于 parquet、orc 和 delimited 格式</translation>
    </message>
    <message>
        <source>The delimited format takes fields or columns, not both</source>
        <translation>delimited 格式只能指定字段或列，不能同时指定</translation>
    </message>
    <message>
        <source>The %1 format needs at least one column</source>
        <translation>%1 格式至少需要一列</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is named twice (names are compared ignoring case, as Hive does)</source>
        <translation>列“%1”重名（与 Hive 一样，列名比较不区分大小写）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds the record&apos;s %2, which does not fit type %3</source>
        <translation>列“%1”存放消息的 %2，与类型 %3 不符</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has the path &quot;%2&quot;; a path is field names joined by dots, such as buyer.city</source>
        <translation>列“%1”的路径为“%2”；路径应为用点连接的字段名，例如 buyer.city</translation>
    </message>
    <message>
        <source>Topic cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation>主题不能是“.”或“..”</translation>
    </message>
    <message>
        <source>Topic &quot;%1…&quot; has %2 characters; Outflow dumps topics of at most %3, because its file names carry the topic and must stay within the file system&apos;s 255 bytes</source>
        <translation>主题“%1…”有 %2 个字符；Outflow 只能转储不超过 %3 个字符的主题，因为文件名包含主题名，且不能超过文件系统的 255 字节限制</translation>
    </message>
    <message>
        <source>Bootstrap servers are empty; expected host:port[,host:port]</source>
        <translation>接入点为空；应为 host:port[,host:port]</translation>
    </message>
    <message>
        <source>Bootstrap server &quot;%1&quot; is not host:port</source>
        <translation>接入点“%1”不是 host:port 格式</translation>
    </message>
    <message>
        <source>Bootstrap server &quot;%1&quot; has %2 in its host name</source>
        <translation>接入点“%1”的主机名中含有%2</translation>
    </message>
    <message>
        <source>Bootstrap server &quot;%1&quot; has port &quot;%2&quot;; ports are 1-65535</source>
        <translation>接入点“%1”的端口为“%2”；端口范围为 1-65535</translation>
    </message>
    <message>
        <source>Start position &quot;%1&quot; is not earliest, latest or an ISO-8601 date-time such as 2026-01-31T08:00:00Z</source>
        <translation>起始位置“%1”不是 earliest、latest 或 ISO-8601 日期时间（例如 2026-01-31T08:00:00Z）</translation>
    </message>
    <message>
        <source>The delimited format needs at least one field to write</source>
        <translation>delimited 格式至少需要一个要写入的字段</translation>
    </message>
    <message>
        <source>Field names of the delimited format cannot be empty</source>
        <translation>delimited 格式的字段名不能为空</translation>
    </message>
    <message>
        <source>Separator must be 1 to 8 characters</source>
        <translation>分隔符必须为 1 到 8 个字符</translation>
    </message>
    <message>
        <source>Separator cannot contain a line break or a backslash</source>
        <translation>分隔符不能包含换行符或反斜杠</translation>
    </message>
    <message>
        <source>Separator cannot start with &apos;n&apos;, &apos;r&apos; or &apos;N&apos;: escaped, it would read as a line break or as NULL (\N)</source>
        <translation>分隔符不能以“n”、“r”或“N”开头：转义后会被读作换行符或 NULL（\N）</translation>
    </message>
    <message>
        <source>partitionBy.field &quot;%1&quot; is not a path: field names joined by dots, such as event.time</source>
        <translation>partitionBy.field“%1”不是路径：路径应为用点连接的字段名，例如 event.time</translation>
    </message>
    <message>
        <source>snappy compression is for the parquet and orc formats; text files take none, gzip or zstd</source>
        <translation>snappy 压缩仅用于 parquet 和 orc 格式；文本文件可用 none、gzip 或 zstd</translation>
    </message>
    <message>
        <source>maxFileBytes must be at least 1024, not %1</source>
        <translation>maxFileBytes 至少为 1024，而不是 %1</translation>
    </message>
    <message>
        <source>flushIntervalSec must be 1 to 86400, not %1</source>
        <translation>flushIntervalSec 必须在 1 到 86400 之间，而不是 %1</translation>
    </message>
    <message>
        <source>closeGraceSec must be 0 to 86400, not %1</source>
        <translation>closeGraceSec 必须在 0 到 86400 之间，而不是 %1</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not known (use an IANA name such as UTC or Asia/Shanghai)</source>
        <translation>未知的时区“%1”（请使用 IANA 名称，例如 UTC 或 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>parallelism must be 1 to 256, not %1</source>
        <translation>并行度必须在 1 到 256 之间，而不是 %1</translation>
    </message>
    <message>
        <source>Security protocol &quot;%1&quot; is not one of %2</source>
        <translation>安全协议“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>%1 needs a SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)</source>
        <translation>%1 需要 SASL 机制（PLAIN、SCRAM-SHA-256、SCRAM-SHA-512）</translation>
    </message>
    <message>
        <source>Property name &quot;%1&quot; is not valid</source>
        <translation>属性名“%1”无效</translation>
    </message>
    <message>
        <source>A schema registry user needs a schema registry URL</source>
        <translation>设置了 Schema Registry 用户名就需要 Schema Registry URL</translation>
    </message>
    <message>
        <source>Schema registry URL &quot;%1&quot; must look like http://host:8081 (credentials go in the user and password fields)</source>
        <translation>Schema Registry URL“%1”应形如 http://host:8081（凭据请填在用户名和密码字段中）</translation>
    </message>
    <message>
        <source>Schema registry URL &quot;%1&quot; has port 0; ports are 1-65535</source>
        <translation>Schema Registry URL“%1”的端口为 0；端口范围为 1-65535</translation>
    </message>
    <message>
        <source>Hive Metastore &quot;%1&quot; must look like thrift://host:9083</source>
        <translation>Hive Metastore“%1”应形如 thrift://host:9083</translation>
    </message>
    <message>
        <source>Hive Metastore &quot;%1&quot; needs a port 1 to 65535, like thrift://host:9083</source>
        <translation>Hive Metastore“%1”需要 1 到 65535 之间的端口，例如 thrift://host:9083</translation>
    </message>
    <message>
        <source>Hive Metastore &quot;%1&quot; must be only thrift://host:port</source>
        <translation>Hive Metastore“%1”只能是 thrift://host:port</translation>
    </message>
    <message>
        <source>Local warehouse directory must be an absolute path, not &quot;%1&quot;</source>
        <translation>本地数据仓库目录必须是绝对路径，而不是“%1”</translation>
    </message>
    <message>
        <source>WebHDFS URL &quot;%1&quot; must look like http://namenode:9870</source>
        <translation>WebHDFS URL“%1”应形如 http://namenode:9870</translation>
    </message>
    <message>
        <source>HDFS warehouse needs a user name</source>
        <translation>HDFS 数据仓库需要用户名</translation>
    </message>
    <message>
        <source>no Kafka cluster named &quot;%1&quot;</source>
        <translation>没有名为“%1”的 Kafka 集群</translation>
    </message>
    <message>
        <source>no warehouse named &quot;%1&quot;</source>
        <translation>没有名为“%1”的数据仓库</translation>
    </message>
    <message>
        <source>no task with id or name &quot;%1&quot;</source>
        <translation>没有 ID 或名称为“%1”的任务</translation>
    </message>
    <message>
        <source>a task named &quot;%1&quot; already exists (%2)</source>
        <translation>名为“%1”的任务已存在（%2）</translation>
    </message>
    <message>
        <source>task %1 was changed by another process meanwhile (now %2); nothing was written, try again</source>
        <translation>任务 %1 在此期间已被其他进程修改（现为%2）；未写入任何内容，请重试</translation>
    </message>
    <message>
        <source>A task named &quot;%1&quot; already exists (%2)</source>
        <translation>名为“%1”的任务已存在（%2）</translation>
    </message>
    <message>
        <source>Task %1 (%2) already dumps topic %3 into that table (%4); two tasks cannot write the same files</source>
        <translation>任务 %1（%2）已在将主题 %3 转储到该表（%4）；两个任务不能写入相同的文件</translation>
    </message>
    <message>
        <source>%1 is not possible while task %2 is %3 (only when %4)</source>
        <translation>任务 %2 处于“%3”状态，无法%1（仅限“%4”状态）</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1”或“%2</translation>
    </message>
    <message>
        <source>Reset position is not possible while task %1 is %2 (only when Paused or Error)</source>
        <translation>任务 %1 处于“%2”状态，无法重置位点（仅限“已暂停”或“异常”状态）</translation>
    </message>
    <message>
        <source>Task %1 is busy starting or stopping; try again in a moment</source>
        <translation>任务 %1 正在启动或停止，请稍后重试</translation>
    </message>
    <message>
        <source>checks passed after %1</source>
        <translation>%1后检查通过</translation>
    </message>
    <message>
        <source>%1 was saved, but task %2 still cannot be created: %3</source>
        <translation>%1已保存，但任务 %2 仍无法创建：%3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (retry %2 in %3 s)</source>
        <translation>%1（%3 秒后第 %2 次重试）</translation>
    </message>
    <message>
        <source>partition %1: %2 → %3%4</source>
        <translation>分区 %1：%2 → %3%4</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source> (skips %1 records)%2</source>
        <translation>（跳过 %1 条记录）%2</translation>
    </message>
    <message>
        <source> (reads %1 records again)%2</source>
        <translation>（重新读取 %1 条记录）%2</translation>
    </message>
    <message>
        <source>; the warehouse holds up to %1, which is not written again%2</source>
        <translation>；数据仓库已有截至 %1 的数据，不会重复写入%2</translation>
    </message>
    <message>
        <source>; still past the log end (%1): only a new table (Change target) dumps this log%2</source>
        <translation>；仍超出日志末尾（%1）：只有新表（修改数据目标）才会转储此日志%2</translation>
    </message>
    <message>
        <source>to %1:
%2</source>
        <translation>重置到 %1：
%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (is the task running on another engine? Pause it there first)</source>
        <translation>%1（该任务是否正在其他引擎上运行？请先在那里暂停）</translation>
    </message>
    <message>
        <source>The position was reset (%1), but recording it failed: %2</source>
        <translation>位点已重置（%1），但记录失败：%2</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>CreateFailed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>修改数据源</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>修改数据目标</translation>
    </message>
    <message>
        <source>Reset position</source>
        <translation>重置位点</translation>
    </message>
    <message>
        <source>Consumer error</source>
        <translation>消费者错误</translation>
    </message>
    <message>
        <source>Records lost to retention</source>
        <translation>因保留策略丢失记录</translation>
    </message>
    <message>
        <source>Hive table created</source>
        <translation>已创建 Hive 表</translation>
    </message>
    <message>
        <source>Hive registration caught up</source>
        <translation>Hive 注册已追上</translation>
    </message>
    <message>
        <source>Hive registration waits</source>
        <translation>Hive 注册等待中</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Cannot reach Kafka cluster &quot;%1&quot; at %2 within %3 s: %4</source>
        <translation>无法在 %3 秒内连接 Kafka 集群“%1”（%2）：%4</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; does not exist on Kafka cluster &quot;%2&quot; (%3)</source>
        <translation>Kafka 集群“%2”（%3）上不存在主题“%1”</translation>
    </message>
    <message>
        <source>%1 on Kafka cluster &quot;%2&quot; (%3) failed: %4</source>
        <translation>在 Kafka 集群“%2”（%3）上%1失败：%4</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>读取元数据</translation>
    </message>
    <message>
        <source>%1 of topic %2 failed: %3</source>
        <translation>主题 %2 %1失败：%3</translation>
    </message>
    <message>
        <source>Reading the committed offsets</source>
        <translation>读取已提交位点</translation>
    </message>
    <message>
        <source>Reading the offsets of partition %1</source>
        <translation>读取分区 %1 的位点</translation>
    </message>
    <message>
        <source>Resolving the start time %1</source>
        <translation>解析起始时间 %1</translation>
    </message>
    <message>
        <source>Committing the start position</source>
        <translation>提交起始位点</translation>
    </message>
    <message>
        <source>Committing the start position of partition %1</source>
        <translation>提交分区 %1 的起始位点</translation>
    </message>
    <message>
        <source>Cannot create a Kafka consumer: %1</source>
        <translation>无法创建 Kafka 消费者：%1</translation>
    </message>
    <message>
        <source>All brokers of Kafka cluster &quot;%1&quot; (%2) are down: %3</source>
        <translation>Kafka 集群“%1”（%2）的所有 Broker 均不可用：%3</translation>
    </message>
    <message>
        <source>Kafka cluster &quot;%1&quot;: %2</source>
        <translation>Kafka 集群“%1”：%2</translation>
    </message>
    <message>
        <source>Kafka: %1</source>
        <translation>Kafka：%1</translation>
    </message>
    <message>
        <source>Kafka consumer error on %1: %2</source>
        <translation>%1 上的 Kafka 消费者错误：%2</translation>
    </message>
    <message>
        <source>Kafka consumer error on %1: %2 (the position left the log: retention or truncation; the task restarts from its committed files)</source>
        <translation>%1 上的 Kafka 消费者错误：%2（位点已超出日志范围：因保留策略或截断；任务将从已提交的文件处重新开始）</translation>
    </message>
    <message>
        <source>The warehouse disk is full: cannot write %1 (%2)</source>
        <translation>数据仓库磁盘已满：无法写入 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Warehouse root %1 is missing (unmounted or deleted?)</source>
        <translation>数据仓库根目录 %1 不存在（未挂载或已删除？）</translation>
    </message>
    <message>
        <source>Warehouse root %1 is not a folder</source>
        <translation>数据仓库根目录 %1 不是文件夹</translation>
    </message>
    <message>
        <source>Table folder %1 is not writable: %2</source>
        <translation>表目录 %1 不可写：%2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2 is not a folder</source>
        <translation>无法创建文件夹 %1：%2 不是文件夹</translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2 is not writable</source>
        <translation>无法创建文件夹 %1：%2 不可写</translation>
    </message>
    <message>
        <source>Cannot reach HDFS: %1 failed: %2%3</source>
        <translation>无法连接 HDFS：%1 失败：%2%3</translation>
    </message>
    <message>
        <source>HDFS denied user &quot;%1&quot;: %2 (%3, HTTP %4)</source>
        <translation>HDFS 拒绝了用户“%1”：%2（%3，HTTP %4）</translation>
    </message>
    <message>
        <source>Warehouse root %1 is missing on HDFS at %2 (deleted, or a wrong folder in the URL?)</source>
        <translation>HDFS（%2）上不存在数据仓库根目录 %1（已删除，或 URL 中的目录有误？）</translation>
    </message>
    <message>
        <source>Warehouse root %1 on HDFS at %2 is not a folder</source>
        <translation>HDFS（%2）上的数据仓库根目录 %1 不是文件夹</translation>
    </message>
    <message>
        <source>Bad record at %1/%2 offset %3: %4 (bad-record policy: fail)</source>
        <translation>%1/%2 位点 %3 处有异常记录：%4（异常记录策略：失败）</translation>
    </message>
    <message>
        <source>Cannot decode %1/%2 offset %3: %4</source>
        <translation>无法解码 %1/%2 位点 %3：%4</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>无法订阅 %1：%2</translation>
    </message>
    <message>
        <source>Committing offsets to Kafka failed: %1</source>
        <translation>向 Kafka 提交位点失败：%1</translation>
    </message>
    <message>
        <source>Assigning partitions failed: %1</source>
        <translation>分配分区失败：%1</translation>
    </message>
    <message>
        <source>Cannot open the queue of partition %1/%2</source>
        <translation>无法打开分区 %1/%2 的队列</translation>
    </message>
    <message>
        <source>%1/%2 offset %3 arrived on the consumer queue instead of its partition&apos;s queue; the task restarts from its committed files</source>
        <translation>%1/%2 位点 %3 到达了消费者队列而不是其分区队列；任务将从已提交的文件重新开始</translation>
    </message>
    <message>
        <source>%1/%2: offsets %3 to %4 (%5 records) were deleted from Kafka before they were dumped; continuing at offset %6</source>
        <translation>%1/%2：位点 %3 至 %4（%5 条记录）在转储前已被 Kafka 删除；从位点 %6 继续</translation>
    </message>
    <message>
        <source>Not committing a file of %1/%2: the consumer group could not confirm that this engine still owns the partition (%3); its records are read again by the owner</source>
        <translation>不提交 %1/%2 的文件：消费组无法确认本引擎仍拥有该分区（%3）；其记录将由拥有者重新读取</translation>
    </message>
    <message>
        <source>the topic was deleted and recreated, truncated, or the task now points at another cluster. Nothing more is consumed: change the task&apos;s target to a new table and reset its position (task reset) to dump this log.</source>
        <translation>Topic 已被删除并重建、被截断，或任务现在指向另一个集群。不再消费任何数据：请将任务的目标改为新表并重置其位点（task reset）以转储此日志。</translation>
    </message>
    <message>
        <source>Partition %1/%2 ends at offset %3, but the task&apos;s position is %4 (warehouse files: %5, group offset: %6): %7</source>
        <translation>分区 %1/%2 结束于位点 %3，但任务的位点是 %4（仓库文件：%5，消费组位点：%6）：%7</translation>
    </message>
    <message>
        <source>Partition %1/%2: the record Kafka has at offset %3 (timestamp %4) is not the one the table holds (timestamp %5): %6</source>
        <translation>分区 %1/%2：Kafka 在位点 %3 的记录（时间戳 %4）不是表中保存的那条（时间戳 %5）：%6</translation>
    </message>
</context>
<context>
    <name>RecordDecoding</name>
    <message>
        <source>Avro, schema id %1 from the schema registry</source>
        <translation>Avro，来自 Schema Registry 的模式 ID %1</translation>
    </message>
    <message>
        <source>Not decoded: %1</source>
        <translation>未解码：%1</translation>
    </message>
</context>
<context>
    <name>RecordValueText</name>
    <message>
        <source>… only the first %1 of %2 bytes are shown.</source>
        <translation>… 仅显示 %2 字节中的前 %1 字节。</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka 主题</translation>
    </message>
    <message>
        <source>Kafka partition</source>
        <translation>Kafka 分区</translation>
    </message>
    <message>
        <source>Kafka offset</source>
        <translation>Kafka 位点</translation>
    </message>
    <message>
        <source>Kafka timestamp</source>
        <translation>Kafka 时间戳</translation>
    </message>
    <message>
        <source>Kafka key</source>
        <translation>Kafka Key</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · not null</source>
        <translation> · 非空</translation>
    </message>
    <message>
        <source>Epoch milliseconds</source>
        <translation>Epoch 毫秒</translation>
    </message>
    <message>
        <source>Epoch seconds</source>
        <translation>Epoch 秒</translation>
    </message>
    <message>
        <source>ISO-8601 text with a zone</source>
        <translation>带时区的 ISO-8601 文本</translation>
    </message>
    <message>
        <source>Kafka record time</source>
        <translation>Kafka 消息时间</translation>
    </message>
    <message>
        <source>epoch ms</source>
        <translation>epoch 毫秒</translation>
    </message>
    <message>
        <source>epoch s</source>
        <translation>epoch 秒</translation>
    </message>
    <message>
        <source>ISO-8601</source>
        <translation>ISO-8601</translation>
    </message>
    <message>
        <source>Event time: %1 (%2)</source>
        <translation>事件时间：%1（%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the catalog</source>
        <translation>无法打开目录库</translation>
    </message>
</context>
<context>
    <name>outflow::ActionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>outflow::CatalogListPage</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>outflow::ClusterForm</name>
    <message>
        <source>e.g. prod_kafka</source>
        <translation>例如 prod_kafka</translation>
    </message>
    <message>
        <source>host:port[,host:port]</source>
        <translation>主机:端口[,主机:端口]</translation>
    </message>
    <message>
        <source>One librdkafka property per line, e.g.
ssl.ca.location=/etc/ssl/certs/ca.pem</source>
        <translation>每行一个 librdkafka 属性，例如
ssl.ca.location=/etc/ssl/certs/ca.pem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL 机制</translation>
    </message>
    <message>
        <source>SASL user</source>
        <translation>SASL 用户名</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>SASL 密码</translation>
    </message>
    <message>
        <source>Extra properties</source>
        <translation>额外属性</translation>
    </message>
    <message>
        <source>Tasks refer to clusters by name, so it cannot change.</source>
        <translation>任务按名称引用集群，因此名称不能修改。</translation>
    </message>
    <message>
        <source>Extra properties line %1 is not key=value: %2</source>
        <translation>额外属性第 %1 行不是 key=value 格式：%2</translation>
    </message>
    <message>
        <source>Passwords are kept outside the catalog database, in a file only your user can read.</source>
        <translation>密码不存放在目录数据库中，而是存放在只有您的用户可读的文件里。</translation>
    </message>
    <message>
        <source>Optional: http://host:8081 — values in its wire format are decoded (Avro)</source>
        <translation>可选：http://host:8081 —— 采用其线格式的消息值将被解码（Avro）</translation>
    </message>
    <message>
        <source>Optional: basic auth user</source>
        <translation>可选：基本认证用户名</translation>
    </message>
    <message>
        <source>Schema registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Registry user</source>
        <translation>Registry 用户名</translation>
    </message>
    <message>
        <source>Registry password</source>
        <translation>Registry 密码</translation>
    </message>
</context>
<context>
    <name>outflow::ClusterListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>安全协议</translation>
    </message>
</context>
<context>
    <name>outflow::ClusterListPage</name>
    <message>
        <source>Add cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the selected cluster for its brokers and topics</source>
        <translation>向所选集群查询其 Broker 和主题</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Kafka 集群</translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>正在加载集群…</translation>
    </message>
    <message>
        <source>No Kafka clusters registered yet.</source>
        <translation>尚未注册 Kafka 集群。</translation>
    </message>
    <message>
        <source>The clusters could not be loaded.</source>
        <translation>无法加载集群。</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>#%1 %2:%3</source>
        <translation>#%1 %2:%3</translation>
    </message>
    <message>
        <source>Connected: %1, %2</source>
        <translation>连接成功：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n 个 Broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Brokers of %1: %2</source>
        <translation>%1 的 Broker：%2</translation>
    </message>
    <message>
        <source>Edit Kafka cluster</source>
        <translation>编辑 Kafka 集群</translation>
    </message>
    <message>
        <source>Add Kafka cluster</source>
        <translation>添加 Kafka 集群</translation>
    </message>
    <message>
        <source>Saved cluster %1.</source>
        <translation>已保存集群 %1。</translation>
    </message>
    <message>
        <source>Remove Kafka cluster</source>
        <translation>移除 Kafka 集群</translation>
    </message>
    <message>
        <source>Remove cluster %1 from the catalog?

The Kafka cluster itself is untouched. A cluster that tasks still read from cannot be removed.</source>
        <translation>从目录库中移除集群 %1？

Kafka 集群本身不受影响。仍有任务在读取的集群无法移除。</translation>
    </message>
    <message>
        <source>Removed cluster %1.</source>
        <translation>已移除集群 %1。</translation>
    </message>
</context>
<context>
    <name>outflow::ColumnsEditor</name>
    <message>
        <source>Infer from sample</source>
        <translation>从样本推断</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>可为空</translation>
    </message>
    <message>
        <source>JSON path, same as the name</source>
        <translation>JSON 路径，默认与列名相同</translation>
    </message>
    <message>
        <source>Propose one column per field of the sample record&apos;s value</source>
        <translation>按样本消息值的每个字段生成一列</translation>
    </message>
    <message>
        <source>Pull source data first: the columns are proposed from the record it shows.</source>
        <translation>请先拉取源数据：列将根据其显示的消息生成。</translation>
    </message>
    <message>
        <source>Add columns, or pull source data and infer them from a recent record.</source>
        <translation>请添加列，或拉取源数据后从最近一条消息推断。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) proposed from the sample record; check the types before you save.</source>
        <translation>
            <numerusform>已根据样本消息生成 %n 列；保存前请检查类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, since a dotted path cannot name them: %1</source>
        <translation>以下字段无法用点分路径表示，已略过：%1</translation>
    </message>
    <message>
        <source>Infer from schema</source>
        <translation>从模式推断</translation>
    </message>
    <message>
        <source>Propose one column per field of the Avro schema the sample record was written with</source>
        <translation>按样例消息所用 Avro 模式的每个字段建议一列</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) proposed from the record&apos;s Avro schema; check the types before you save.</source>
        <translation>
            <numerusform>已根据消息的 Avro 模式建议 %n 列；保存前请检查类型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outflow::ConsumerDetailsDialog</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Consumer details</source>
        <translation>消费者详情</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Consumer group:</source>
        <translation>消费组：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>协调者：</translation>
    </message>
    <message>
        <source>Partition assignor:</source>
        <translation>分区分配策略：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No members to show.</source>
        <translation>没有可显示的成员。</translation>
    </message>
    <message>
        <source>The group has no members now: no engine is consuming for this task (paused, or not running).</source>
        <translation>消费组当前没有成员：没有引擎在为此任务消费（已暂停或未运行）。</translation>
    </message>
    <message>
        <source>%1 · members: %2</source>
        <translation>%1 · 成员数：%2</translation>
    </message>
</context>
<context>
    <name>outflow::ConsumerGroupModel</name>
    <message>
        <source>The group has not committed an offset for this partition yet.</source>
        <translation>消费组尚未提交此分区的位点。</translation>
    </message>
    <message>
        <source>Nothing was consumed over the recent refreshes, so there is no estimate.</source>
        <translation>最近几次刷新期间没有消费，无法估算。</translation>
    </message>
    <message>
        <source>The estimate needs two refreshes at least a second apart.</source>
        <translation>估算需要至少间隔一秒的两次刷新。</translation>
    </message>
    <message>
        <source>At %1 records/s</source>
        <translation>按 %1 条/秒计算</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>已追平</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>提交位点</translation>
    </message>
    <message>
        <source>Log-start offset</source>
        <translation>最早位点</translation>
    </message>
    <message>
        <source>Log-end offset</source>
        <translation>最新位点</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>堆积</translation>
    </message>
    <message>
        <source>Lag in time</source>
        <translation>堆积时间</translation>
    </message>
    <message>
        <source>Drain ETA</source>
        <translation>预计消费完成时间</translation>
    </message>
</context>
<context>
    <name>outflow::ConsumerGroupTab</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every 5 s</source>
        <translation>每 5 秒</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>每 10 秒</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>View consumer details</source>
        <translation>查看消费者详情</translation>
    </message>
    <message>
        <source>Auto refresh:</source>
        <translation>自动刷新：</translation>
    </message>
    <message>
        <source>Consumer group: %1</source>
        <translation>消费组：%1</translation>
    </message>
    <message>
        <source>Refresh failed at %1.</source>
        <translation>%1 刷新失败。</translation>
    </message>
    <message>
        <source>No consumption progress to show.</source>
        <translation>没有可显示的消费进度。</translation>
    </message>
    <message>
        <source>Topic %1 · updated at %2</source>
        <translation>Topic %1 · 更新于 %2</translation>
    </message>
    <message>
        <source>State: %1 · members: %2</source>
        <translation>状态：%1 · 成员数：%2</translation>
    </message>
</context>
<context>
    <name>outflow::ConsumptionProgressTab</name>
    <message>
        <source>Consumer group</source>
        <translation>消费组</translation>
    </message>
</context>
<context>
    <name>outflow::DashboardPage</name>
    <message>
        <source>Charts you copy from a task&apos;s Monitoring tab (&quot;Copy to Dashboard&quot;) appear here.</source>
        <translation>从任务的“监控”页签复制（“复制到仪表盘”）的图表会显示在这里。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>%1 · partition %2</source>
        <translation>%1 · 分区 %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove from the Dashboard</source>
        <translation>从仪表盘移除</translation>
    </message>
</context>
<context>
    <name>outflow::DumpedRecordsModel</name>
    <message>
        <source>null</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
</context>
<context>
    <name>outflow::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving: the engine checks the new settings…</source>
        <translation>正在保存：引擎正在检查新的设置…</translation>
    </message>
    <message>
        <source>Checking what saving does…</source>
        <translation>正在检查保存会产生的影响…</translation>
    </message>
</context>
<context>
    <name>outflow::GroupMembersModel</name>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Empty (no member)</source>
        <translation>空（无成员）</translation>
    </message>
    <message>
        <source>Preparing rebalance</source>
        <translation>准备重平衡</translation>
    </message>
    <message>
        <source>Completing rebalance</source>
        <translation>完成重平衡</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>分配的分区</translation>
    </message>
</context>
<context>
    <name>outflow::HiveTableTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Hive table</source>
        <translation>Hive 表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待注册</translation>
    </message>
    <message>
        <source>Registered partitions</source>
        <translation>已注册分区</translation>
    </message>
    <message>
        <source>Loading the Hive table…</source>
        <translation>正在加载 Hive 表…</translation>
    </message>
    <message>
        <source>The task&apos;s warehouse names no Hive Metastore; add one in Warehouses to register this table.</source>
        <translation>该任务的数据仓库未配置 Hive Metastore；请在“数据仓库”中添加后即可注册此表。</translation>
    </message>
    <message>
        <source>Registered in %1</source>
        <translation>已注册到 %1</translation>
    </message>
    <message>
        <source>Not in %1 yet</source>
        <translation>尚未注册到 %1</translation>
    </message>
    <message>
        <source>No partitions wait</source>
        <translation>没有待注册的分区</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) wait for the metastore: %1</source>
        <translation>
            <numerusform>%n 个分区等待 Metastore：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · 已关闭</translation>
    </message>
</context>
<context>
    <name>outflow::MainWindow</name>
    <message>
        <source>Outflow</source>
        <translation>Outflow</translation>
    </message>
    <message>
        <source>Data Outflow</source>
        <translation>数据流出</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Kafka 集群</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Engine: running</source>
        <translation>引擎：运行中</translation>
    </message>
    <message>
        <source>Engine: stopped</source>
        <translation>引擎：已停止</translation>
    </message>
    <message>
        <source>— msg/s</source>
        <translation>— 条/秒</translation>
    </message>
    <message>
        <source>Tasks in Error: —</source>
        <translation>异常任务：—</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>Tasks in Error: %1</source>
        <translation>异常任务：%1</translation>
    </message>
    <message>
        <source>Outflow is still running</source>
        <translation>Outflow 仍在运行</translation>
    </message>
    <message>
        <source>The tasks go on in the background. Quit from the tray icon&apos;s menu.</source>
        <translation>任务在后台继续运行。要退出，请使用托盘图标的菜单。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>关闭窗口时在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Outflow</source>
        <translation>关于 Outflow(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used when Outflow starts next time.</source>
        <translation>新的语言将在下次启动 Outflow 时生效。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outflow %1&lt;/h3&gt;&lt;p&gt;Dumps Kafka topics into a data warehouse, exactly once.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;librdkafka %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outflow %1&lt;/h3&gt;&lt;p&gt;将 Kafka 主题精确一次地转储到数据仓库。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;librdkafka %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Outflow</source>
        <translation>关于 Outflow</translation>
    </message>
</context>
<context>
    <name>outflow::MetricChart</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/秒</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <source>Overlay the same window one day or one week earlier</source>
        <translation>叠加前一天或前一周同一时间段的数据</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Copy to Dashboard</source>
        <translation>复制到仪表盘</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Messages in &amp; out (msg/s)</source>
        <translation>消息数/秒 流入与流出（条/秒）</translation>
    </message>
    <message>
        <source>Bytes in &amp; out (KiB/s)</source>
        <translation>字节流入与流出（KiB/秒）</translation>
    </message>
    <message>
        <source>Lag (records)</source>
        <translation>堆积（条）</translation>
    </message>
    <message>
        <source>Lag in time (s)</source>
        <translation>堆积时长（秒）</translation>
    </message>
    <message>
        <source>Files committed</source>
        <translation>已提交文件数</translation>
    </message>
    <message>
        <source>Bad records &amp; errors</source>
        <translation>异常记录与错误</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>流入消息</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>流出消息</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>流入字节</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>流出字节</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>堆积</translation>
    </message>
    <message>
        <source>Lag in time</source>
        <translation>堆积时长</translation>
    </message>
    <message>
        <source>Bad records</source>
        <translation>异常记录</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 (per %2)</source>
        <translation>%1（每 %2）</translation>
    </message>
    <message>
        <source>This console records no metrics, so there is no history to chart.</source>
        <translation>此控制台未记录监控指标，没有可绘制的历史数据。</translation>
    </message>
    <message>
        <source>previous week</source>
        <translation>前一周</translation>
    </message>
    <message>
        <source>previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No points in this window yet.</source>
        <translation>该时间段内暂无数据点。</translation>
    </message>
    <message>
        <source>Copied to the Dashboard.</source>
        <translation>已复制到仪表盘。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the image %1</source>
        <translation>无法写入图片 %1</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>No compare</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前一周</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Export PNG or CSV</source>
        <translation>导出 PNG 或 CSV</translation>
    </message>
</context>
<context>
    <name>outflow::MonitoringView</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Task (all partitions)</source>
        <translation>任务（全部分区）</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
</context>
<context>
    <name>outflow::PartitionByEditor</name>
    <message>
        <source>Event time from a field</source>
        <translation>字段中的事件时间</translation>
    </message>
    <message>
        <source>Which time puts a record into its dt=YYYYMMDD/hr=HH folder, in the task&apos;s time zone. A record whose event time is missing or implausible is a bad record.</source>
        <translation>决定消息写入哪个 dt=YYYYMMDD/hr=HH 目录的时间，按任务的时区计算。事件时间缺失或不合理的消息视为异常记录。</translation>
    </message>
    <message>
        <source>Field path, e.g. ts or event.time</source>
        <translation>字段路径，例如 ts 或 event.time</translation>
    </message>
    <message>
        <source>Pull source data to have the fields of a recent record that look like times proposed.</source>
        <translation>拉取源数据后，将从最近一条消息中推荐看起来像时间的字段。</translation>
    </message>
    <message>
        <source>No field of the pulled record looks like a time; type the path of the one that holds it.</source>
        <translation>拉取的消息中没有看起来像时间的字段；请输入存放事件时间的字段路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the pulled record look like times: pick one from the list, or type a path.</source>
        <translation>
            <numerusform>拉取的消息中有 %n 个字段看起来像时间：可从列表中选择，也可输入路径。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the field that holds the event time, or make folders by Kafka record time.</source>
        <translation>请填写存放事件时间的字段，或按 Kafka 消息时间分目录。</translation>
    </message>
</context>
<context>
    <name>outflow::RecordValuePane</name>
    <message>
        <source>Copy value</source>
        <translation>复制消息值</translation>
    </message>
    <message>
        <source>Copies the value as it is shown (pretty JSON, raw text or hex).</source>
        <translation>按当前显示方式复制消息值（格式化 JSON、原始文本或十六进制）。</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>格式化 JSON</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Select a record to see its value.</source>
        <translation>选择一条消息以查看其值。</translation>
    </message>
    <message>
        <source>The value is null (a tombstone).</source>
        <translation>消息值为空（墓碑消息）。</translation>
    </message>
    <message>
        <source>Not JSON: shown as raw text.</source>
        <translation>不是 JSON：以原始文本显示。</translation>
    </message>
    <message>
        <source>Value of offset %1 · %2 B</source>
        <translation>位点 %1 的消息值 · %2 字节</translation>
    </message>
</context>
<context>
    <name>outflow::ResetPositionDialog</name>
    <message>
        <source>Reset position of %1 (%2)</source>
        <translation>重置位点：%1（%2）</translation>
    </message>
    <message>
        <source>Where should the task continue? Offsets the warehouse already holds are never written again, whatever you choose.</source>
        <translation>任务应从哪里继续消费？无论如何选择，仓库中已有的位点都不会被重复写入。</translation>
    </message>
    <message>
        <source>Earliest: from the oldest record Kafka still has</source>
        <translation>最早：从 Kafka 中仍保留的最早一条消息开始</translation>
    </message>
    <message>
        <source>Latest: only records that arrive from now on</source>
        <translation>最新：只消费从现在起到达的消息</translation>
    </message>
    <message>
        <source>From a time (UTC):</source>
        <translation>从指定时间开始（UTC）：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Reset position</source>
        <translation>重置位点</translation>
    </message>
    <message>
        <source>Preview shows, partition by partition, how many records this skips or reads again.</source>
        <translation>预览会逐个分区显示此操作将跳过或重新读取多少条消息。</translation>
    </message>
    <message>
        <source>Reading the task&apos;s positions…</source>
        <translation>正在读取任务的消费位点…</translation>
    </message>
</context>
<context>
    <name>outflow::SourceForm</name>
    <message>
        <source>Pull source data</source>
        <translation>拉取源数据</translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation>正在加载集群…</translation>
    </message>
    <message>
        <source>Choose or type a topic</source>
        <translation>选择或输入主题</translation>
    </message>
    <message>
        <source>Read the most recent message of the topic</source>
        <translation>读取该主题最新的一条消息</translation>
    </message>
    <message>
        <source>Pull source data to see a recent message of the topic.</source>
        <translation>点击“拉取源数据”查看该主题最近的一条消息。</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>From a date and time</source>
        <translation>从指定时间</translation>
    </message>
    <message>
        <source>Kafka cluster</source>
        <translation>Kafka 集群</translation>
    </message>
    <message>
        <source>Source topic</source>
        <translation>源主题</translation>
    </message>
    <message>
        <source>Source data</source>
        <translation>源数据</translation>
    </message>
    <message>
        <source>Start position</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>No Kafka cluster registered</source>
        <translation>未注册 Kafka 集群</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is no longer registered; choose another.</source>
        <translation>集群“%1”已不存在，请选择其他集群。</translation>
    </message>
    <message>
        <source>Listing the topics of %1…</source>
        <translation>正在列出 %1 的主题…</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) in this cluster</source>
        <translation>
            <numerusform>该集群共有 %n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>无时间戳</translation>
    </message>
    <message>
        <source>Partition %1 · offset %2 · %3</source>
        <translation>分区 %1 · 偏移量 %2 · %3</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>消息头 %1：%2</translation>
    </message>
    <message>
        <source>(null value)</source>
        <translation>（空值）</translation>
    </message>
    <message>
        <source>Choose a cluster and a topic first.</source>
        <translation>请先选择集群和主题。</translation>
    </message>
    <message>
        <source>Reading the most recent message of %1…</source>
        <translation>正在读取 %1 最新的一条消息…</translation>
    </message>
    <message>
        <source>The topic is empty</source>
        <translation>该主题为空</translation>
    </message>
    <message>
        <source>Loading the Kafka clusters…</source>
        <translation>正在加载 Kafka 集群…</translation>
    </message>
    <message>
        <source>Register a Kafka cluster first (Kafka Clusters page).</source>
        <translation>请先注册 Kafka 集群（Kafka 集群页面）。</translation>
    </message>
    <message>
        <source>Choose a Kafka cluster.</source>
        <translation>请选择 Kafka 集群。</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>消息值：%1</translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 has %n partition(s): only that many of the %2 consumers get data, the others stay idle. For more throughput, add partitions to the topic.</source>
        <translation>
            <numerusform>Topic %1 只有 %n 个分区：%2 个消费者中只有这么多能分到数据，其余将空闲。如需更高吞吐，请为 Topic 增加分区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outflow::TargetForm</name>
    <message>
        <source>Loading warehouses…</source>
        <translation>正在加载数据仓库…</translation>
    </message>
    <message>
        <source>Business ID, e.g. b_sales</source>
        <translation>业务 ID，例如 b_sales</translation>
    </message>
    <message>
        <source>Table ID, e.g. orders</source>
        <translation>表 ID，例如 orders</translation>
    </message>
    <message>
        <source>JSON (one object per line)</source>
        <translation>JSON（每行一个对象）</translation>
    </message>
    <message>
        <source>Raw (value bytes per line)</source>
        <translation>原始（每行一条消息值）</translation>
    </message>
    <message>
        <source>Delimited (TDW text table)</source>
        <translation>分隔符（TDW 文本表）</translation>
    </message>
    <message>
        <source>JSON fields in column order, comma separated: id, amount, ts</source>
        <translation>按列顺序填写 JSON 字段，以逗号分隔：id, amount, ts</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Skip and count them</source>
        <translation>跳过并计数</translation>
    </message>
    <message>
        <source>Write them to _deadletter</source>
        <translation>写入 _deadletter（死信）</translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation>使任务失败</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <source>BID</source>
        <translation>BID</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Max file size</source>
        <translation>最大文件大小</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Bad records</source>
        <translation>异常记录</translation>
    </message>
    <message>
        <source>No warehouse registered</source>
        <translation>未注册数据仓库</translation>
    </message>
    <message>
        <source>Warehouse &quot;%1&quot; is no longer registered; choose another.</source>
        <translation>数据仓库“%1”已不存在，请选择其他数据仓库。</translation>
    </message>
    <message>
        <source>Loading the warehouses…</source>
        <translation>正在加载数据仓库…</translation>
    </message>
    <message>
        <source>Register a warehouse first (Warehouses page).</source>
        <translation>请先注册数据仓库（数据仓库页面）。</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>请选择数据仓库。</translation>
    </message>
    <message>
        <source>Parquet (typed columns)</source>
        <translation>Parquet（类型化列）</translation>
    </message>
    <message>
        <source>ORC (typed columns)</source>
        <translation>ORC（类型化列）</translation>
    </message>
    <message>
        <source>Text files are compressed whole; parquet and orc compress inside the file, and also take snappy.</source>
        <translation>文本文件整体压缩；parquet 和 orc 在文件内部压缩，并且还支持 snappy。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Folders by</source>
        <translation>分目录依据</translation>
    </message>
    <message>
        <source>Typed columns</source>
        <translation>带类型的列</translation>
    </message>
    <message>
        <source>Define each column&apos;s type and JSON path: values that do not fit their type become bad records instead of text in the table.</source>
        <translation>为每一列定义类型和 JSON 路径：与类型不符的值将作为坏记录处理，而不是以文本写入表中。</translation>
    </message>
</context>
<context>
    <name>outflow::TaskActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pause task</source>
        <translation>暂停任务</translation>
    </message>
    <message>
        <source>Pause task %1?

What has been written is flushed and committed, then the task stops consuming. Start continues from the committed position.</source>
        <translation>暂停任务 %1？

已写入的数据会被刷新并提交，随后任务停止消费。启动后将从已提交的位置继续。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <source>Task %1 is pausing: it commits what it wrote, then stops.</source>
        <translation>任务 %1 正在暂停：提交已写入的数据后停止。</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>启动任务</translation>
    </message>
    <message>
        <source>Start task %1?

It continues from its committed position.</source>
        <translation>启动任务 %1？

任务将从已提交的位置继续。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Task %1 is starting.</source>
        <translation>任务 %1 正在启动。</translation>
    </message>
    <message>
        <source>Restart task</source>
        <translation>重启任务</translation>
    </message>
    <message>
        <source>Restart task %1?

Its consumers and writers are torn down, uncommitted temporary files are discarded and it starts over from the committed position. Data already dumped is untouched.</source>
        <translation>重启任务 %1？

任务的消费者和写入器会被关闭，未提交的临时文件会被丢弃，并从已提交的位置重新开始。已转储的数据不受影响。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>正在重启…</translation>
    </message>
    <message>
        <source>Task %1 is restarting.</source>
        <translation>任务 %1 正在重启。</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete task %1?

The task stops dumping and its record and history are deleted. Data already dumped into the warehouse and the Kafka cluster are untouched.

This cannot be undone.</source>
        <translation>删除任务 %1？

任务将停止转储，其记录和操作历史会被删除。已转储到数据仓库的数据以及 Kafka 集群均不受影响。

此操作不可撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Task %1 is being deleted.</source>
        <translation>任务 %1 正在删除。</translation>
    </message>
    <message>
        <source>Pause task %1?

It stops retrying and stays Paused until you start it again; Start retries from the committed position.</source>
        <translation>暂停任务 %1？

任务将停止重试并保持暂停，直到您再次启动；启动后从已提交的位点重试。</translation>
    </message>
    <message>
        <source>Task %1 is pausing: it no longer retries.</source>
        <translation>任务 %1 正在暂停：不再重试。</translation>
    </message>
</context>
<context>
    <name>outflow::TaskBasicInfoTab</name>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Action history</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Kafka cluster</source>
        <translation>Kafka 集群</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Start position</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>Change data source</source>
        <translation>修改数据源</translation>
    </message>
    <message>
        <source>Copy as kcat command</source>
        <translation>复制为 kcat 命令</translation>
    </message>
    <message>
        <source>Copy a kcat command line that reads this source to the clipboard</source>
        <translation>将读取该数据源的 kcat 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Data target</source>
        <translation>数据目标</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <source>BID / TID</source>
        <translation>BID / TID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Max file size</source>
        <translation>最大文件大小</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Bad records</source>
        <translation>异常记录</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行度</translation>
    </message>
    <message>
        <source>Change data target</source>
        <translation>修改数据目标</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行信息</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Retry count</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>从 %1 开始</translation>
    </message>
    <message>
        <source>%1 (fields %2, separator &quot;%3&quot;)</source>
        <translation>%1（字段 %2，分隔符“%3”）</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip and count them</source>
        <translation>跳过并计数</translation>
    </message>
    <message>
        <source>Write them to _deadletter</source>
        <translation>写入 _deadletter（死信）</translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation>使任务失败</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Folders by</source>
        <translation>分目录依据</translation>
    </message>
    <message>
        <source>%1 (separator &quot;%2&quot;)</source>
        <translation>%1（分隔符“%2”）</translation>
    </message>
</context>
<context>
    <name>outflow::TaskDetailPage</name>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Change data source of %1</source>
        <translation>修改 %1 的数据源</translation>
    </message>
    <message>
        <source>The data source was changed; a running task restarts on it.</source>
        <translation>数据源已修改；运行中的任务将按新设置重启。</translation>
    </message>
    <message>
        <source>Change data target of %1</source>
        <translation>修改 %1 的数据目标</translation>
    </message>
    <message>
        <source>The data target was changed; a running task restarts on it.</source>
        <translation>数据目标已修改；运行中的任务将按新设置重启。</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is not registered, so there is no address to read from.</source>
        <translation>集群“%1”未注册，没有可读取的地址。</translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation>已复制到剪贴板：</translation>
    </message>
    <message>
        <source>Consumption progress</source>
        <translation>消费进度</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>View messages</source>
        <translation>查看消息</translation>
    </message>
    <message>
        <source>Hive table</source>
        <translation>Hive 表</translation>
    </message>
    <message>
        <source>The task has already committed data, so a new start position resets its position (Reset position).</source>
        <translation>任务已提交过数据，因此新的起始位点将重置其消费位点（重置位点）。</translation>
    </message>
    <message>
        <source>No record is skipped or read again.</source>
        <translation>没有记录会被跳过或重新读取。</translation>
    </message>
    <message>
        <source>%1 records will be skipped and %2 read again; offsets the warehouse already holds are not written again.</source>
        <translation>将跳过 %1 条记录，重新读取 %2 条；仓库中已有的位点不会再次写入。</translation>
    </message>
    <message>
        <source>The task commits what it wrote, then restarts from the new position.</source>
        <translation>任务会先提交已写入的数据，然后从新位点重新启动。</translation>
    </message>
    <message>
        <source>The lag has kept growing for %1 minutes, from about %2 to %3 records: the task reads more slowly than the topic is written.</source>
        <translation>堆积量已持续增长 %1 分钟，从约 %2 条增至 %3 条：任务的读取速度低于 Topic 的写入速度。</translation>
    </message>
    <message>
        <source>Raise the parallelism: it is %1, and the topic has %2 partitions.</source>
        <translation>请提高并行度：当前为 %1，而 Topic 有 %2 个分区。</translation>
    </message>
    <message>
        <source>Add partitions to the topic and raise the parallelism with them: each of the %1 consumers already has a partition of its own.</source>
        <translation>请为 Topic 增加分区并相应提高并行度：%1 个消费者已各自独占一个分区。</translation>
    </message>
    <message>
        <source>The data source was changed and the task passed the Create checks: it is running.</source>
        <translation>数据源已修改，任务已通过创建检查：正在运行。</translation>
    </message>
    <message>
        <source>The start position was changed.</source>
        <translation>起始位点已修改。</translation>
    </message>
    <message>
        <source>Reset position</source>
        <translation>重置位点</translation>
    </message>
    <message>
        <source>The data target was changed and the task passed the Create checks: it is running.</source>
        <translation>数据目标已修改，任务已通过创建检查：正在运行。</translation>
    </message>
</context>
<context>
    <name>outflow::TaskFormDialog</name>
    <message>
        <source>Create task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Copy task</source>
        <translation>复制任务</translation>
    </message>
    <message>
        <source>Rebuild task</source>
        <translation>重建任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Choose where the data goes</source>
        <translation>选择数据流向</translation>
    </message>
    <message>
        <source>Distributed data warehouse (TDW)</source>
        <translation>分布式数据仓库 (TDW)</translation>
    </message>
    <message>
        <source>Continuously dumps one Kafka topic into a warehouse table identified by a business ID (BID) and a table ID (TID), exactly once, in hourly folders.</source>
        <translation>将一个 Kafka 主题持续、精确一次地转储到由业务 ID (BID) 和表 ID (TID) 标识的数据仓库表中，按小时分目录存放。</translation>
    </message>
    <message>
        <source>A task named &quot;%1&quot; already exists; choose a new name</source>
        <translation>名为“%1”的任务已存在，请使用新名称</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>字母、数字、“_”、“.”和“-”</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Consumers of this task; more than the topic&apos;s partitions do not help.</source>
        <translation>该任务的消费者数量；超过主题分区数并无帮助。</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行度</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Data target</source>
        <translation>数据目标</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Creating the task: checking the cluster, the topic and the warehouse…</source>
        <translation>正在创建任务：检查集群、主题和数据仓库…</translation>
    </message>
    <message>
        <source>Task %1 could not be created:</source>
        <translation>任务 %1 创建失败：</translation>
    </message>
</context>
<context>
    <name>outflow::TaskListModel</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>CreateFailed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Retry %1 at %2</source>
        <translation>第 %1 次重试于 %2</translation>
    </message>
    <message>
        <source>Topic %1 on cluster %2, starting at %3</source>
        <translation>集群 %2 上的主题 %1，起始位置 %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>数据目标</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>堆积</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>outflow::TaskListPage</name>
    <message>
        <source>Data Outflow</source>
        <translation>数据流出</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Create a data-outflow task (Ctrl+N)</source>
        <translation>新建数据流出任务 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Create a task from a JSON definition file</source>
        <translation>从 JSON 定义文件创建任务</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the selected task&apos;s definition as JSON</source>
        <translation>将所选任务的定义保存为 JSON</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按名称或 ID 搜索</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the tasks (F5)</source>
        <translation>重新加载任务 (F5)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>更多 ▾</translation>
    </message>
    <message>
        <source>Task %1 was created and is running.</source>
        <translation>任务 %1 已创建并正在运行。</translation>
    </message>
    <message>
        <source>Task %1 was created but could not start (CreateFailed):</source>
        <translation>任务 %1 已创建，但无法启动（创建失败）：</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Task %1 was rebuilt as %2.</source>
        <translation>任务 %1 已重建为 %2。</translation>
    </message>
    <message>
        <source>Import task definition</source>
        <translation>导入任务定义</translation>
    </message>
    <message>
        <source>Task definitions (*.json);;All files (*)</source>
        <translation>任务定义 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1 as task %2, but it could not start (CreateFailed):</source>
        <translation>已将 %1 导入为任务 %2，但无法启动（创建失败）：</translation>
    </message>
    <message>
        <source>Imported %1 as task %2; it is running.</source>
        <translation>已将 %1 导入为任务 %2，正在运行。</translation>
    </message>
    <message>
        <source>Export task definition</source>
        <translation>导出任务定义</translation>
    </message>
    <message>
        <source>Task definitions (*.json)</source>
        <translation>任务定义 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>正在加载任务…</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>无法加载任务。</translation>
    </message>
    <message>
        <source>No data-outflow tasks yet.</source>
        <translation>尚无数据流出任务。</translation>
    </message>
    <message>
        <source>No task matches the search or the state filter.</source>
        <translation>没有符合搜索或状态筛选条件的任务。</translation>
    </message>
    <message>
        <source>Position reset %1</source>
        <translation>位点已重置 %1</translation>
    </message>
</context>
<context>
    <name>outflow::TaskOperationsWidget</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>更多 ▾</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Reset position…</source>
        <translation>重置位点…</translation>
    </message>
</context>
<context>
    <name>outflow::TrayIcon</name>
    <message>
        <source>Show Outflow</source>
        <translation>显示 Outflow</translation>
    </message>
    <message>
        <source>Quit Outflow</source>
        <translation>退出 Outflow</translation>
    </message>
    <message>
        <source>Task %1 failed</source>
        <translation>任务 %1 异常</translation>
    </message>
    <message>
        <source>%1 is in Error: %2</source>
        <translation>%1 进入异常状态：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks failed</source>
        <translation>
            <numerusform>%n 个任务异常</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outflow::ViewMessagesTab</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic：</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>Last dumped:</source>
        <translation>最近转储的</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条消息</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The topic&apos;s partitions could not be listed.</source>
        <translation>无法列出该 Topic 的分区。</translation>
    </message>
    <message>
        <source>Reading the last %1 dumped records of partition %2…</source>
        <translation>正在读取分区 %2 最近转储的 %1 条消息…</translation>
    </message>
    <message>
        <source>No records to show.</source>
        <translation>没有可显示的消息。</translation>
    </message>
    <message>
        <source>below the consumer group&apos;s committed offset %1</source>
        <translation>位于消费组提交位点 %1 之前</translation>
    </message>
    <message>
        <source>below offset %1, the end of the warehouse&apos;s committed files</source>
        <translation>位于位点 %1（数仓已提交文件的末尾）之前</translation>
    </message>
    <message>
        <source>Partition %1 is empty: nothing was ever written to it.</source>
        <translation>分区 %1 为空：从未写入过消息。</translation>
    </message>
    <message>
        <source>Nothing from partition %1 has been dumped yet: the group has no committed offset and the warehouse has no committed file for it.</source>
        <translation>分区 %1 尚未转储任何消息：消费组没有提交位点，数仓中也没有它的已提交文件。</translation>
    </message>
    <message>
        <source>Only %1 of the requested %2 records exist: that is all partition %3 has dumped, %4.</source>
        <translation>请求 %2 条，仅有 %1 条：这是分区 %3 已转储的全部消息，%4。</translation>
    </message>
    <message>
        <source>Only %1 of the requested %2 records exist: Kafka&apos;s retention already deleted the older ones (partition %3 now starts at offset %4). Shown: the records %5.</source>
        <translation>请求 %2 条，仅有 %1 条：更早的消息已被 Kafka 的保留策略删除（分区 %3 现从位点 %4 开始）。显示的是%5的消息。</translation>
    </message>
    <message>
        <source>The last %1 records dumped from partition %2, %3.</source>
        <translation>分区 %2 最近转储的 %1 条消息，%3。</translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseForm</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. tdw_local</source>
        <translation>例如 tdw_local</translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation>本地目录</translation>
    </message>
    <message>
        <source>HDFS (WebHDFS)</source>
        <translation>HDFS (WebHDFS)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>HDFS user</source>
        <translation>HDFS 用户</translation>
    </message>
    <message>
        <source>/data/warehouse</source>
        <translation>/data/warehouse</translation>
    </message>
    <message>
        <source>Warehouse directory</source>
        <translation>数据仓库目录</translation>
    </message>
    <message>
        <source>Tasks refer to warehouses by name, so it cannot change.</source>
        <translation>任务按名称引用数据仓库，因此名称不能修改。</translation>
    </message>
    <message>
        <source>http://namenode:9870/warehouse</source>
        <translation>http://namenode:9870/warehouse</translation>
    </message>
    <message>
        <source>The URL is the NameNode&apos;s WebHDFS address; its path is the warehouse root folder, which must exist. Files are written as the HDFS user.</source>
        <translation>URL 是 NameNode 的 WebHDFS 地址，其路径是数据仓库根目录（必须已存在）。文件以该 HDFS 用户身份写入。</translation>
    </message>
    <message>
        <source>optional, e.g. thrift://metastore:9083</source>
        <translation>可选，例如 thrift://metastore:9083</translation>
    </message>
    <message>
        <source>Tasks on this warehouse register their table and hour partitions in this Hive Metastore.</source>
        <translation>此数据仓库上的任务会把表和小时分区注册到该 Hive Metastore。</translation>
    </message>
    <message>
        <source>Hive Metastore</source>
        <translation>Hive Metastore</translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseListModel</name>
    <message>
        <source>HDFS</source>
        <translation>HDFS</translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation>本地目录</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1（以 %2 身份）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hive Metastore</source>
        <translation>Hive Metastore</translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseListPage</name>
    <message>
        <source>Add warehouse</source>
        <translation>添加数据仓库</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation>本地目录</translation>
    </message>
    <message>
        <source>Write a probe file into the selected warehouse</source>
        <translation>向所选数据仓库写入一个探测文件</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <source>Loading warehouses…</source>
        <translation>正在加载数据仓库…</translation>
    </message>
    <message>
        <source>No warehouses registered yet.</source>
        <translation>尚未注册数据仓库。</translation>
    </message>
    <message>
        <source>The warehouses could not be loaded.</source>
        <translation>无法加载数据仓库。</translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation>编辑数据仓库</translation>
    </message>
    <message>
        <source>Saved warehouse %1.</source>
        <translation>已保存数据仓库 %1。</translation>
    </message>
    <message>
        <source>Remove warehouse</source>
        <translation>移除数据仓库</translation>
    </message>
    <message>
        <source>Remove warehouse %1 from the catalog?

Files already dumped into it are untouched. A warehouse that tasks still write to cannot be removed.</source>
        <translation>从目录库中移除数据仓库 %1？

已转储到其中的文件不受影响。仍有任务在写入的数据仓库无法移除。</translation>
    </message>
    <message>
        <source>Removed warehouse %1.</source>
        <translation>已移除数据仓库 %1。</translation>
    </message>
    <message>
        <source>Testing warehouse %1…</source>
        <translation>正在测试数据仓库 %1…</translation>
    </message>
    <message>
        <source>Warehouse %1 is writable: %2</source>
        <translation>数据仓库 %1 可写：%2</translation>
    </message>
</context>
</TS>
