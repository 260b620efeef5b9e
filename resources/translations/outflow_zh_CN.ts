<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::ActionHistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::ClusterForm</name>
    <message>
        <source>Kept outside the catalog database, in a file only your user can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod_kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port[,host:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One librdkafka property per line, e.g.
ssl.ca.location=/etc/ssl/certs/ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks refer to clusters by name, so it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra properties line %1 is not key=value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::ClusterListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::ClusterListPage</name>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected cluster for its brokers and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kafka clusters registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Brokers of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cluster %1 from the catalog?

The Kafka cluster itself is untouched. A cluster that tasks still read from cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::DashboardPage</name>
    <message>
        <source>Charts you copy from a task&apos;s Monitoring tab (&quot;Copy to Dashboard&quot;) appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: the engine checks the new settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::MainWindow</name>
    <message>
        <source>Outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks in Error: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks in Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::SourceForm</name>
    <message>
        <source>Pull source data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the most recent message of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull source data to see a recent message of the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kafka cluster registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is no longer registered; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the topics of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) in this cluster</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 · offset %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cluster and a topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the most recent message of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the Kafka clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a Kafka cluster first (Kafka Clusters page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Kafka cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TargetForm</name>
    <message>
        <source>Compress files with gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID, e.g. b_sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table ID, e.g. orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (one object per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw (value bytes per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited (TDW text table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON fields in column order, comma separated: id, amount, ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip and count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them to _deadletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max file size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse &quot;%1&quot; is no longer registered; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a warehouse first (Warehouses page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause task %1?

What has been written is flushed and committed, then the task stops consuming. Start continues from the committed position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is pausing: it commits what it wrote, then stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start task %1?

It continues from its committed position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart task %1?

Its consumers and writers are torn down, uncommitted temporary files are discarded and it starts over from the committed position. Data already dumped is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1?

The task stops dumping and its record and history are deleted. Data already dumped into the warehouse and the Kafka cluster are untouched.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskBasicInfoTab</name>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as kcat command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a kcat command line that reads this source to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BID / TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max file size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fields %2, separator &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skip and count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them to _deadletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskDetailPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data source of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source was changed; a running task restarts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data target was changed; a running task restarts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is not registered, so there is no address to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskFormDialog</name>
    <message>
        <source>Create task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the data goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed data warehouse (TDW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuously dumps one Kafka topic into a warehouse table identified by a business ID (BID) and a table ID (TID), exactly once, in hourly folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task named &quot;%1&quot; already exists; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers of this task; more than the topic&apos;s partitions do not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the task: checking the cluster, the topic and the warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskListModel</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateFailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 on cluster %2, starting at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskListPage</name>
    <message>
        <source>Data Outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a data-outflow task (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task from a JSON definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected task&apos;s definition as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the tasks (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was created and is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was created but could not start (CreateFailed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was rebuilt as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as task %2, but it could not start (CreateFailed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as task %2; it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data-outflow tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches the search or the state filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::TaskOperationsWidget</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseForm</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tdw_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDFS (WebHDFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDFS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://namenode:9870</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/data/warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks refer to warehouses by name, so it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseListModel</name>
    <message>
        <source>HDFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outflow::WarehouseListPage</name>
    <message>
        <source>Add warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a probe file into the selected warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouses registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouses could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved warehouse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove warehouse %1 from the catalog?

Files already dumped into it are untouched. A warehouse that tasks still write to cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed warehouse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing warehouse %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 is writable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
