# Sourced by memory.sh and memory-ocr.sh: test_page PAGE.png OUT.jpg KEEP makes their input page, the
# page as an A4 300-dpi grey JPEG with only its top KEEP share kept (the rest white), so that
# long runs do not take hours of OCR.
test_page() {
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("L")
w, h = im.size
im.paste(255, (0, int(h * float(sys.argv[3])), w, h))
im.save(sys.argv[2], "JPEG", quality=80, dpi=(300, 300))
PY
}
