"""Rebuild the Excel, Parquet and mbox copies of the example corpus.

    python examples/make_formats.py

chats.xlsx holds chats.csv (one sheet, same columns); emails.parquet and emails.mbox hold
emails.jsonl (Parquet keeps the nested customer and message fields as structs; in the mbox the
sender is <id>@customers.example and the brand is the recipient). The .xlsx is written with
the standard library (a minimal Office Open XML workbook with fixed timestamps), so the output
is the same on every run; Parquet needs pyarrow.
"""

from __future__ import annotations

import csv
import json
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2025, 1, 1, 0, 0, 0)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value: str | int | float) -> str:
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def write_xlsx(rows: list[list[str | int | float]], path: Path) -> None:
    """One sheet of inline strings and numbers: enough for any reader of .xlsx files."""
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(_cell(f"{_column(c)}{r}", value) for c, value in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="{package}"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            f'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{main}" '
            f'xmlns:r="{rel}"><sheets><sheet name="chats" sheetId="1" r:id="rId1"/></sheets>'
            f"</workbook>",
        "xl/_rels/workbook.xml.rels":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="{package}"><Relationship Id="rId1" Type="{rel}/worksheet" '
            f'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}">'
            f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def write_parquet(records: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), path, compression="zstd")


def write_mbox(records: list[dict], path: Path) -> None:
    """mboxrd: a 'From ' line per message, body lines starting with 'From ' escaped."""
    chunks = []
    for record in records:
        sent = datetime.fromisoformat(record["sent_at"].replace("Z", "+00:00"))
        mail = EmailMessage()
        sender = f"{record['customer']['id']}@customers.example"
        mail["From"] = f"{record['customer']['name']} <{sender}>"
        mail["To"] = record["brand"]
        mail["Date"] = format_datetime(sent)
        mail["Subject"] = record["message"]["subject"]
        mail.set_content(record["message"]["body"])
        text = mail.as_string()
        body = "\n".join(">" + line if line.lstrip(">").startswith("From ") else line
                         for line in text.splitlines())
        chunks.append(f"From {sender} {sent.strftime('%a %b %d %H:%M:%S %Y')}\n{body}\n\n")
    path.write_text("".join(chunks), encoding="utf-8")


def main() -> None:
    with (HERE / "chats.csv").open(encoding="utf-8", newline="") as handle:
        write_xlsx(list(csv.reader(handle)), HERE / "chats.xlsx")
    emails = [json.loads(line) for line in
              (HERE / "emails.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    write_parquet(emails, HERE / "emails.parquet")
    write_mbox(emails, HERE / "emails.mbox")
    for name in ("chats.xlsx", "emails.parquet", "emails.mbox"):
        print(f"wrote examples/{name} ({(HERE / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
