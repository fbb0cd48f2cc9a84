package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.PiiType;

class AddressDetectorTest {

    @Test
    void fromHouseNumberToProvince() {
        Found f = Found.in("Nguyên đơn: bà Vũ Thị Thu, trú tại số 12/3 ngõ 45 phố Kim Mã, phường Ngọc Khánh, quận Ba Đình, "
                + "thành phố Hà Nội; có mặt.");
        assertThat(f.of(PiiType.ADDRESS))
                .containsExactly("số 12/3 ngõ 45 phố Kim Mã, phường Ngọc Khánh, quận Ba Đình, thành phố Hà Nội");
    }

    @Test
    void hamletCommuneAndTheNewTwoLevelMap() {
        Found old = Found.in("Địa chỉ: ấp Phú Hòa, xã An Hiệp, huyện Châu Thành, tỉnh Trà Vinh");
        assertThat(old.of(PiiType.ADDRESS)).containsExactly("ấp Phú Hòa, xã An Hiệp, huyện Châu Thành, tỉnh Trà Vinh");
        Found after2025 = Found.in("Nơi cư trú: thôn Tân Lập, xã Ea Kar, tỉnh Đắk Lắk.");
        assertThat(after2025.of(PiiType.ADDRESS)).containsExactly("thôn Tân Lập, xã Ea Kar, tỉnh Đắk Lắk");
        Found numbered = Found.in("HKTT: tổ 5, khu phố 3, phường 7, thành phố Vũng Tàu");
        assertThat(numbered.of(PiiType.ADDRESS)).containsExactly("tổ 5, khu phố 3, phường 7, thành phố Vũng Tàu");
    }

    @Test
    void anAddressWithoutLabelNeedsTwoPartsBelowTheProvince() {
        Found f = Found.in("Khoảng 21 giờ, Tâm đi đến quán nước ở ấp Bình Thạnh, xã Long Hòa rồi về nhà.");
        assertThat(f.of(PiiType.ADDRESS)).containsExactly("ấp Bình Thạnh, xã Long Hòa");
    }

    @Test
    void aProvinceAloneIsKept() {
        Found f = Found.in("Bị cáo Vi Văn Sình, sinh ngày 03/4/1990 tại tỉnh Lạng Sơn; quê quán: tỉnh Lạng Sơn.");
        assertThat(f.of(PiiType.ADDRESS)).isEmpty();
    }

    @Test
    void courtsAndOtherPublicBodiesAreNotAddresses() {
        Found f = Found.in("Kính gửi: Tòa án nhân dân huyện Cù Lao Dung, tỉnh Sóc Trăng. Ủy ban nhân dân xã Tân Phú, huyện "
                + "Đồng Phú đã xác nhận. Công an phường 5, quận 3 lập biên bản.");
        assertThat(f.of(PiiType.ADDRESS)).isEmpty();
    }

    @Test
    void wordsThatLookLikeUnitsAreNotAddresses() {
        Found f = Found.in("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Tại bản Kết luận giám định, xã hội và đường lối được nêu rõ.");
        assertThat(f.of(PiiType.ADDRESS)).isEmpty();
    }

    @Test
    void urbanBlocksOfTheNorthCentralProvinces() {
        assertThat(Found.in("trú tại khối 7, phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An").of(PiiType.ADDRESS))
                .containsExactly("khối 7, phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An");
    }

    @Test
    void industrialParksAndStreetNumbers() {
        assertThat(Found.in("địa chỉ: đường số 9, khu công nghiệp Biên Hòa 2, phường Trấn Biên, tỉnh Đồng Nai").of(PiiType.ADDRESS))
                .containsExactly("đường số 9, khu công nghiệp Biên Hòa 2, phường Trấn Biên, tỉnh Đồng Nai");
    }
}
