#!/usr/bin/env python3
"""Writes a generated roster of N households (default 20,000; 1 to 6 members each, valid ID numbers,
phones as numbers) for timing `cunzhan import households`. Not a fixture: the output is not committed.

    python3 make_big_roster.py /tmp/roster-20000.xlsx 20000   # needs XlsxWriter
    python3 make_big_roster.py /tmp/roster-20000.csv 20000
"""
import csv
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"
HEADER = ["户编号", "村民小组", "户主姓名", "户类型", "监测对象类别", "风险类型1", "人口数", "联系电话", "姓名", "证件号码",
          "与户主关系", "健康状况"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
RELATIONS = ["配偶", "之子", "之女", "之父母", "之孙子女"]



def rows(households):
    random.seed(7)
    serial = 0
    for number in range(1, households + 1):
        size = random.randint(1, 6)
        head = random.choice(SURNAMES) + random.choice(GIVEN) + random.choice(GIVEN)
        monitored = "边缘易致贫户" if number % 17 == 0 else ""
        risk = "因病" if monitored else ""
        phone = 13800000000 + number
        for member in range(size):
            serial += 1
            # Unique across the roster: the sequence digits and the birth date spread the serial.
            name = head if member == 0 else head[0] + random.choice(GIVEN) + random.choice(GIVEN)
            relation = "户主" if member == 0 else RELATIONS[member % len(RELATIONS)]
            yield ["%016d" % (5301020010000000 + number), "第%d村民小组" % (1 + number % 12), head,
                   "脱贫户" if number % 3 == 0 else "一般农户", monitored, risk, size, phone if member == 0 else phone,
                   name, unique_id(serial), relation, "健康"]


def unique_id(serial):
    # 70 years x 12 months x 28 days x 1000 sequences: distinct for every serial below 23 million.
    days = serial // 1000
    year = 1940 + days // (12 * 28)
    month = 1 + (days // 28) % 12
    day = 1 + days % 28
    first17 = "530102%04d%02d%02d%03d" % (year, month, day, serial % 1000)
    return first17 + CHECKS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def main():
    path = sys.argv[1]
    households = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    if path.endswith(".xlsx"):
        import xlsxwriter
        book = xlsxwriter.Workbook(path, {"constant_memory": True})
        sheet = book.add_worksheet("花名册")
        sheet.write_row(0, 0, HEADER)
        for index, row in enumerate(rows(households)):
            sheet.write_row(index + 1, 0, row)
        book.close()
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(HEADER)
            writer.writerows(rows(households))


if __name__ == "__main__":
    main()
