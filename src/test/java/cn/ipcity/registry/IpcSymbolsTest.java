package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpcSymbolsTest {

    @ParameterizedTest
    @CsvSource({
        "G06F 16/29, G06F 16/29",
        "H04L 9/32, H04L 9/32",
        "G06F16/29, G06F 16/29",
        "a61k 31/4439, A61K 31/4439",
        "B23Q  1/00, B23Q 1/00",
        "H01M 10/0525, H01M 10/0525",
        "H10D 18/00, H10D 18/00" // IPC 2025.01
    })
    void validSymbolsAreNormalized(String raw, String normalized) {
        assertThat(IpcSymbols.normalize(raw)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"G06F", "G06F 16", "G06F 16/2", "I01B 1/00", "G6F 16/29", "G06F 12345/00", "G06 16/29", ""})
    void badSyntaxIsRefused(String raw) {
        assertThat(IpcSymbols.problem(raw)).contains("not an IPC symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G06Z 1/00", "A01Z 3/00", "H99K 1/00"})
    void unknownSubclassIsRefused(String raw) {
        assertThat(IpcSymbols.problem(raw)).contains("does not exist");
    }

    @ParameterizedTest
    @CsvSource({"1,1", "09,9", "45,45", "0,-1", "46,-1", "x,-1", "'',-1"})
    void niceClasses(String raw, int expected) {
        assertThat(NiceClasses.parse(raw)).isEqualTo(expected);
    }
}
