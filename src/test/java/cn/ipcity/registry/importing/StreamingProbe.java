package cn.ipcity.registry.importing;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.registry.AddressAttributor;
import cn.ipcity.registry.Attributions;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Run in a child JVM with a small heap by {@link LargeFileStreamingTest}: streams a patent CSV of the given
 * size, generated on the fly (never on disk, never in memory as a whole), through the CSV reader, the profile
 * mapping and the patent validation, and prints "rows=N bytes=B millis=T peakHeap=H".
 */
public final class StreamingProbe {

    public static void main(String[] args) throws Exception {
        long target = Long.parseLong(args[0]);
        AddressAttributor attributor = attributor();
        ImportProfile profile = ProfileParser.parse(new String(
                StreamingProbe.class
                        .getResourceAsStream("/import-profiles/cn-patent.yml")
                        .readAllBytes(),
                StandardCharsets.UTF_8));
        Loader loader = Loaders.of(RecordType.PATENT);
        ImportContext ctx =
                new ImportContext(0, null, attributor, java.time.LocalDate.now(), new java.util.ArrayList<>());
        ErrorSink errors = new ErrorSink(100);
        ImportPipeline pipeline = new ImportPipeline(loader, profile, ctx, errors);
        GeneratedPatents in = new GeneratedPatents(target);
        long[] rows = new long[2];
        MappedRow[] mapped = new MappedRow[1];
        long start = System.nanoTime();
        new CsvRowSource(in, null).read(header -> mapped[0] = pipeline.map(header), raw -> {
            mapped[0].reset(raw);
            if (loader.convert(mapped[0], ctx) != null) {
                rows[0]++;
            } else {
                rows[1]++;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + rows[0] + " rejected=" + rows[1] + " bytes=" + in.produced + " millis=" + millis
                + " peakHeap=" + peak + " errors=" + errors.kept());
    }

    static AddressAttributor attributor() throws Exception {
        List<AddressAttributor.Division> divisions = new ArrayList<>();
        for (CSVRecord r : read("provinces.csv")) {
            divisions.add(new AddressAttributor.Division(r.get("code") + "0000", r.get("name"), "PROVINCE", null));
        }
        for (CSVRecord r : read("cities.csv")) {
            divisions.add(new AddressAttributor.Division(
                    r.get("code") + "00", r.get("name"), "CITY", r.get("provinceCode") + "0000"));
        }
        for (CSVRecord r : read("areas.csv")) {
            divisions.add(
                    new AddressAttributor.Division(r.get("code"), r.get("name"), "COUNTY", r.get("cityCode") + "00"));
        }
        return new AddressAttributor(divisions, Attributions.loadRenames());
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (var reader = new InputStreamReader(
                StreamingProbe.class.getResourceAsStream("/reference/divisions/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    /** Patent rows in the cn-patent format, produced as they are read, until {@code target} bytes. */
    static final class GeneratedPatents extends InputStream {
        private static final String[] ADDRESSES = {
            "山东省威海市环翠区文化西路180号", "山东省烟台市芝罘区南大街1号", "山东省淄博市张店区人民西路1号", "山东省文登市米山路1号"
        };
        private final long target;
        long produced;
        private byte[] chunk = (String.join(
                                ",",
                                "申请号",
                                "申请日",
                                "专利类型",
                                "发明名称",
                                "摘要",
                                "公开（公告）号",
                                "公开（公告）日",
                                "授权公告号",
                                "授权公告日",
                                "IPC主分类号",
                                "IPC分类号",
                                "申请（专利权）人",
                                "当前权利人",
                                "发明人",
                                "申请人地址",
                                "法律状态",
                                "简单同族",
                                "同族ID",
                                "获奖")
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        private int pos;
        private long serial;

        GeneratedPatents(long target) {
            this.target = target;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == chunk.length) {
                if (produced >= target) {
                    return -1;
                }
                StringBuilder sb = new StringBuilder(64 * 1024);
                while (sb.length() < 60 * 1024) {
                    serial++;
                    String body = "2019" + "1" + String.format("%07d", serial % 10_000_000);
                    String number = body + "." + ChineseCodes.applicationCheckDigit(body);
                    sb.append(number)
                            .append(",2019-03-")
                            .append(10 + serial % 18)
                            .append(",发明,\"一种基于深度学习的图像识别方法, 系统及装置")
                            .append(serial)
                            .append("\",本发明公开了一种方法，包括获取图像、提取特征、分类识别等步骤。,CN1")
                            .append(serial % 1_000_000)
                            .append("A,2019-09-10,,,G06F 16/29,G06F 16/29;G06N 3/08;H04L 9/32,")
                            .append("威海某某科技有限公司;山东大学,威海某某科技有限公司,张伟;李娜;王芳,")
                            .append(ADDRESSES[(int) (serial % ADDRESSES.length)])
                            .append(",审中,US11234567B2(授权),F")
                            .append(serial)
                            .append(",\n");
                }
                chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            produced += n;
            return n;
        }
    }
}
