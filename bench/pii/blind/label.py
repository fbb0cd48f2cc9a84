"""Labels of the blind samples, written before the detector was run on them: (type, text, occurrence)."""
import json
LABELS = {
 'ban-an-giao-thong': [
  ('KEEP','TÒA ÁN NHÂN DÂN KHU VỰC 2 - ĐỒNG NAI',1), ('KEEP','36/2026/HS-ST',1), ('KEEP','Tống Thị Thanh Hương',1),
  ('KEEP','Kim Văn Hòa',1), ('KEEP','Đoàn Thị Mỹ Dung',1), ('KEEP','Lữ Minh Khang',1), ('KEEP','Âu Ngọc Trâm',1),
  ('PERSON','Thái Quốc Bảo',1), ('DOB','ngày 11 tháng 02 năm 1997',1), ('ADDRESS','tổ 3, ấp Suối Cát, xã Xuân Lộc, tỉnh Đồng Nai',1),
  ('ID','070097004861',1), ('PHONE','+84 976 112 305',1), ('PERSON','Thái Văn Lực',1), ('PERSON','Diệp Thị Xuân',1),
  ('PERSON','Giáp Văn Thìn',1), ('PERSON','Giáp Thị Hoa',1), ('DOB','1975',1), ('PERSON','Thìn',2),
  ('ADDRESS','số 45/12 đường Hùng Vương, phường Long Khánh, tỉnh Đồng Nai',1), ('ORG','Công ty TNHH Vận tải Phương Nam',1),
  ('TAXCODE','3603295302',1), ('ADDRESS','đường số 9, khu công nghiệp Biên Hòa 2, phường Trấn Biên, tỉnh Đồng Nai',1),
  ('PERSON','Ninh Văn Sáu',1), ('PERSON','Thái Quốc Bảo',2), ('PLATE','60C-512.47',1), ('ORG','Công ty TNHH Vận tải Phương Nam',2),
  ('PERSON','Bảo',3), ('PLATE','60-B3 491.28',1), ('PERSON','Thìn',3), ('PERSON','Thìn',4), ('PERSON','Hoa',2),
  ('ACCOUNT','0621000458812',1), ('PERSON','Hoa',3), ('KEEP','điểm a khoản 2 Điều 260',1), ('KEEP','Bộ luật Hình sự',1),
  ('PERSON','Thái Quốc Bảo',3), ('PERSON','Thái Quốc Bảo',4), ('KEEP','Tống Thị Thanh Hương',2)],
 'don-khoi-kien-thua-ke': [
  ('KEEP','Tòa án nhân dân tỉnh An Giang',1), ('PERSON','Khúc Thị Ngọc Diệp',1), ('DOB','03/05/1969',1), ('ID','N2345871',1),
  ('ADDRESS','khu phố 4, đặc khu Phú Quốc, tỉnh An Giang',1), ('PHONE','0297.3846.512',1), ('PHONE','0918 665 023',1),
  ('EMAIL','ngocdiep.khuc@yahoo.com',1), ('PERSON','Khúc Văn Đạt',1), ('DOB','1972',1),
  ('ADDRESS','ấp Mỹ Thành, xã Vĩnh Thạnh Trung, tỉnh An Giang',1), ('INSURANCE','8922014577',1),
  ('PERSON','Khúc Văn Sửu',1), ('PERSON','Mạc Thị Bông',1), ('ADDRESS','ấp Mỹ Thành, xã Vĩnh Thạnh Trung, tỉnh An Giang',2),
  ('PERSON','Đạt',2), ('PERSON','Đạt',3), ('PERSON','Đạt',4), ('KEEP','Điều 651 Bộ luật Dân sự năm 2015',1),
  ('PERSON','Khúc Thị Ngọc Diệp',2)],
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
