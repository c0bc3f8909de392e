"""Hand-written histories h061..h120 (see README.md). Same row format as data_a.py."""

ENTRIES: list[dict] = []


def H(cid, brand, type_, second, valence, trap, rows):
    ENTRIES.append({"id": cid, "brand": brand, "type": type_, "second": second,
                    "valence": valence, "trap": trap, "rows": rows})
