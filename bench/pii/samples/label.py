"""Writes NAME.json next to NAME.txt from hand-written labels: (type, text, occurrence number)."""
import json, sys
LABELS = {
 'quyet-dinh-ly-hon': [
  ('KEEP','TÒA ÁN NHÂN DÂN KHU VỰC 5 - HÀ NỘI',1), ('KEEP','245/2025/QĐST-HNGĐ',1), ('KEEP','Điều 212 và Điều 213 của Bộ luật Tố tụng dân sự',1),
  ('PERSON','Đỗ Thị Phương Thảo',1), ('DOB','22/8/1991',1), ('ID','001191012345',1),
  ('ADDRESS','số 18 ngách 27/4 ngõ 189 phố Hoàng Hoa Thám, phường Ngọc Hà, thành phố Hà Nội',1), ('PHONE','0904 118 226',1),
  ('PERSON','Bạch Quang Vinh',1), ('DOB','1988',1), ('ADDRESS','thôn Yên Ngưu, xã Tam Hiệp, huyện Thanh Trì, thành phố Hà Nội',1),
  ('PERSON','Bạch Thảo Vy',1), ('DOB','05/01/2016',1), ('PERSON','Thảo',3), ('PERSON','Vinh',2), ('PERSON','Thảo',4),
  ('PLATE','30G-456.78',1), ('PERSON','Vinh',3), ('ACCOUNT','19036688123017',1), ('PERSON','Thảo',5), ('PERSON','Vinh',4),
  ('KEEP','Đinh Thị Ngọc Lan',1)],
 'bien-ban-lay-loi-khai-dat': [
  ('KEEP','Tòa án nhân dân huyện Krông Pắc, tỉnh Đắk Lắk',1), ('KEEP','Y Ngông Niê Kdăm',1), ('KEEP','Lê Hoàng Yến',1),
  ('PERSON','Nguyễn Đình Khôi',1), ('DOB','1959',1), ('ADDRESS','thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk',1),
  ('ID','240512789',1), ('PERSON','Hoàng Văn Mừng',1), ('PERSON','Mừng',2), ('PERSON','Mừng',3), ('PERSON','Hoàng Văn Quý',1),
  ('PERSON','Quý',2), ('PHONE','0262 3856 789',1), ('PHONE','0169 876 5432',1), ('PERSON','Trương Thị Thu',1), ('PERSON','Quý',3),
  ('PERSON','Nguyễn Đình Khôi',2), ('KEEP','Lê Hoàng Yến',2), ('KEEP','Y Ngông Niê Kdăm',2)],
 'ket-luan-dieu-tra-ocr': [
  ('KEEP','Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An',1), ('PERSON','Võ Thị Kim Liên',1), ('DOB','1964',1),
  ('ADDRESS','khối 7, phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An',1), ('PHONE','O983.441.27O',1),
  ('PERSON','Chu Đức Mạnh',1), ('PERSON','Mạnh',2), ('DOB','17/9/1986',1), ('ADDRESS','xóm 4, xã Nghi Phú, thành phố Vinh, tỉnh Nghệ An',1),
  ('ID','04: 0086003517',1), ('PERSON','Chu Văn Hào',1), ('PERSON','Lương Thị Sen',1), ('PERSON','Đậu Thị Hằng',1),
  ('PERSON','Mạnh',3), ('ORG','Công ty TNHH Điện tử Bắc Trung Bộ',1), ('PERSON','Liên',2), ('PERSON','Liên',3), ('ACCOUNT','0101 0012 3456 7',1), ('PERSON','Chu Đức Mạnh',2),
  ('PERSON','Mạnh',5), ('PLATE','37-K1 226.91',1), ('EMAIL','manhchu86@gmail.com',1), ('KEEP','Nguyễn Hữu Thành',1),
  ('PERSON','Phan Văn Tuệ',1), ('DOB','1990',1), ('ADDRESS','xóm 4, xã Nghi Phú, thành phố Vinh',2), ('PERSON','Chu Đức Mạnh',3),
  ('KEEP','điểm c khoản 2 Điều 174 Bộ luật Hình sự',1), ('KEEP','Nguyễn Hữu Thành',2), ('KEEP','Hồ Sỹ Tuấn',1)],
}
def find(text, s, n):
    at = -1
    for _ in range(n):
        at = text.index(s, at + 1)
    return at
for name, labels in LABELS.items():
    text = open(name + '.txt', encoding='utf-8').read()
    spans = []
    for t, s, n in labels:
        at = find(text, s, n)
        spans.append({'start': at, 'end': at + len(s), 'type': t, 'text': s})
    spans.sort(key=lambda x: x['start'])
    json.dump({'spans': spans}, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
