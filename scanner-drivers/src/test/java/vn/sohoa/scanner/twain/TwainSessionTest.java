package vn.sohoa.scanner.twain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwainSessionTest {

    @Test
    void aThreePageFeederScanWalksTheStatesInOrder() {
        TwainSession s = new TwainSession();
        s.dsmLoaded();
        s.succeeded(Triplet.OPEN_DSM);
        s.succeeded(Triplet.GET_FIRST_SOURCE);
        s.succeeded(Triplet.OPEN_SOURCE);
        s.succeeded(Triplet.SET_CAPABILITY);
        s.succeeded(Triplet.ENABLE_SOURCE);
        assertThat(s.state()).isEqualTo(TwainState.SOURCE_ENABLED);
        s.succeeded(Triplet.XFER_READY);
        for (int pending = 2; pending >= 0; pending--) {
            s.succeeded(Triplet.GET_IMAGE_INFO);
            s.succeeded(Triplet.GET_MEMORY_BLOCK);
            s.succeeded(Triplet.GET_NEXT_MEMORY_BLOCK);
            assertThat(s.state()).isEqualTo(TwainState.TRANSFERRING);
            s.endTransfer(pending);
        }
        assertThat(s.state()).isEqualTo(TwainState.SOURCE_ENABLED);
        s.succeeded(Triplet.DISABLE_SOURCE);
        s.succeeded(Triplet.CLOSE_SOURCE);
        s.succeeded(Triplet.CLOSE_DSM);
        s.dsmUnloaded();
        assertThat(s.state()).isEqualTo(TwainState.PRE_SESSION);
    }

    @Test
    void anOutOfSequenceTripletIsRefusedBeforeItIsSent() {
        TwainSession s = new TwainSession();
        s.dsmLoaded();
        s.succeeded(Triplet.OPEN_DSM);
        assertThatThrownBy(() -> s.check(Triplet.ENABLE_SOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state 3").hasMessageContaining("needs state 4");
        assertThat(s.state()).isEqualTo(TwainState.DSM_OPEN);
    }

    @Test
    void theTripletCodesAreTwainHs() {
        assertThat(Triplet.OPEN_DSM.dg()).isEqualTo(0x0001);
        assertThat(Triplet.OPEN_DSM.dat()).isEqualTo(0x0004);
        assertThat(Triplet.OPEN_DSM.msg()).isEqualTo(0x0301);
        assertThat(Triplet.GET_MEMORY_BLOCK.dat()).isEqualTo(0x0103);
        assertThat(Triplet.END_TRANSFER.msg()).isEqualTo(0x0701);
    }
}
