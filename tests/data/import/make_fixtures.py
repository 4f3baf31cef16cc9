#!/usr/bin/env python3
"""Writes the import test fixtures in encodings an editor cannot easily produce.

Run from this folder: python3 make_fixtures.py. The outputs are committed; the texts are
written for these tests (no real review data)."""

ZH_ROWS = [
    ("评价内容", "评分", "订单号", "商品", "店铺", "用户名", "时间"),
    ("快递太慢了，等了一个星期才到，包装也破了。", "1", "TB1001", "保温杯", "旗舰店", "小王", "2024-03-05 14:30"),
    ("客服态度很好，耐心解答问题，给五星。", "5", "TB1002", "保温杯", "旗舰店", "李女士", "2024-03-06 09:12"),
    ("杯子有异味，洗了好几次还是有。", "2", "TB1003", "保温杯", "旗舰店", "张三", "2024/03/07"),
    ("价格有点贵，质量一般般。", "3", "TB1004", "水壶", "旗舰店", "赵六", "2024年3月8日 20:05"),
]

RU_ROWS = [
    ("Текст отзыва", "Оценка", "Номер заказа", "Товар", "Магазин", "Покупатель", "Дата"),
    ("Доставка задержалась на неделю, коробка помята.", "1", "0154-1", "Термокружка", "Главный", "Ирина", "05.03.2024"),
    ("Отличная кружка, держит тепло весь день!", "5", "0154-2", "Термокружка", "Главный", "Алексей", "06.03.2024 10:15"),
    ("Крышка протекает, пришлось вернуть. Ёмкость меньше заявленной.", "2", "0154-3", "Термос", "Главный", "Олег", "07.03.2024"),
    ("Нормально за свои деньги", "4", "0154-4", "Термос", "Главный", "Мария", "8 марта 2024"),
]

EN_ROWS = [
    ("review_id", "stars", "title", "review body", "published_at"),
    ("R1", "5.0", "Great mug", "Keeps coffee hot all morning.", "2024-03-05T14:30:00Z"),
    ("R2", "1/5", "Leaks", "The lid leaks, and support never answered.", "2024-03-06T08:00:00+03:00"),
    ("R3", "★★★", "Okay", "Average quality for the price.", "March 7, 2024"),
]


def write(name, rows, delimiter, encoding, bom=b"", newline="\r\n"):
    text = newline.join(delimiter.join(cells) for cells in rows) + newline
    with open(name, "wb") as f:
        f.write(bom + text.encode(encoding))


write("zh-gbk.csv", ZH_ROWS, ",", "gbk")
write("zh-gb18030.csv", ZH_ROWS, ",", "gb18030")
write("ru-cp1251.csv", RU_ROWS, ";", "cp1251")
write("en-utf16le.csv", EN_ROWS, "\t", "utf-16-le", bom=b"\xff\xfe")
write("en-utf16be.csv", EN_ROWS, "\t", "utf-16-be", bom=b"\xfe\xff")
write("en-utf16le-nobom.csv", EN_ROWS, "\t", "utf-16-le")
write("ru-utf8-bom.csv", RU_ROWS, ";", "utf-8", bom=b"\xef\xbb\xbf")

# A GBK file with a byte sequence that is not GBK on line 3 (0x80 is never a lead byte).
with open("zh-gbk-invalid.csv", "wb") as f:
    f.write("评价内容,评分\r\n很好,5\r\n".encode("gbk") + b"\x80\x80bad,1\r\n")
