package cn.ipcity.registry.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Character set of a CSV file: UTF-8 (with or without BOM) or GB18030 (a superset of GBK and GB2312). Without
 * a declaration the first 64 KiB decide: valid UTF-8 is UTF-8, anything else GB18030. A declaration is checked
 * against the same sample, because GBK bytes read as UTF-8 fail, and UTF-8 bytes read as GBK silently turn
 * into other characters (华为 → 鍗庝负) — both are refused with the likely right encoding named.
 */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 64 * 1024;

    private Encodings() {}

    /** Parses what a user declares: empty/auto → null (detect), utf-8, gbk, gb2312, gb18030. */
    public static Charset declared(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK", "GB2312", "GB18030", "CP936" -> GB18030;
            default -> throw new ImportFailure("不支持的编码 / unsupported encoding '" + name + "': use UTF-8 or GBK");
        };
    }

    /**
     * Decides the charset and skips a UTF-8 BOM; {@code in} must support mark/reset.
     *
     * @param declared null to detect
     */
    public static Charset resolve(BufferedInputStream in, Charset declared) throws IOException {
        in.mark(SAMPLE + 3);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        boolean bom = sample.length >= 3
                && (sample[0] & 0xFF) == 0xEF
                && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        boolean utf8 = bom || isUtf8(sample, sample.length == SAMPLE);
        boolean ascii = !bom && isAscii(sample);
        if (declared == null) {
            return utf8 ? StandardCharsets.UTF_8 : GB18030;
        }
        if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
            throw new ImportFailure("文件声明为UTF-8，但内容不是UTF-8（疑为GBK/GB18030）/ "
                    + "the file was declared UTF-8 but is not valid UTF-8; it looks like GBK/GB18030");
        }
        if (declared.equals(GB18030) && (bom || (utf8 && !ascii))) {
            throw new ImportFailure(
                    "文件声明为GBK，但内容是UTF-8 / "
                            + "the file was declared GBK but is UTF-8 (reading it as GBK would garble every Chinese character)");
        }
        return declared;
    }

    /** A strict decoder: a malformed byte sequence stops the job instead of becoming U+FFFD. */
    public static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isUtf8(byte[] sample, boolean truncatedSample) {
        CharsetDecoder decoder = strictDecoder(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        CharBuffer chars = CharBuffer.allocate(sample.length);
        CoderResult result = decoder.decode(bytes, chars, !truncatedSample);
        if (result.isError()) {
            return false;
        }
        if (!truncatedSample) {
            try {
                return !decoder.flush(chars).isError();
            } catch (IllegalStateException e) {
                return true;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] sample) {
        for (byte b : sample) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(CharacterCodingException e, Charset charset) {
        return "文件中有不符合" + charset.name() + "编码的字节 / bytes that are not valid " + charset.name()
                + " (wrong encoding declared, or a truncated file)";
    }
}
