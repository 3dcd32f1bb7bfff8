package app.redline.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void hashesTheUtf8BytesAsLowercaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("你好")).isEqualTo("670d9743542cae3ea7ebe36af56bd53648b0a1126162e78d81a32934a711302e");
    }
}
