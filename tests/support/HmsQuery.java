import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Partition;
import org.apache.hadoop.hive.metastore.api.StorageDescriptor;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;

/**
 * The tests' independent reader of the Hive Metastore: Hive's own Java client (from the jars
 * scripts/metastore.sh runs), not Outflow's C++ Thrift code. Prints one table and its
 * partitions as tab-separated lines, or "none" when the table does not exist.
 *
 *   java -cp '.cache/metastore/libs/*' HmsQuery.java thrift://127.0.0.1:PORT DB TABLE
 */
public class HmsQuery {
    public static void main(String[] args) throws Exception {
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, MetastoreConf.ConfVars.THRIFT_URIS, args[0]);
        HiveMetaStoreClient client = new HiveMetaStoreClient(conf);
        try {
            Table table;
            try {
                table = client.getTable(args[1], args[2]);
            } catch (NoSuchObjectException e) {
                System.out.println("none");
                return;
            }
            StorageDescriptor sd = table.getSd();
            System.out.println("type\t" + table.getTableType());
            System.out.println("location\t" + sd.getLocation());
            System.out.println("input\t" + sd.getInputFormat());
            System.out.println("output\t" + sd.getOutputFormat());
            System.out.println("serde\t" + sd.getSerdeInfo().getSerializationLib());
            for (Map.Entry<String, String> e : new TreeMap<>(sd.getSerdeInfo().getParameters()).entrySet())
                System.out.println("serdeparam\t" + e.getKey() + "\t" + e.getValue());
            for (FieldSchema f : sd.getCols()) System.out.println("column\t" + f.getName() + "\t" + f.getType());
            for (FieldSchema f : table.getPartitionKeys()) System.out.println("key\t" + f.getName() + "\t" + f.getType());
            for (Partition p : client.listPartitions(args[1], args[2], (short) -1)) {
                String closed = p.getParameters() == null ? "" : p.getParameters().getOrDefault("outflow.closed", "");
                System.out.println("partition\t" + String.join("/", p.getValues()) + "\t" + p.getSd().getLocation() + "\t" + closed);
            }
        } finally {
            client.close();
        }
    }
}
