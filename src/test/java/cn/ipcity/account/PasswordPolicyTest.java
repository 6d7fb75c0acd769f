package cn.ipcity.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short1,               10 位",
        "abcdefghijkl,         字母和数字",
        "123456789012,         字母和数字",
        "weihai.officer2026x,  用户名",
        "WEIHAI.OFFICER2026x,  用户名"
    })
    void refuses(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check("weihai.officer", password))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"Demo2026ipcity", "abcdefghi1", "知识产权强市2026ab"})
    void accepts(String password) {
        assertThatCode(() -> PasswordPolicy.check("weihai.officer", password)).doesNotThrowAnyException();
    }
}
